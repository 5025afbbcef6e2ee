// The methods `call` knows, named as on the client (`messages.sendMessage`), with their doc
// comments from the protocol files.
import { protocolDocs } from "../../gen/osmium/docs.js";
import { type RpcMethod, rpcMethods } from "../protocol/rpc-descriptors.js";
import { usageError } from "./cli-error.js";
import { nearest } from "./suggest.js";

/** `namespace.method`, as on the client and in RpcError messages. */
export const displayName = (rpc: RpcMethod): string => `${rpc.namespace}.${rpc.name}`;

const byName = new Map<string, RpcMethod>([...rpcMethods.values()].map((rpc) => [displayName(rpc).toLowerCase(), rpc]));

/** Every method, in the protocol's order (service by service). */
export const allMethods = (): RpcMethod[] => [...rpcMethods.values()];

/** The rpc's one-line doc comment (`""` when the proto has none). */
export function methodDoc(rpc: RpcMethod): string {
  return protocolDocs.get(`${rpc.method.parent.typeName}.${rpc.method.name}`) ?? "";
}

/**
 * Finds a method by `namespace.method`, in any letter case (`messages.SendMessage` as the proto
 * spells it works too); throws a usage CliError listing the nearest names.
 */
export function findMethod(name: string): RpcMethod {
  const rpc = byName.get(name.toLowerCase());
  if (rpc !== undefined) return rpc;
  const suggestions = nearest(name, allMethods().map(displayName));
  const hint = suggestions.length === 0 ? "" : ` (did you mean ${suggestions.join(", ")}?)`;
  throw usageError(`unknown method ${name}${hint}; \`osmium-chat call --list\` lists them all`, { method: name, suggestions });
}
