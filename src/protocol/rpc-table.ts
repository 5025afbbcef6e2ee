import type { DescField, DescMethod } from "@bufbuild/protobuf";
import { ClientMessageSchema, RPCResultSchema } from "../../gen/osmium/client/core_pb.js";
import type { ClientMessage, RPCResult } from "../../gen/osmium/client/core_pb.js";
import { type NamespaceName, services } from "./services.js";

/** A `ClientMessage.message` case name, as protobuf-es spells it: `"messagesSendMessage"`. */
export type RequestCase = NonNullable<ClientMessage["message"]["case"]>;

/** An `RPCResult.result` case name: `"sentMessage"`, `"error"`, ... */
export type ResultCase = NonNullable<RPCResult["result"]["case"]>;

/** One RPC: where it lives on the client, and which envelope cases carry it. */
export interface RpcMethod {
  /** Namespace on the client, e.g. `"messages"`. */
  readonly namespace: NamespaceName;
  /** Method name on the namespace, e.g. `"sendMessage"`. */
  readonly name: string;
  /** `ClientMessage` case carrying the request, e.g. `"messagesSendMessage"`. */
  readonly requestCase: RequestCase;
  /** Proto field name of that case, e.g. `"messages_send_message"`. */
  readonly requestField: string;
  /** `RPCResult` case answering it, or `undefined` when the result case is left unset. */
  readonly resultCase: ResultCase | undefined;
  /** The generated method descriptor (input and output schemas). */
  readonly method: DescMethod;
}

const snake = (pascal: string): string => pascal.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase();

function buildTable(): ReadonlyMap<RequestCase, RpcMethod> {
  const requestFields = new Map<string, DescField>(ClientMessageSchema.fields.map((f) => [f.name, f]));
  const resultByType = new Map<string, DescField>();
  for (const f of RPCResultSchema.fields) {
    if (f.oneof?.name === "result" && f.message) resultByType.set(f.message.typeName, f);
  }
  const table = new Map<RequestCase, RpcMethod>();
  for (const [namespace, service] of Object.entries(services) as [NamespaceName, (typeof services)[NamespaceName]][]) {
    for (const method of service.methods) {
      const requestField = `${namespace}_${snake(method.name)}`;
      const field = requestFields.get(requestField);
      // The services are declared by hand in proto/osmium/sdk; a typo there must not ship silently.
      if (!field || field.message?.typeName !== method.input.typeName) {
        throw new Error(`rpc ${service.typeName}.${method.name} has no ClientMessage case ${requestField}`);
      }
      const empty = method.output.typeName === "google.protobuf.Empty";
      const result = empty ? undefined : resultByType.get(method.output.typeName);
      if (!empty && !result) {
        throw new Error(`rpc ${service.typeName}.${method.name} returns ${method.output.typeName}, no RPCResult case`);
      }
      table.set(field.localName as RequestCase, {
        namespace,
        name: method.localName,
        requestCase: field.localName as RequestCase,
        requestField,
        resultCase: result?.localName as ResultCase | undefined,
        method,
      });
    }
  }
  return table;
}

/** Every RPC of the protocol, keyed by its `ClientMessage` case. Built once from the service descriptors. */
export const rpcTable: ReadonlyMap<RequestCase, RpcMethod> = buildTable();
