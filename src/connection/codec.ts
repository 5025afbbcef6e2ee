// Frames on the wire (docs/protocol.md "Framing"): each binary message is exactly one ClientMessage or
// ServerMessage, with no length prefix or envelope.
//
// Hot path (docs/performance.md): the ClientMessage envelope is written directly around the request's
// bytes, by the straight-line encoder of the call's RPC entry (gen/osmium/fast_codec.ts, generated
// for every request type, reading the caller's init object as create() would), into one reused
// writer (src/wire/); server frames go through the straight-line decoders (generated for all of
// ServerMessage; result and update cases decoded once in use, docs/architecture.md "Decoders on
// use"). Both make exactly the bytes and objects protobuf-es makes (test/codec proves it),
// but for one deliberate difference: a string that is not valid UTF-8 decodes with U+FFFD instead
// of failing the frame. Neither needs a descriptor, so no app bundles protobuf-es's reflection for them.
import type { ServerMessage } from "../../gen/osmium/client/core_pb.js";
import { dec_core_ServerMessage, decodeFast, replacedInvalidUtf8, useCase } from "../../gen/osmium/fast_codec.js";
import { ProtocolError } from "../errors.js";
import type { RpcEntry } from "../rpc-client.js";
import { WireWriter, finish, fork, join, writeTag, writeUint32 } from "../wire/writer.js";
import { takeFrame } from "./frame-slab.js";

// A writer keeps its buffer between frames; after a large frame (a file part) it is replaced, so
// one upload does not pin megabytes for the client's life.
const KEEP_WRITER_BYTES = 64 * 1024;
let writer = new WireWriter();

/**
 * Encodes one request: an init object or a message of the entry's request type. The bytes are those
 * of `toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, message: { case, value: request } }))`.
 * Throws when a value does not fit its field (the caller names the field).
 */
export function encodeRequest(id: number, rpc: Pick<RpcEntry, "tag" | "encode">, request: object): Uint8Array {
  try {
    // Field order as protobuf-es writes it: id (1, omitted when 0), then the request case.
    if (id !== 0) {
      writeTag(writer, 8);
      writeUint32(writer, id);
    }
    writeTag(writer, rpc.tag);
    fork(writer);
    rpc.encode(writer, request);
    join(writer);
    const frame = takeFrame(writer);
    if (writer.buf.byteLength > KEEP_WRITER_BYTES) writer = new WireWriter();
    return frame;
  } catch (error) {
    // A half-written frame must not prefix the next one.
    writer = new WireWriter();
    throw error;
  }
}

/**
 * Encodes a keepalive: a `ClientMessage` with an id and no request. The protocol has no ping RPC;
 * the official SDK sends exactly this, and the server answers with an `RPCResult` whose result is unset.
 */
export function encodeKeepalive(id: number): Uint8Array {
  // toBinary() leaves out an id of 0, which leaves no byte at all.
  if (id === 0) return new Uint8Array(0);
  const w = new WireWriter();
  writeTag(w, 8);
  writeUint32(w, id);
  return finish(w);
}

/**
 * Makes server frames decode `rpc`'s result case from now on. Until a client calls a method, the
 * result case it returns is kept as an unknown field (`$unknown`), as protobuf keeps a field its
 * reader does not know: a lean app's bundle then carries the result decoders of its own calls only.
 * `CoreClient` uses every case at construction (it can call every method).
 */
export function expectResultOf(rpc: Pick<RpcEntry, "result">): void {
  if (rpc.result !== undefined) useCase(rpc.result);
}

let invalidUtf8 = false;

/**
 * Decodes one server frame, or returns a ProtocolError naming the frame's length and the decoder's
 * complaint (protobuf-es's own words: the generated decoders throw where fromBinary() throws).
 * A string that is not valid UTF-8 does not fail the frame: it is decoded with U+FFFD (as the
 * official SDK does), and `decodedInvalidUtf8()` says so until the next call; `invalidUtf8Error` is the report.
 */
export function decodeServerMessage(frame: Uint8Array): ServerMessage | ProtocolError {
  invalidUtf8 = false;
  try {
    const message = decodeFast(dec_core_ServerMessage, frame);
    invalidUtf8 = replacedInvalidUtf8();
    return message;
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
