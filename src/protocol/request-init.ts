// What a call takes as its request, in the types: protobuf-es's init shape, except that every
// 64-bit integer field also takes its decimal digits as a string. Ids are 64-bit and reach an app
// as text (URLs, JSON, what `osmium-chat serve` prints); a `number` cannot hold them exactly, so the
// types refuse it and so does the client at run time (request-values.ts).
import type { DescMessage, Message, MessageShape } from "@bufbuild/protobuf";

/**
 * A 64-bit integer field of a request: a `bigint`, or its decimal digits as a string
 * (`"1234567890123456789"`, with a leading `-` for a signed field). A `number` is refused: above
 * 2^53 it would silently name another id. Results always carry `bigint`.
 */
export type Int64Input = bigint | string;

/** One field's init value: 64-bit integers widened to {@link Int64Input}, everything else as protobuf-es takes it. */
type FieldInit<F> = F extends bigint
  ? Int64Input
  : F extends string | number | boolean | Uint8Array | undefined | null
    ? F
    : F extends readonly (infer E)[]
      ? FieldInit<E>[]
      : F extends { readonly case: infer C extends string; readonly value: infer V }
        ? { case: C; value: FieldInit<V> }
        : F extends { readonly case: undefined }
          ? { case: undefined; value?: undefined }
          : F extends Message
            ? F | MessageInit<F>
            : F extends { readonly [key: string]: infer V }
              ? { [key: string]: FieldInit<V> }
              : F;

/** A message's init shape: every field optional, 64-bit integers as {@link Int64Input}. */
type MessageInit<T extends Message> = {
  [P in keyof T as P extends "$typeName" | "$unknown" ? never : P]?: FieldInit<T[P]>;
} & { $typeName?: T["$typeName"] };

/**
 * A request as a call takes it: the message of schema `S`, or an object with any of its fields,
 * nested messages as objects too, where every 64-bit integer field takes a `bigint` or a decimal
 * string ({@link Int64Input}).
 */
export type RequestInit<S extends DescMessage> = MessageShape<S> | MessageInit<MessageShape<S>>;
