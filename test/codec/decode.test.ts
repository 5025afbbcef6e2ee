// The generated decoders (gen/osmium/fast_codec.ts) against protobuf-es. They cover every message a
// ServerMessage can contain (every type exported by gen/osmium/client/*_pb.ts that a server frame
// can carry). For random messages of every one of them, for two encodings back to back (protobuf's
// merge), and for random and damaged bytes, a decoder returns exactly fromBinary()'s message (same
// fields, same `$typeName`, same `$unknown`) where fromBinary() returns one, and hands back
// (`undefined`, or a throw) the bytes fromBinary() rejects — with one deliberate difference: a
// string that is not valid UTF-8 is decoded with U+FFFD (as fromBinary() does for a field without
// UTF-8 validation), and `replacedInvalidUtf8()` says so.
import { type DescField, type DescMessage, type Message, ScalarType, create, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FastDecoder, decodeFast, fastDecoders, replacedInvalidUtf8, onUseCases, useCase } from "../../gen/osmium/fast_codec.js";
import { reference } from "./support/lenient.js";
import { messageOf } from "./support/coverage.js";
import { messageArbitrary } from "./support/arbitrary.js";
import { ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { exportedSchemas, typesWithin } from "./support/schemas.js";

const schemaOf = (typeName: string): DescMessage => exportedSchemas.get(typeName) as DescMessage;
const decodedTypes = [...exportedSchemas.keys()].filter((typeName) => fastDecoders.has(typeName));
const decoded = new Set(decodedTypes);

type Outcome = { kind: "message"; message: Message; invalidUtf8: boolean } | { kind: "error"; message: string } | { kind: "fallback" };

function fast(typeName: string, bytes: Uint8Array): Outcome {
  try {
    const message = decodeFast(fastDecoders.get(typeName) as FastDecoder, bytes);
    return message === undefined ? { kind: "fallback" } : { kind: "message", message, invalidUtf8: replacedInvalidUtf8() };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}

/**
 * The contract: the fast decoders take exactly the bytes fromBinary takes, or would take but for a
 * string that is not valid UTF-8, and make the same message (with U+FFFD, and saying so).
 */
function expectAgreement(typeName: string, bytes: Uint8Array): Outcome {
  const ours = fast(typeName, bytes);
  const theirs = reference(schemaOf(typeName), bytes);
  if (ours.kind === "message" || theirs.kind === "message") expect(ours).toStrictEqual(theirs);
  return ours;
}

// Every result case in use, as in a client that may call every method (CoreClient): the decoders
// are compared whole. test/codec/on-use.test.ts covers a case not in use.
for (const c of onUseCases) useCase(c);

describe("generated decoders", () => {
  it("cover every message a server frame can contain, and nothing else", () => {
    const within = typesWithin(ServerMessageSchema);
    expect([...fastDecoders.keys()].sort()).toEqual([...within].sort());
    expect(decodedTypes.sort()).toEqual([...within].sort());
    for (const name of ["core.RPCResult", "updates.Update", "media.MessageMedia", "types.User"]) {
      expect(decodedTypes).toContain(`osmium.client.${name}`);
    }
  });

  const stringFields = decodedTypes.flatMap((typeName) =>
    schemaOf(typeName)
      .fields.filter((f) => (f.fieldKind === "scalar" || (f.fieldKind === "list" && f.listKind === "scalar")) && f.scalar === ScalarType.STRING)
      .map((field) => [`${typeName}.${field.name}`, typeName, field] as const),
  );

  it.each(stringFields)("%s: a string that is not valid UTF-8 decodes with U+FFFD, and says so", (_, typeName, field: DescField) => {
    const schema = schemaOf(typeName);
    const text = "a\u00e9b"; // 61 c3 a9 62; the message holds no other string or bytes
    const init = field.oneof ? { [field.oneof.localName]: { case: field.localName, value: text } } : { [field.localName]: field.fieldKind === "list" ? [text] : text };
    const bytes = toBinary(schema, create(schema, init as never)).slice();
    const at = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0xa9);
    bytes[at] = 0xff; // 61 ff a9 62: two invalid sequences
    const outcome = expectAgreement(typeName, bytes);
    expect(outcome).toMatchObject({ kind: "message", invalidUtf8: true });
    const message = (outcome as { message: Record<string, unknown> }).message;
    const value = field.oneof ? (message[field.oneof.localName] as { value: unknown }).value : message[field.localName];
    expect(value).toEqual(field.fieldKind === "list" ? ["a\uFFFD\uFFFDb"] : "a\uFFFD\uFFFDb");
  });

  it.each(decodedTypes)("%s: fromBinary's message for random messages", (typeName) => {
    const schema = schemaOf(typeName);
    fc.assert(
      fc.property(messageArbitrary(schema), (message) => {
        const bytes = toBinary(schema, message);
        const outcome = expectAgreement(typeName, bytes);
        // Every part of the message has a decoder, so the fast path must take it.
        expect(messageOf(message, decoded)).toBeUndefined();
        expect(outcome.kind).toBe("message");
      }),
      { numRuns: 150 },
    );
  });

  it.each(decodedTypes)("%s: fromBinary's merge of two encodings back to back", (typeName) => {
    const schema = schemaOf(typeName);
    fc.assert(
      fc.property(messageArbitrary(schema), messageArbitrary(schema), (a, b) => {
        const first = toBinary(schema, a);
        const second = toBinary(schema, b);
        const bytes = new Uint8Array(first.length + second.length);
        bytes.set(first);
        bytes.set(second, first.length);
        expectAgreement(typeName, bytes);
      }),
      { numRuns: 60 },
    );
  });

  it.each(decodedTypes)("%s: agrees with fromBinary on damaged and random bytes", (typeName) => {
    const schema = schemaOf(typeName);
    const damaged = fc
      .tuple(messageArbitrary(schema), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat())
      .map(([message, at, byte, cut]) => {
        const bytes = toBinary(schema, message).slice();
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return bytes.subarray(0, bytes.length - (cut % 3));
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        expectAgreement(typeName, bytes);
      }),
      { numRuns: 200 },
    );
  });
});
