// fast-check arbitraries for any protobuf message, generated from its descriptor: every field kind
// (scalars at their extremes, enums in and out of range, nested messages to a bounded depth, lists,
// maps, oneofs). 64-bit ids are drawn half the time from a pool of ids that exist on the server under
// test, so generated requests reach real communities, channels and messages instead of only 404s.
import { type DescField, type DescMessage, type Message, type MessageInitShape, type MessageShape, ScalarType, create } from "@bufbuild/protobuf";
import fc from "fast-check";
import { type ClientMessage, ClientMessageSchema } from "../../../gen/osmium/client/core_pb.js";

/** Ids worth hitting: the server's real ids plus edge values. Mutable, so a test can add ids as it learns them. */
export type IdPool = bigint[];

const MAX_DEPTH = 4;
const U64 = 2n ** 64n - 1n;
const I64 = 2n ** 63n;

function scalarArb(scalar: ScalarType, pool: IdPool): fc.Arbitrary<unknown> {
  switch (scalar) {
    case ScalarType.STRING:
      return fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("", "general", "a@b.c", "👍", "x".repeat(300)));
    case ScalarType.BYTES:
      return fc.uint8Array({ maxLength: 24 });
    case ScalarType.BOOL:
      return fc.boolean();
    case ScalarType.DOUBLE:
      return fc.double();
    case ScalarType.FLOAT:
      return fc.float();
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return fc.oneof(fc.integer({ min: -2, max: 5 }), fc.integer());
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return fc.oneof(fc.nat(5), fc.nat(0xffff_ffff));
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return fc.oneof(pool.length > 0 ? fc.constantFrom(...pool) : fc.constant(0n), fc.bigInt({ min: 0n, max: U64 }));
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return fc.oneof(fc.bigInt({ min: -2n, max: 5n }), fc.bigInt({ min: -I64, max: I64 - 1n }));
  }
}

function mapKeyArb(scalar: ScalarType): fc.Arbitrary<string> {
  if (scalar === ScalarType.STRING) return fc.string({ maxLength: 6 });
  if (scalar === ScalarType.BOOL) return fc.constantFrom("true", "false");
  return fc.nat(1000).map(String);
}

/** Generates messages of one schema, given a pool of interesting 64-bit ids. */
export class MessageArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<Message>>();

  constructor(private readonly pool: IdPool) {}

  /** Arbitrary messages of `schema`; nested messages stop at a fixed depth. */
  of<Desc extends DescMessage>(schema: Desc, depth = 0): fc.Arbitrary<MessageShape<Desc>> {
    const key = `${schema.typeName}@${depth}`;
    let arb = this.memo.get(key);
    if (arb === undefined) {
      // Registered before it is built, through fc.constant(...).chain, so recursive types terminate.
      arb = fc.constant(null).chain(() => this.build(schema, depth));
      this.memo.set(key, arb);
    }
    return arb as fc.Arbitrary<MessageShape<Desc>>;
  }

  private build(schema: DescMessage, depth: number): fc.Arbitrary<Message> {
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of schema.fields) {
      if (field.oneof) continue;
      const value = this.field(field, depth);
      if (value) parts[field.localName] = fc.option(value, { nil: undefined, freq: 3 });
    }
    for (const oneof of schema.oneofs) {
      const members = oneof.fields.flatMap((f) => {
        const value = this.field(f, depth);
        return value ? [value.map((v) => ({ case: f.localName, value: v }))] : [];
      });
      parts[oneof.localName] = fc.oneof(fc.constant({ case: undefined }), ...members);
    }
    return fc.record(parts).map((init) => create(schema, init as MessageInitShape<typeof schema>));
  }

  private field(field: DescField, depth: number): fc.Arbitrary<unknown> | undefined {
    const enumArb = (values: number[]) => fc.oneof(fc.constantFrom(...values), fc.integer({ min: -1, max: 1000 }));
    switch (field.fieldKind) {
      case "scalar":
        return scalarArb(field.scalar, this.pool);
      case "enum":
        return enumArb(field.enum.values.map((v) => v.number));
      case "message":
        return depth >= MAX_DEPTH ? undefined : this.of(field.message, depth + 1);
      case "list": {
        const item =
          field.listKind === "scalar" ? scalarArb(field.scalar, this.pool)
          : field.listKind === "enum" ? enumArb(field.enum.values.map((v) => v.number))
          : depth >= MAX_DEPTH ? undefined
          : this.of(field.message, depth + 1);
        return item && fc.array(item, { maxLength: 3 });
      }
      case "map": {
        const value =
          field.mapKind === "scalar" ? scalarArb(field.scalar, this.pool)
          : field.mapKind === "enum" ? enumArb(field.enum.values.map((v) => v.number))
          : depth >= MAX_DEPTH ? undefined
          : this.of(field.message, depth + 1);
        return value && fc.dictionary(mapKeyArb(field.mapKey), value, { maxKeys: 2 });
      }
    }
  }
}

/** Every `ClientMessage.message` case field, for picking a request kind uniformly. */
export const requestFields = ClientMessageSchema.oneofs[0]?.fields ?? [];

/** Arbitrary `ClientMessage`s: any request case (or none: a keepalive) with random contents and id. */
export function clientMessages(pool: IdPool): fc.Arbitrary<ClientMessage> {
  const messages = new MessageArbitraries(pool);
  const id = fc.oneof(fc.nat(20), fc.nat(0xffff_fffe));
  const request = fc
    .constantFrom(...requestFields)
    .chain((field): fc.Arbitrary<{ case: string | undefined; value?: Message }> =>
      field.message ? messages.of(field.message, 1).map((value) => ({ case: field.localName, value })) : fc.constant({ case: undefined }),
    );
  return fc
    .record({ id, message: fc.oneof({ weight: 20, arbitrary: request }, { weight: 1, arbitrary: fc.constant({ case: undefined }) }) })
    .map((init) => create(ClientMessageSchema, init as MessageInitShape<typeof ClientMessageSchema>));
}
