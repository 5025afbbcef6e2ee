// The generated encoders (gen/osmium/fast_codec.ts) against protobuf-es. They cover every request
// (all 95 ClientMessage cases) and every message a request can contain, every type exported by
// gen/osmium/client/*_pb.ts that a request can carry; for random messages of every one of them, the bytes are exactly toBinary()'s; so are the request frames the client
// writes with them; and a request they refuse fails exactly as toBinary() fails.
import { type DescMessage, type Message, create, toBinary } from "@bufbuild/protobuf";
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { SendMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import { UserRefSchema } from "../../gen/osmium/client/refs_pb.js";
import { fastEncoders } from "../../gen/osmium/fast_codec.js";
import { encodeRequest } from "../../src/connection/codec.js";
import type { RequestCase } from "../../src/protocol/rpc-table.js";
import { messageArbitrary } from "./support/arbitrary.js";
import { exportedSchemas, typesWithin } from "./support/schemas.js";

const schemaOf = (typeName: string): DescMessage => exportedSchemas.get(typeName) as DescMessage;

function fastBytes(typeName: string, message: Message): Uint8Array {
  const writer = new BinaryWriter();
  (fastEncoders.get(typeName) as NonNullable<ReturnType<typeof fastEncoders.get>>)(writer, message);
  return writer.finish();
}

const encodedTypes = [...exportedSchemas.keys()].filter((typeName) => fastEncoders.has(typeName));
const requestCases = ClientMessageSchema.fields.filter((f) => f.message && fastEncoders.has(f.message.typeName));

describe("generated encoders", () => {
  it("cover every request and every message a request can contain, and nothing else", () => {
    const within = new Set<string>();
    for (const field of ClientMessageSchema.fields) if (field.message) typesWithin(field.message, within);
    expect([...fastEncoders.keys()].sort()).toEqual([...within].sort());
    expect(encodedTypes.sort()).toEqual([...within].sort());
    expect(requestCases.map((f) => f.localName)).toEqual(ClientMessageSchema.oneofs[0]!.fields.map((f) => f.localName));
    expect(requestCases).toHaveLength(95);
  });

  it.each(encodedTypes)("%s: the bytes of toBinary for random messages", (typeName) => {
    const schema = schemaOf(typeName);
    fc.assert(
      fc.property(messageArbitrary(schema), (message) => {
        expect(fastBytes(typeName, message)).toEqual(toBinary(schema, message));
      }),
      { numRuns: 150 },
    );
  });
});

describe("request frames", () => {
  it.each(requestCases.map((f) => [f.localName, f] as const))("%s: the bytes of toBinary(ClientMessage)", (requestCase, field) => {
    const schema = field.message as DescMessage;
    fc.assert(
      fc.property(fc.nat({ max: 0xffff_ffff }), messageArbitrary(schema), (id, request) => {
        const envelope = create(ClientMessageSchema, { id, message: { case: requestCase, value: request } as never });
        expect(encodeRequest(id, requestCase as RequestCase, request)).toEqual(toBinary(ClientMessageSchema, envelope));
      }),
      { numRuns: 100 },
    );
  });

  it("frames a request of another type exactly as toBinary does: it throws the same error", () => {
    const wrong = create(UserRefSchema, { userId: 1n }) as unknown as Message;
    const envelope = { $typeName: ClientMessageSchema.typeName, id: 3, message: { case: "messagesSendMessage", value: wrong } } as never;
    expect(() => toBinary(ClientMessageSchema, envelope)).toThrow();
    let reflective: unknown;
    try {
      toBinary(ClientMessageSchema, envelope);
    } catch (error) {
      reflective = error;
    }
    expect(() => encodeRequest(3, "messagesSendMessage", wrong)).toThrow((reflective as Error).message);
  });

  it("frames a request with an invalid value exactly as toBinary does, and the next frame is whole", () => {
    const bad = create(SendMessageSchema, { message: "hi" });
    (bad as { clientId?: unknown }).clientId = "not a number";
    const envelope = create(ClientMessageSchema, { id: 9, message: { case: "messagesSendMessage", value: bad } });
    expect(() => toBinary(ClientMessageSchema, envelope)).toThrow(/clientId|client_id/);
    let message = "";
    try {
      toBinary(ClientMessageSchema, envelope);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(() => encodeRequest(9, "messagesSendMessage", bad)).toThrow(message);
    const good = create(SendMessageSchema, { message: "after" });
    expect(encodeRequest(10, "messagesSendMessage", good)).toEqual(
      toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 10, message: { case: "messagesSendMessage", value: good } })),
    );
  });

  it("never overwrites a frame it returned: small frames share slabs that are only appended to", () => {
    const first = encodeRequest(1, "messagesSendMessage", create(SendMessageSchema, { message: "first" }));
    const copy = first.slice();
    // Far more than one slab's worth of frames after it.
    for (let id = 2; id < 2_000; id++) encodeRequest(id, "messagesSendMessage", create(SendMessageSchema, { message: `frame ${id}` }));
    expect(first).toEqual(copy);
  });

  it("keeps writing whole frames after a large one (the writer is replaced, not truncated)", () => {
    const big = create(SendMessageSchema, { message: "x".repeat(100_000) });
    const small = create(SendMessageSchema, { message: "small" });
    const frame = (id: number, value: Message) =>
      toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, message: { case: "messagesSendMessage", value: value as never } }));
    expect(encodeRequest(1, "messagesSendMessage", big)).toEqual(frame(1, big));
    expect(encodeRequest(2, "messagesSendMessage", small)).toEqual(frame(2, small));
  });
});
