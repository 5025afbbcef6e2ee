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

// In the services' order (core, auth, messages, ...), as `osmium-chat call --list` shows them.
function buildMethods(): ReadonlyMap<RequestCase, RpcMethod> {
  const entries = new Map([...rpcTable.values()].map((entry) => [`${entry.namespace}.${entry.name}`, entry]));
  const methods = new Map<RequestCase, RpcMethod>();
  for (const [namespace, service] of Object.entries(services) as [NamespaceName, (typeof services)[NamespaceName]][]) {
    for (const method of service.methods) {
      const entry = entries.get(`${namespace}.${method.localName}`);
      // The services are declared by hand in proto/osmium/sdk; a method without its entry must not ship silently.
      if (entry === undefined || method.input.typeName !== entry.input.typeName) {
        throw new Error(`rpc ${service.typeName}.${method.name} has no entry of input ${method.input.typeName}`);
      }
      methods.set(entry.requestCase, { ...entry, method });
    }
  }
  if (methods.size !== rpcTable.size) throw new Error(`${rpcTable.size - methods.size} rpc entries have no method in the services`);
  return methods;
}

/** Every RPC of the protocol with its method descriptor, keyed by its `ClientMessage` case. */
export const rpcMethods: ReadonlyMap<RequestCase, RpcMethod> = /*@__PURE__*/ buildMethods();
