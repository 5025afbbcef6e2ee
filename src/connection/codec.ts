// Frames on the wire (docs/protocol.md "Framing"): each binary message is exactly one ClientMessage or
// ServerMessage, with no length prefix or envelope.
//
// Hot path (docs/performance.md): the ClientMessage envelope is written directly around the request's bytes,
// by the straight-line encoders of gen/osmium/fast_codec.ts (generated for every request type), into
// one reused BinaryWriter; server frames go through the straight-line decoders (generated for all of
// ServerMessage). Both make exactly the bytes and objects protobuf-es makes (test/codec proves it), but
// for one deliberate difference: a string that is not valid UTF-8 decodes with U+FFFD instead of
// failing the frame. What makes them throw or hand back takes the reflective path below, which
// therefore decides every error.
import { type Message, fromBinary, toBinary } from "@bufbuild/protobuf";
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { type ClientMessage, ClientMessageSchema, type ServerMessage, ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { type FastEncoder, decodeFast, fastDecoders, fastEncoders, replacedInvalidUtf8 } from "../../gen/osmium/fast_codec.js";
import { ProtocolError } from "../errors.js";
import { takeFrame } from "./frame-slab.js";
import type { RequestCase } from "../protocol/rpc-table.js";

/** Per request case: the envelope's length-delimited tag for it, and its generated encoder if any. */
const requestCodecs = new Map<string, { readonly tag: number; readonly encode: FastEncoder | undefined }>(
  ClientMessageSchema.fields.map((field) => [field.localName, { tag: (field.number << 3) | 2, encode: field.message && fastEncoders.get(field.message.typeName) }]),
);

const decodeServerMessageFast = fastDecoders.get(ServerMessageSchema.typeName);

// A writer keeps its buffer between frames; after a large frame (a file part) it is replaced, so
// one upload does not pin megabytes for the client's life.
const KEEP_WRITER_BYTES = 64 * 1024;
let writer = new BinaryWriter();

function encodeReflective(id: number, requestCase: RequestCase, request: Message): Uint8Array {
  const envelope = { $typeName: "osmium.client.core.ClientMessage", id, message: { case: requestCase, value: request } } as ClientMessage;
  return toBinary(ClientMessageSchema, envelope);
}

/**
 * Encodes one request. `request` must already be a message of the case's type (made by `create`).
 * The bytes are those of `toBinary(ClientMessageSchema, { id, message: { case, value: request } })`.
 */
export function encodeRequest(id: number, requestCase: RequestCase, request: Message): Uint8Array {
  const codec = requestCodecs.get(requestCase);
  if (codec?.encode === undefined) return encodeReflective(id, requestCase, request);
  try {
    // Field order as protobuf-es writes it: id (1, omitted when 0), then the request case.
    if (id !== 0) writer.uint32(8).uint32(id);
    writer.uint32(codec.tag).fork();
    codec.encode(writer, request);
    const frame = takeFrame(writer.join());
    if (frame.byteLength > KEEP_WRITER_BYTES) writer = new BinaryWriter();
    return frame;
  } catch {
    // A request the encoder refuses (wrong type, bad value): the reflective encoder says why.
    writer = new BinaryWriter();
    return encodeReflective(id, requestCase, request);
  }
}

/**
 * Encodes a keepalive: a `ClientMessage` with an id and no request. The protocol has no ping RPC;
 * the official SDK sends exactly this, and the server answers with an `RPCResult` whose result is unset.
 */
export function encodeKeepalive(id: number): Uint8Array {
  return toBinary(ClientMessageSchema, { $typeName: "osmium.client.core.ClientMessage", id, message: { case: undefined } });
}

let invalidUtf8 = false;

/**
 * Decodes one server frame, or returns a ProtocolError naming the frame's length and the decoder's complaint.
 * A string that is not valid UTF-8 does not fail the frame: it is decoded with U+FFFD (as the official SDK
 * does), and `decodedInvalidUtf8()` says so until the next call; `invalidUtf8Error` is the report.
 */
export function decodeServerMessage(frame: Uint8Array): ServerMessage | ProtocolError {
  invalidUtf8 = false;
  try {
    const fast = decodeServerMessageFast && decodeFast(decodeServerMessageFast, frame);
    if (fast !== undefined) {
      invalidUtf8 = replacedInvalidUtf8();
      return fast as ServerMessage;
    }
  } catch {
    // The generated decoders take every frame fromBinary accepts (test/codec proves it): the reflective
    // decoder below fails this one too, with protobuf-es's own message.
  }
  try {
    return fromBinary(ServerMessageSchema, frame);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new ProtocolError(`could not decode a ${frame.byteLength}-byte server frame: ${reason}`, {
      byteLength: frame.byteLength,
      cause,
    });
  }
}

/** True when the frame `decodeServerMessage` last decoded had a string that was not valid UTF-8 (now U+FFFD). */
export function decodedInvalidUtf8(): boolean {
  return invalidUtf8;
}

/** The report of a frame whose strings were decoded with U+FFFD: made once per connection (the Link). */
export function invalidUtf8Error(byteLength: number): ProtocolError {
  return new ProtocolError(
    `a ${byteLength}-byte server frame has a string field that is not valid UTF-8; it was decoded with U+FFFD in place of the invalid bytes (reported once per connection)`,
    { byteLength },
  );
}
