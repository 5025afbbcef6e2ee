// The generated encoders (gen/osmium/fast_codec.ts) against protobuf-es. They cover every request
// (all 95 ClientMessage cases) and every message a request can contain, every type exported by
// gen/osmium/client/*_pb.ts that a request can carry; for random messages of every one of them, and
// for the init objects they were made from, the bytes are exactly toBinary()'s of create()'s message;
// so are the request frames the client writes with them; and a value toBinary() refuses, they refuse.
import { type DescField, type DescMessage, type Message, create, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { SendMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import { UserRefSchema } from "../../gen/osmium/client/refs_pb.js";
import { fastEncoders } from "../../gen/osmium/fast_codec.js";
import { encodeRequest } from "../../src/connection/codec.js";
import { type RequestCase, rpcTable } from "../../src/protocol/rpc-table.js";
import { WireWriter, finish } from "../../src/wire/writer.js";
import type { RpcEntry } from "../../src/rpc-client.js";
import { messageArbitrary } from "./support/arbitrary.js";
import { exportedSchemas, typesWithin } from "./support/schemas.js";

const schemaOf = (typeName: string): DescMessage => exportedSchemas.get(typeName) as DescMessage;
const entryOf = (requestCase: string): RpcEntry => rpcTable.get(requestCase as RequestCase) as RpcEntry;

/**
 * The init object a message could have been made from: no `$typeName`, implicit-presence fields at
 * their zero value, empty lists and unset oneofs left out, nested messages as init objects too.
 */
function initOf(schema: DescMessage, message: Message): Record<string, unknown> {
  const record = message as unknown as Record<string, unknown>;
  const init: Record<string, unknown> = {};
  const nested = (field: DescField, value: unknown): unknown => (field.message && typeof value === "object" && value !== null ? initOf(field.message, value as Message) : value);
  for (const field of schema.fields) {
    if (field.oneof) {
      const selected = record[field.oneof.localName] as { case?: string; value?: unknown };
      if (selected.case === field.localName) init[field.oneof.localName] = { case: field.localName, value: nested(field, selected.value) };
      continue;
    }
    const value = record[field.localName];
    if (value === undefined) continue;
    if (field.fieldKind === "list") {
      if ((value as unknown[]).length > 0) init[field.localName] = (value as unknown[]).map((item) => nested(field, item));
    } else if (field.fieldKind === "message") init[field.localName] = nested(field, value);
    else if (field.presence !== 2 || !(value === "" || value === 0 || value === 0n || value === false || (value instanceof Uint8Array && value.length === 0))) init[field.localName] = value;
  }
  return init;
}

function fastBytes(typeName: string, message: Message): Uint8Array {
  const writer = new WireWriter();
  (fastEncoders.get(typeName) as NonNullable<ReturnType<typeof fastEncoders.get>>)(writer, message);
  return finish(writer);
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

  it.each(encodedTypes)("%s: the bytes of toBinary for random messages, and for their init objects", (typeName) => {
    const schema = schemaOf(typeName);
    fc.assert(
      fc.property(messageArbitrary(schema), (message) => {
        expect(fastBytes(typeName, message)).toEqual(toBinary(schema, message));
        const init = initOf(schema, message) as Message;
        expect(fastBytes(typeName, init)).toEqual(toBinary(schema, create(schema, init as never)));
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
        expect(encodeRequest(id, entryOf(requestCase), request)).toEqual(toBinary(ClientMessageSchema, envelope));
      }),
      { numRuns: 100 },
    );
  });

  it("frames a message of another type as create() reads it: by its fields, nothing else of it", () => {
    const wrong = create(UserRefSchema, { userId: 1n, $unknown: [{ no: 99, wireType: 0, data: new Uint8Array([1]) }] }) as unknown as Message;
    const envelope = create(ClientMessageSchema, { id: 3, message: { case: "messagesSendMessage", value: create(SendMessageSchema, wrong as never) } });
    expect(encodeRequest(3, entryOf("messagesSendMessage"), wrong)).toEqual(toBinary(ClientMessageSchema, envelope));
    // id 3, then the request case with an empty message: nothing of the UserRef is written.
    expect(encodeRequest(3, entryOf("messagesSendMessage"), wrong)).toEqual(new Uint8Array([0x08, 0x03, entryOf("messagesSendMessage").tag, 0x00]));
  });

  it("takes what create() takes: null as unset, a number array as bytes, a oneof case with no value as an empty message", () => {
    const init = { chatRef: null, message: null, media: null, suppressEmbeds: null, clientId: null } as never;
    expect(encodeRequest(4, entryOf("messagesSendMessage"), init)).toEqual(new Uint8Array([0x08, 0x04, entryOf("messagesSendMessage").tag, 0x00]));
    const upload = { fileId: 7n, part: 1, data: [1, 2, 3] } as never;
    const made = create(ClientMessageSchema, { id: 5, message: { case: "mediaUploadFilePart", value: upload } });
    expect(encodeRequest(5, entryOf("mediaUploadFilePart"), upload)).toEqual(toBinary(ClientMessageSchema, made));
    const noValue = { chatRef: { ref: { case: "self" } }, message: "x" } as never;
    const empty = create(ClientMessageSchema, { id: 6, message: { case: "messagesSendMessage", value: noValue } });
    expect(encodeRequest(6, entryOf("messagesSendMessage"), noValue)).toEqual(toBinary(ClientMessageSchema, empty));
  });

  it("refuses what toBinary() refuses after create(): a message that is not an object, a list that is not an array, a bad value; and a number or an out-of-range value in a 64-bit field, a oneof case the type does not have; the next frame is whole", () => {
    expect(() => encodeRequest(8, entryOf("messagesSendMessage"), { chatRef: "123" })).toThrow("not a message: string");
    expect(() => encodeRequest(8, entryOf("messagesSendMessage"), { entities: "bold" })).toThrow("not a list: string");
    // create() would drop a case the type does not have, and the request would go without it.
    expect(() => encodeRequest(8, entryOf("messagesSendMessage"), { chatRef: { ref: { case: "channels", value: {} } } })).toThrow("not a oneof case of the type");
    const bad = create(SendMessageSchema, { message: "hi" });
    (bad as { clientId?: unknown }).clientId = "not a number";
    const envelope = create(ClientMessageSchema, { id: 9, message: { case: "messagesSendMessage", value: bad } });
    expect(() => toBinary(ClientMessageSchema, envelope)).toThrow(/clientId|client_id/);
    expect(() => encodeRequest(9, entryOf("messagesSendMessage"), bad)).toThrow("not an unsigned 64-bit integer");
    // A number in a 64-bit field: the writer would round it past 2^53, and send another id.
    expect(() => encodeRequest(9, entryOf("messagesSendMessage"), { clientId: 2 ** 53 + 1 })).toThrow("not an unsigned 64-bit integer");
    expect(() => encodeRequest(9, entryOf("messagesSendMessage"), { clientId: 18446744073709551616n })).toThrow("not an unsigned 64-bit integer");
    expect(() => encodeRequest(9, entryOf("messagesSendMessage"), { clientId: "-1" })).toThrow("not an unsigned 64-bit integer");
    const good = create(SendMessageSchema, { message: "after" });
    expect(encodeRequest(10, entryOf("messagesSendMessage"), good)).toEqual(
      toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 10, message: { case: "messagesSendMessage", value: good } })),
    );
  });

  it("refuses a bytes field holding no bytes (a string, a number, an ArrayBuffer) as toBinary() does, and the next frames are whole", () => {
    const upload = entryOf("mediaUploadFilePart");
    for (const data of ["abc", 5, new ArrayBuffer(3)]) {
      const envelope = create(ClientMessageSchema, { id: 11, message: { case: "mediaUploadFilePart", value: { part: 1, data: data as never } } });
      const theirs = (() => {
        try {
          toBinary(ClientMessageSchema, envelope);
          return "accepted";
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(theirs, String(data)).not.toBe("accepted");
      expect(() => encodeRequest(11, upload, { part: 1, data: data as never }), String(data)).toThrow(/^invalid uint32: /);
    }
    // Small frames after the refusals: exactly protobuf-es's bytes, each in one piece.
    for (let id = 12; id < 20; id++) {
      const good = create(SendMessageSchema, { message: `after ${id}` });
      expect(encodeRequest(id, entryOf("messagesSendMessage"), good)).toEqual(
        toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, message: { case: "messagesSendMessage", value: good } })),
      );
    }
  });

  it("never overwrites a frame it returned: small frames share slabs that are only appended to", () => {
    const first = encodeRequest(1, entryOf("messagesSendMessage"), create(SendMessageSchema, { message: "first" }));
    const copy = first.slice();
    // Far more than one slab's worth of frames after it.
    for (let id = 2; id < 2_000; id++) encodeRequest(id, entryOf("messagesSendMessage"), create(SendMessageSchema, { message: `frame ${id}` }));
    expect(first).toEqual(copy);
  });

  it("keeps writing whole frames after a large one (the writer is replaced, not truncated)", () => {
    const big = create(SendMessageSchema, { message: "x".repeat(100_000) });
    const small = create(SendMessageSchema, { message: "small" });
    const frame = (id: number, value: Message) =>
      toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, message: { case: "messagesSendMessage", value: value as never } }));
    expect(encodeRequest(1, entryOf("messagesSendMessage"), big)).toEqual(frame(1, big));
    expect(encodeRequest(2, entryOf("messagesSendMessage"), small)).toEqual(frame(2, small));
  });
});
