// The golden frames (test/fixtures/vectors.json, a copy of shared/protocol/vectors.json) through the
// client's codec: every request frame is rebuilt byte for byte by `encodeRequest` (the generated
// encoders, which cover every case), and every server frame decodes to fromBinary's message and to
// the frame's JSON — on the generated decoders, which cover every frame.
import { type Message, fromBinary, toBinary, toJson } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ClientMessageSchema, ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { type FastDecoder, decodeFast, fastDecoders, fastEncoders, onUseCases, useCase } from "../../gen/osmium/fast_codec.js";
import { decodeServerMessage, encodeRequest } from "../../src/connection/codec.js";
import { type RequestCase, rpcTable } from "../../src/protocol/rpc-table.js";
import type { RpcEntry } from "../../src/rpc-client.js";
import { vectors } from "../wire/facts.js";
import { messageOf } from "./support/coverage.js";

const base64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));
const requests = vectors.filter((v) => v.type === ClientMessageSchema.typeName);
const frames = vectors.filter((v) => v.type === ServerMessageSchema.typeName);
const decoded = new Set(fastDecoders.keys());
const serverMessage = fastDecoders.get(ServerMessageSchema.typeName) as FastDecoder;

describe("golden request frames", () => {
  it("are 95, and every one of their cases has a generated encoder", () => {
    expect(requests).toHaveLength(95);
    for (const v of requests) {
      const message = fromBinary(ClientMessageSchema, base64(v.binary)).message;
      expect(message.value !== undefined && fastEncoders.has(message.value.$typeName)).toBe(true);
    }
  });

  it.each(requests.map((v) => [v.case, v] as const))("%s: encodeRequest writes the frame byte for byte", (_, v) => {
    const binary = base64(v.binary);
    const envelope = fromBinary(ClientMessageSchema, binary);
    expect(envelope.message.case).toBeDefined();
    const frame = encodeRequest(envelope.id, rpcTable.get(envelope.message.case as RequestCase) as RpcEntry, envelope.message.value as Message);
    expect(frame).toEqual(toBinary(ClientMessageSchema, envelope));
    expect(frame).toEqual(binary);
  });
});

// Every result case in use, as in a client that may call every method (CoreClient): the decoders
// are compared whole. test/codec/on-use.test.ts covers a case not in use.
for (const c of onUseCases) useCase(c);

describe("golden server frames", () => {
  it("are 65, and the generated decoders take every one of them", () => {
    expect(frames).toHaveLength(65);
    for (const v of frames) {
      const expected = fromBinary(ServerMessageSchema, base64(v.binary));
      expect(messageOf(expected, decoded)).toBeUndefined();
      expect(decodeFast(serverMessage, base64(v.binary))).toStrictEqual(expected);
    }
  });

  it.each(frames.map((v) => [v.case, v] as const))("%s: decodes to fromBinary's message and to the frame's JSON", (_, v) => {
    const binary = base64(v.binary);
    const message = decodeServerMessage(binary);
    expect(message).toStrictEqual(fromBinary(ServerMessageSchema, binary));
    expect(toJson(ServerMessageSchema, message as never)).toEqual(v.json);
  });
});
