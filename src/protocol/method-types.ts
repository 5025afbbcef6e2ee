import type { MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { RpcOf, RpcResult } from "../namespaces.js";
import type { RequestCase } from "./rpc-table.js";

// Per-case shapes for code that works by `ClientMessage` case rather than by namespace method
// (the reference server's handlers, test harnesses). Derived from the client's own `RpcOf`.

/** The request message of a case. */
export type RequestOf<C extends RequestCase> = MessageShape<RpcOf<C>["input"]>;

/** The request init shape of a case (what a caller may pass). */
export type RequestInitOf<C extends RequestCase> = MessageInitShape<RpcOf<C>["input"]>;

/** The result of a case: its result message, or `void`. */
export type ResultOf<C extends RequestCase> = RpcResult<RpcOf<C>>;

/** The result init shape of a case (what a server may answer), or `void`. */
export type ResultInitOf<C extends RequestCase> = RpcOf<C>["output"] extends typeof EmptySchema
  ? void
  : MessageInitShape<RpcOf<C>["output"]>;
