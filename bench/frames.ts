// The payloads every case shares, so each side of a comparison encodes or decodes the very same
// bytes: one `messages.sendMessage` request (a frame of about 100 bytes, the size the issue's
// figures were measured with), its `SentMessage` answer, and a `messageCreated` update.
import { create, toBinary } from "@bufbuild/protobuf";
import { ClientMessageSchema, ServerMessageSchema } from "../gen/osmium/client/core_pb.js";
import { SendMessageSchema } from "../gen/osmium/client/messages_pb.js";
import type { MessageInitShape } from "@bufbuild/protobuf";
import Long from "long";

/** The request every throughput case sends (as `client.messages.sendMessage` takes it). */
export const sendMessageRequest = {
  chatRef: { ref: { case: "channel", value: { communityId: 1_234_567_890_123n, channelId: 9_876_543_210_987n } } },
  message: "The quick brown fox jumps over the lazy dog; benchmark text of a typical chat line.",
  clientId: 42n,
} satisfies MessageInitShape<typeof SendMessageSchema>;

/** The same request as protobufjs 7 takes it from the official SDK (64-bit values as Long, oneof by member name). */
export const sendMessagePlain = {
  chatRef: { channel: { communityId: Long.fromString("1234567890123"), channelId: Long.fromString("9876543210987") } },
  message: sendMessageRequest.message,
  clientId: Long.fromNumber(42),
};

/** A `ClientMessage` frame carrying `sendMessageRequest` with request id `id`. */
export function sendMessageFrame(id: number): Uint8Array {
  return toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, message: { case: "messagesSendMessage", value: sendMessageRequest } }));
}

/** A `messageCreated` update frame as a busy channel delivers it (text, a mention entity, the author). */
export function messageCreatedFrame(serverId: number): Uint8Array {
  return toBinary(
    ServerMessageSchema,
    create(ServerMessageSchema, {
      id: serverId,
      message: {
        case: "update",
        value: {
          update: {
            case: "messageCreated",
            value: {
              message: {
                chatRef: { ref: { case: "channel", value: { communityId: 1_234_567_890_123n, channelId: 9_876_543_210_987n } } },
                messageId: 7_000_000_000_000_000n + BigInt(serverId),
                authorId: 5_555_555_555n,
                message: "@alice the deploy finished, see https://example.com/build/1234 for the log",
                entities: [{ startIndex: 0, length: 6, entity: { case: "userMention", value: {} } }],
              },
              channelUnreadCount: 3,
              author: { id: 5_555_555_555n, name: "Build Bot", username: "buildbot", bot: true },
            },
          },
        },
      },
    }),
  );
}

/** Bytes a uint32 takes as a varint. */
export const varintSize = (value: number): number => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5);

/** Writes `value` as a varint at `pos`; returns the position after it. */
export function writeVarint(out: Uint8Array, pos: number, value: number): number {
  let v = value >>> 0;
  while (v > 0x7f) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

/**
 * A `ServerMessage` answering request `reqId`, written byte by byte (the answering server's only
 * encoder): `result { req_id, <case> }` with the case given as field number and body bytes.
 */
export function resultFrame(serverId: number, reqId: number, resultField: number, body: Uint8Array): Uint8Array {
  const caseSize = resultField === 0 ? 0 : varintSize((resultField << 3) | 2) + varintSize(body.byteLength) + body.byteLength;
  const resultSize = 1 + varintSize(reqId) + caseSize;
  const size = (serverId === 0 ? 0 : 1 + varintSize(serverId)) + 1 + varintSize(resultSize) + resultSize;
  // An ArrayBuffer of its own, as a WebSocket delivers each message with binaryType "arraybuffer".
  const out = new Uint8Array(new ArrayBuffer(size));
  let pos = 0;
  if (serverId !== 0) {
    out[pos++] = 0x08;
    pos = writeVarint(out, pos, serverId);
  }
  out[pos++] = 0x1a;
  pos = writeVarint(out, pos, resultSize);
  out[pos++] = 0x08;
  pos = writeVarint(out, pos, reqId);
  if (resultField !== 0) {
    pos = writeVarint(out, pos, (resultField << 3) | 2);
    pos = writeVarint(out, pos, body.byteLength);
    out.set(body, pos);
  }
  return out;
}

/** The body of a `SentMessage { message_id }` (fixed64, little-endian). */
export function sentMessageBody(messageId: bigint): Uint8Array {
  const body = new Uint8Array(9);
  body[0] = 0x09;
  new DataView(body.buffer).setBigUint64(1, messageId, true);
  return body;
}

/**
 * Reads what an answering server needs from a `ClientMessage`: its id (field 1) and the field number
 * of its request case (0 for a keepalive). Assumes the id comes first, as every encoder here writes it.
 */
export function peekRequest(frame: Uint8Array): { id: number; field: number } {
  let pos = 0;
  let id = 0;
  let field = 0;
  const readVarint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = frame[pos++] as number;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  while (pos < frame.length) {
    const tag = readVarint();
    if (tag === 0x08) {
      id = readVarint();
      continue;
    }
    field = Math.floor(tag / 8);
    break;
  }
  return { id, field };
}
