// The RPC entries with their method descriptors, for what works by reflection: the CLI (JSON in
// and out, `--describe`) and the reference server (results built from their schemas). The client
// itself never needs them (rpc-table.ts).
import type { DescMethod } from "@bufbuild/protobuf";
import type { RpcEntry } from "../rpc-client.js";
import { type RequestCase, rpcTable } from "./rpc-table.js";
import { type NamespaceName, services } from "./services.js";

/** One RPC with its generated method descriptor (input and output schemas). */
export interface RpcMethod extends RpcEntry {
  /** The generated method descriptor. */
  readonly method: DescMethod;
}

function buildMethods(): ReadonlyMap<RequestCase, RpcMethod> {
  const methods = new Map<RequestCase, RpcMethod>();
  for (const entry of rpcTable.values()) {
    const method = services[entry.namespace as NamespaceName].method[entry.name as never] as DescMethod | undefined;
    // The services are declared by hand in proto/osmium/sdk; an entry without its method must not ship silently.
    if (method === undefined || method.input.typeName !== entry.input.typeName) {
      throw new Error(`rpc ${entry.namespace}.${entry.name} has no method of input ${entry.input.typeName}`);
    }
    methods.set(entry.requestCase, { ...entry, method });
  }
  return methods;
}

/** Every RPC of the protocol with its method descriptor, keyed by its `ClientMessage` case. */
export const rpcMethods: ReadonlyMap<RequestCase, RpcMethod> = buildMethods();
