// Typed namespaces (docs/architecture.md "Client layers"): `client.messages.sendMessage` and its 94
// siblings are built at run time by looping over the rpc table once, and typed by a mapped type over
// the generated service descriptors, as Connect-ES's `Client<Desc>` does. Hovering a method shows the
// rpc's doc comment, which the mapped type carries over from the descriptor.
import type { DescMethod, DescService } from "@bufbuild/protobuf";
import type { RpcResult } from "./protocol/method-types.js";
import type { RequestInit } from "./protocol/request-init.js";
import { rpcTable } from "./protocol/rpc-table.js";
import type { NamespaceName, Services } from "./protocol/services.js";
import type { CallOptions, RpcEntry } from "./rpc-client.js";

/** One typed method: `(request, options) => Promise<result>`; `request` may be omitted when every field may. */
export type RpcFunction<M extends Pick<DescMethod, "input" | "output">> = (
  request?: RequestInit<M["input"]>,
  options?: CallOptions,
) => Promise<RpcResult<M>>;

/** A namespace: one typed method per rpc of the service. */
export type Namespace<S extends DescService> = {
  [K in keyof S["method"]]: S["method"][K] extends Pick<DescMethod, "input" | "output"> ? RpcFunction<S["method"][K]> : never;
};

/** The 14 namespaces, keyed as on the client: `core`, `auth`, `messages`, ... */
export type Namespaces = { readonly [N in NamespaceName]: Namespace<Services[N]> };

/** Sends one call: the client's single entry point, shared by every namespace method. */
export type Invoke = (rpc: RpcEntry, request: unknown, options: CallOptions | undefined) => Promise<unknown>;

/** Builds the namespaces once per client; each method closes over its rpc, never over per-call state. */
export function buildNamespaces(invoke: Invoke): Namespaces {
  const namespaces: Record<string, Record<string, (request?: unknown, options?: CallOptions) => Promise<unknown>>> = {};
  for (const rpc of rpcTable.values()) {
    const namespace = (namespaces[rpc.namespace] ??= {});
    const method = (request?: unknown, options?: CallOptions): Promise<unknown> => invoke(rpc, request, options);
    namespace[rpc.name] = Object.defineProperty(method, "name", { value: rpc.name });
  }
  return namespaces as unknown as Namespaces;
}
