import type { DescMessage, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { EmptySchema } from "@bufbuild/protobuf/wkt";
import type { RequestCase } from "./rpc-table.js";
import type { NamespaceName, Services } from "./services.js";

type MethodsOf<N extends NamespaceName> = Services[N]["method"];

/** The generated method descriptor type of a request case: `"messagesSendMessage"` → `Messages.method.sendMessage`. */
export type MethodOf<C extends RequestCase> = {
  [N in NamespaceName]: C extends `${N}${infer Rest}`
    ? Uncapitalize<Rest> extends keyof MethodsOf<N>
      ? MethodsOf<N>[Uncapitalize<Rest>]
      : never
    : never;
}[NamespaceName];

/** What a method resolves to: the output message, or `void` for `google.protobuf.Empty`. */
export type OutputOf<O extends DescMessage> = O extends typeof EmptySchema ? void : MessageShape<O>;

/** The request message of a case. */
export type RequestOf<C extends RequestCase> = MessageShape<MethodOf<C>["input"]>;

/** The request init shape of a case (what a caller may pass). */
export type RequestInitOf<C extends RequestCase> = MessageInitShape<MethodOf<C>["input"]>;

/** The result of a case: its result message, or `void`. */
export type ResultOf<C extends RequestCase> = OutputOf<MethodOf<C>["output"]>;

/** The result init shape of a case (what a server may answer), or `void`. */
export type ResultInitOf<C extends RequestCase> = MethodOf<C>["output"] extends typeof EmptySchema
  ? void
  : MessageInitShape<MethodOf<C>["output"]>;
