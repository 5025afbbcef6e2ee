// The generated decoders (gen/osmium/fast_codec.ts) against protobuf-es. They cover every message a
// ServerMessage can contain (every type exported by gen/osmium/client/*_pb.ts that a server frame
// can carry); for random messages of every one of them, for two encodings back to back (protobuf's merge), and for random and
// damaged bytes, a decoder either returns exactly fromBinary()'s message (same fields, same
// `$typeName`, same `$unknown`) or hands the bytes back (`undefined`, or a throw) — and it never
// returns a message for bytes fromBinary() rejects.
import { type DescMessage, type Message, fromBinary, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FastDecoder, decodeFast, fastDecoders } from "../../gen/osmium/fast_codec.js";
import { messageOf } from "./support/coverage.js";
import { messageArbitrary } from "./support/arbitrary.js";
import { ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { exportedSchemas, typesWithin } from "./support/schemas.js";

const schemaOf = (typeName: string): DescMessage => exportedSchemas.get(typeName) as DescMessage;
const decodedTypes = [...exportedSchemas.keys()].filter((typeName) => fastDecoders.has(typeName));
const decoded = new Set(decodedTypes);

type Outcome = { kind: "message"; message: Message } | { kind: "error"; message: string } | { kind: "fallback" };

function fast(typeName: string, bytes: Uint8Array): Outcome {
  try {
    const message = decodeFast(fastDecoders.get(typeName) as FastDecoder, bytes);
    return message === undefined ? { kind: "fallback" } : { kind: "message", message };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}

function reflective(schema: DescMessage, bytes: Uint8Array): Outcome {
  try {
    return { kind: "message", message: fromBinary(schema, bytes) };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}

/** The contract: a fast message is fromBinary's message; bytes fromBinary rejects never make a fast message. */
function expectAgreement(typeName: string, bytes: Uint8Array): Outcome {
  const schema = schemaOf(typeName);
  const ours = fast(typeName, bytes);
  const theirs = reflective(schema, bytes);
  if (ours.kind === "message") expect(ours.message).toStrictEqual(theirs.kind === "message" ? theirs.message : theirs);
  return ours;
}

describe("generated decoders", () => {
  it("cover every message a server frame can contain, and nothing else", () => {
    const within = typesWithin(ServerMessageSchema);
    expect([...fastDecoders.keys()].sort()).toEqual([...within].sort());
    expect(decodedTypes.sort()).toEqual([...within].sort());
    for (const name of ["core.RPCResult", "updates.Update", "media.MessageMedia", "types.User"]) {
      expect(decodedTypes).toContain(`osmium.client.${name}`);
    }
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
