// Typed namespaces (DESIGN.md "One source of truth for the RPC surface"): `client.messages.sendMessage`
// and its 94 siblings are built at run time by looping over the rpc table once, and typed by a mapped
// type over the generated service descriptors, as Connect-ES's `Client<Desc>` does. Hovering a method
// shows the rpc's doc comment, which the mapped type carries over from the descriptor.
import type { DescMessage, DescMethod, DescService, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { EmptySchema } from "@bufbuild/protobuf/wkt";
import { type RequestCase, type RpcMethod, rpcTable } from "./protocol/rpc-table.js";
import type { NamespaceName, Services } from "./protocol/services.js";

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call: it rejects with `AbortError` (whose `reason` is the signal's) and its id is freed. */
  readonly signal?: AbortSignal;
  /**
   * Rejects with `TimeoutError` if no result arrives in time; counted from the call, so time spent
   * waiting for a reconnect counts. A positive number, or `Infinity` for none.
   * @default the client's `requestTimeoutMs` (30 000)
   */
  readonly timeoutMs?: number;
}

/** What a method resolves with: the result message, or `void` for methods returning `google.protobuf.Empty`. */
export type RpcResult<M extends Pick<DescMethod, "output">> = M["output"] extends typeof EmptySchema ? void : MessageShape<M["output"]>;

/** One typed method: `(request, options) => Promise<result>`; `request` may be omitted when every field may. */
export type RpcFunction<M extends Pick<DescMethod, "input" | "output">> = (
  request?: MessageInitShape<M["input"]>,
  options?: CallOptions,
) => Promise<RpcResult<M>>;

/** A namespace: one typed method per rpc of the service. */
export type Namespace<S extends DescService> = {
  [K in keyof S["method"]]: S["method"][K] extends Pick<DescMethod, "input" | "output"> ? RpcFunction<S["method"][K]> : never;
};

/** The 14 namespaces, keyed as on the client: `core`, `auth`, `messages`, ... */
export type Namespaces = { readonly [N in NamespaceName]: Namespace<Services[N]> };

/** The generated method descriptor of a `ClientMessage` case: `RpcOf<"messagesSendMessage">`. */
export type RpcOf<C extends RequestCase> = {
  [N in NamespaceName]: C extends `${N}${infer Rest}`
    ? Uncapitalize<Rest> extends keyof Services[N]["method"]
      ? Services[N]["method"][Uncapitalize<Rest>]
      : never
    : never;
}[NamespaceName];

/** The request schema of a `ClientMessage` case. */
export type RequestSchemaOf<C extends RequestCase> = RpcOf<C> extends { input: infer I extends DescMessage } ? I : never;

/** Sends one call: the client's single entry point, shared by every namespace method. */
export type Invoke = (rpc: RpcMethod, request: unknown, options: CallOptions | undefined) => Promise<unknown>;

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
