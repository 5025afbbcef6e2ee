// The generated decoders (gen/osmium/fast_codec.ts) against protobuf-es: for random messages of
// every type they handle, for two encodings back to back (protobuf's merge), and for random and
// damaged bytes, a decoder either returns exactly fromBinary()'s message (same fields, same
// `$typeName`, same `$unknown`) or hands the bytes back (`undefined`, or a throw) — and it never
// returns a message for bytes fromBinary() rejects.
import { type DescMessage, type Message, fromBinary, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FastDecoder, decodeFast, fastDecoders } from "../../gen/osmium/fast_codec.js";
import { messageOf } from "./support/coverage.js";
import { messageArbitrary } from "./support/arbitrary.js";
import { protocolRegistry } from "../wire/registry.js";

const schemaOf = (typeName: string): DescMessage => protocolRegistry.getMessage(typeName) as DescMessage;
const decodedTypes = [...fastDecoders.keys()];
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
  it("cover the envelopes and the results and updates buf.gen.yaml lists", () => {
    for (const name of ["core.ServerMessage", "core.RPCResult", "updates.Update", "messages.SentMessage", "updates.UpdateMessageCreated", "types.User"]) {
      expect(decodedTypes).toContain(`osmium.client.${name}`);
    }
  });

  it.each(decodedTypes)("%s: fromBinary's message for random messages", (typeName) => {
    const schema = schemaOf(typeName);
    fc.assert(
      fc.property(messageArbitrary(schema), (message) => {
        const bytes = toBinary(schema, message);
        const outcome = expectAgreement(typeName, bytes);
        // Where every part of the message has a decoder, the fast path must take it.
        if (!messageOf(message, decoded)) expect(outcome.kind).toBe("message");
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
