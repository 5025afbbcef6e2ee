import type { DescMessage, DescMethod, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { RequestInit } from "./request-init.js";
import type { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { RequestCase } from "./cases.js";
import type { NamespaceName, Services } from "./services.js";

// Types of the RPC surface by `ClientMessage` case, derived from the generated service descriptors:
// the client's typed namespaces and `call()`, the reference server's handlers and test harnesses.

/** What a method resolves with: the result message, or `void` for methods returning `google.protobuf.Empty`. */
export type RpcResult<M extends Pick<DescMethod, "output">> = M["output"] extends typeof EmptySchema ? void : MessageShape<M["output"]>;

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

/** The request message of a case. */
export type RequestOf<C extends RequestCase> = MessageShape<RpcOf<C>["input"]>;

/** The request init shape of a case (what a caller may pass). */
export type RequestInitOf<C extends RequestCase> = RequestInit<RpcOf<C>["input"]>;

/** The result of a case: its result message, or `void`. */
export type ResultOf<C extends RequestCase> = RpcResult<RpcOf<C>>;

/** The result init shape of a case (what a server may answer), or `void`. */
export type ResultInitOf<C extends RequestCase> = RpcOf<C>["output"] extends typeof EmptySchema
  ? void
  : MessageInitShape<RpcOf<C>["output"]>;
