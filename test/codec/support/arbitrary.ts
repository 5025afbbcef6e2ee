// Random protobuf-es messages of any type, built from its descriptor: every field kind our protocol
// uses, zero values as often as set ones (so implicit presence is exercised), absent and present
// optional fields, every oneof case, unknown enum values, long and non-ASCII strings, lone
// surrogates, and unknown fields of every wire type in `$unknown`.
import { type DescField, type DescMessage, type Message, ScalarType, create } from "@bufbuild/protobuf";
import fc from "fast-check";

const MAX_DEPTH = 4;

const text = fc.oneof(
  fc.constantFrom("", "a", "hello", "日本語", "🎉 party", "x".repeat(31), "y".repeat(32), "z".repeat(33), "w".repeat(200)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);

const uint64 = fc.oneof(fc.constantFrom(0n, 1n, 2n ** 32n, 2n ** 63n, 2n ** 64n - 1n), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }));
const int64 = fc.oneof(fc.constantFrom(0n, -1n, -(2n ** 63n), 2n ** 63n - 1n), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }));
const uint32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 0xffff_ffff), fc.nat({ max: 0xffff_ffff }));
const int32 = fc.oneof(fc.constantFrom(0, -1, 0x7fff_ffff, -0x8000_0000), fc.integer());

function scalar(type: ScalarType): fc.Arbitrary<unknown> {
  switch (type) {
    case ScalarType.STRING:
      return text;
    case ScalarType.BYTES:
      return fc.uint8Array({ maxLength: 40 });
    case ScalarType.BOOL:
      return fc.boolean();
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return uint32;
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return int32;
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return uint64;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      return int64;
    case ScalarType.DOUBLE:
      return fc.double();
    case ScalarType.FLOAT:
      return fc.float();
  }
}

function enumValue(field: DescField & { enum: NonNullable<DescField["enum"]> }): fc.Arbitrary<number> {
  // Open enums keep numbers the schema does not know.
  return fc.oneof(fc.constantFrom(...field.enum.values.map((v) => v.number)), fc.integer({ min: -5, max: 1000 }));
}

function singular(field: DescField, depth: number): fc.Arbitrary<unknown> {
  if (field.message) return messageArbitrary(field.message, depth + 1);
  if (field.enum) return enumValue(field as DescField & { enum: NonNullable<DescField["enum"]> });
  return scalar((field as { scalar: ScalarType }).scalar);
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

/** Unknown fields as protobuf-es keeps them: field numbers the message does not use, valid data per wire type. */
export const unknownFields: fc.Arbitrary<{ no: number; wireType: number; data: Uint8Array }[]> = fc.array(
  fc.oneof(
    fc.record({ no: fc.integer({ min: 900, max: 5000 }), wireType: fc.constant(0), data: uint32.map((v) => Uint8Array.from(varint(v))) }),
    fc.record({ no: fc.integer({ min: 900, max: 5000 }), wireType: fc.constant(1), data: fc.uint8Array({ minLength: 8, maxLength: 8 }) }),
    fc.record({ no: fc.integer({ min: 900, max: 5000 }), wireType: fc.constant(5), data: fc.uint8Array({ minLength: 4, maxLength: 4 }) }),
    fc.record({
      no: fc.integer({ min: 900, max: 5000 }),
      wireType: fc.constant(2),
      data: fc.uint8Array({ maxLength: 20 }).map((b) => Uint8Array.from([...varint(b.length), ...b])),
    }),
  ),
  { maxLength: 3 },
);

const cache = new Map<string, fc.Arbitrary<Message>>();

/** Random messages of type `desc`; nesting stops at a fixed depth (deeper fields stay unset). */
export function messageArbitrary(desc: DescMessage, depth = 0): fc.Arbitrary<Message> {
  const key = `${desc.typeName}@${depth}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const deep = depth >= MAX_DEPTH;
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const member of desc.members) {
    if (member.kind === "oneof") {
      const cases = deep ? [] : member.fields.map((f) => singular(f, depth).map((value) => ({ case: f.localName, value })));
      parts[member.localName] = fc.oneof(fc.constant({ case: undefined }), ...cases);
      continue;
    }
    if (member.fieldKind === "list") {
      parts[member.localName] = deep && member.message ? fc.constant([]) : fc.array(singular(member, depth), { maxLength: 3 });
    } else if (member.fieldKind === "message") {
      if (!deep) parts[member.localName] = fc.option(singular(member, depth), { nil: undefined });
    } else if (member.presence === 2) {
      parts[member.localName] = singular(member, depth);
    } else {
      parts[member.localName] = fc.option(singular(member, depth), { nil: undefined });
    }
  }
  const arbitrary = fc.record({ init: fc.record(parts), unknown: fc.option(unknownFields, { freq: 3, nil: undefined }) }).map(({ init, unknown }) => {
    // An absent optional field is a missing property, as in a decoded message.
    const clean = Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined));
    const message = create(desc, clean as never) as Message;
    if (unknown !== undefined && unknown.length > 0) message.$unknown = unknown;
    return message;
  });
  cache.set(key, arbitrary);
  return arbitrary;
}
