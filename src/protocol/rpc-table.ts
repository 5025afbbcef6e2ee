// Every RPC the client can send, by its `ClientMessage` case: the generated entries
// (gen/osmium/rpc_entries.ts), with no descriptor. The clients' namespaces and `call("case", ...)`
// use it; what needs the method descriptors (the CLI, the reference server) uses rpc-descriptors.ts.
import { rpcEntries } from "../../gen/osmium/rpc_entries.js";
import type { RpcEntry } from "../rpc-client.js";
import type { RequestCase } from "./cases.js";

export type { RequestCase, ResultCase } from "./cases.js";

function byCase(): ReadonlyMap<RequestCase, RpcEntry> {
  return new Map(rpcEntries.map((entry) => [entry.requestCase, entry]));
}

/** Every RPC of the protocol, keyed by its `ClientMessage` case. */
// Marked pure: a bundle that never reads the table drops it, and with it every entry, encoder and shape.
export const rpcTable: ReadonlyMap<RequestCase, RpcEntry> = /*@__PURE__*/ byCase();
