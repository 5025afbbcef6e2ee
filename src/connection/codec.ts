// Frames on the wire (semantics.md §1): each binary message is exactly one ClientMessage or
// ServerMessage, with no length prefix or envelope.
import { type Message, fromBinary, toBinary } from "@bufbuild/protobuf";
import { type ClientMessage, ClientMessageSchema, type ServerMessage, ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { ProtocolError } from "../errors.js";
import type { RequestCase } from "../protocol/rpc-table.js";

/**
 * Encodes one request. `request` must already be a message of the case's type (made by `create`);
 * the envelope is a literal rather than `create(ClientMessageSchema, …)` so the hot path skips a
 * second initialisation walk.
 */
export function encodeRequest(id: number, requestCase: RequestCase, request: Message): Uint8Array {
  const envelope = {
    $typeName: "osmium.client.core.ClientMessage",
    id,
    message: { case: requestCase, value: request },
  } as ClientMessage;
  return toBinary(ClientMessageSchema, envelope);
}

/**
 * Encodes a keepalive: a `ClientMessage` with an id and no request. The protocol has no ping RPC;
 * the official SDK sends exactly this, and the server answers with an `RPCResult` whose result is unset.
 */
export function encodeKeepalive(id: number): Uint8Array {
  return toBinary(ClientMessageSchema, { $typeName: "osmium.client.core.ClientMessage", id, message: { case: undefined } });
}

/** Decodes one server frame, or returns a ProtocolError naming the frame's length and the decoder's complaint. */
export function decodeServerMessage(frame: Uint8Array): ServerMessage | ProtocolError {
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
