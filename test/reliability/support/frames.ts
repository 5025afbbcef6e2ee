// ServerMessage frames a newer (or broken) server could send, built by hand at the wire level with
// protobuf-es's BinaryWriter, since the generated types cannot express fields this SDK does not know.
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";

/** First field number of `Update.update` after the 25 cases this SDK knows. */
export const NEW_UPDATE_FIELD = 26;
/** First field number of `RPCResult.result` after the cases this SDK knows (42 is the last). */
export const NEW_RESULT_FIELD = 43;
/** First field number of `ServerMessage.message` after `update` (2) and `result` (3). */
export const NEW_SERVER_MESSAGE_FIELD = 4;

/** An `Update` message whose only field is case `field` (unknown to this SDK), carrying `{1: text}`. */
export function unknownUpdate(field = NEW_UPDATE_FIELD, text = "from the future"): Uint8Array {
  const payload = new BinaryWriter().tag(1, WireType.LengthDelimited).string(text).finish();
  return new BinaryWriter().tag(field, WireType.LengthDelimited).bytes(payload).finish();
}

/** ServerMessage fields (without the id) carrying an update of an unknown case. */
export function unknownUpdateBody(field = NEW_UPDATE_FIELD): Uint8Array {
  return new BinaryWriter().tag(2, WireType.LengthDelimited).bytes(unknownUpdate(field)).finish();
}

/** ServerMessage fields (without the id) carrying a result for `reqId` in an unknown result case. */
export function unknownResultBody(reqId: number, field = NEW_RESULT_FIELD): Uint8Array {
  const result = new BinaryWriter().tag(1, WireType.Varint).uint32(reqId).tag(field, WireType.LengthDelimited).bytes(new Uint8Array([8, 1])).finish();
  return new BinaryWriter().tag(3, WireType.LengthDelimited).bytes(result).finish();
}

/** ServerMessage fields (without the id) in a `message` case this SDK does not know at all. */
export function unknownServerMessageBody(field = NEW_SERVER_MESSAGE_FIELD): Uint8Array {
  return new BinaryWriter().tag(field, WireType.LengthDelimited).bytes(new Uint8Array([8, 7])).finish();
}
