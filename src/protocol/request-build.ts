// The full message of a request, from its init object and its shape, as protobuf-es's create() makes
// it for a proto3 type: every field present at its zero value (lists empty, oneofs unset), but
// message fields and explicit-presence fields, which stay absent until set; nested init objects made
// into messages, 64-bit decimal strings into bigints; a message of the type taken as it is; and,
// unlike create(), a oneof case the type does not have kept, for the encoder to refuse. The client
// sends init objects as they are (the generated encoders read them); this is for what shows a request
// (interceptors, the debug log), for a call that waits in the reconnect queue (its own copy of the
// init objects; messages and bytes in it are shared, as create() shares them), and for the helpers'
// `ChatRef`s, entities and media refs.
import type { Message, ScalarType } from "@bufbuild/protobuf";
import type { RequestField, RequestShape } from "./request-shape.js";
import { isInt64 } from "./request-values.js";

// ScalarType numbers (see request-values.ts) of the scalars whose zero value is not the number 0.
const BOOL = 8 satisfies ScalarType.BOOL;
const STRING = 9 satisfies ScalarType.STRING;
const BYTES = 12 satisfies ScalarType.BYTES;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function zeroOf(field: RequestField): unknown {
  if (field.fieldKind === "enum") return 0;
  switch (field.scalar) {
    case BOOL:
      return false;
    case STRING:
      return "";
    case BYTES:
      return new Uint8Array(0);
    default:
      return isInt64(field.scalar) ? 0n : 0;
  }
}

// One value of a field (the field itself, a list item or a oneof's value), as create() converts it;
// and a 64-bit integer given as its decimal digits made the bigint the message type promises (the
// encoders send the same bytes for both; anything else is left for them to refuse).
function convert(field: RequestField, value: unknown): unknown {
  if (field.message !== undefined) return isObject(value) && value.$typeName !== field.message.typeName ? buildRequest(field.message, value) : value;
  if (field.scalar === BYTES && Array.isArray(value)) return new Uint8Array(value as number[]);
  if (typeof value === "string" && isInt64(field.scalar) && /^-?[0-9]+$/.test(value)) return BigInt(value);
  return value;
}

/** The full message of `shape` from `init` (a message of the type is returned as it is). */
export function buildRequest(shape: RequestShape, init: object | undefined): Message {
  const record = init as Record<string, unknown> | undefined;
  if (record?.$typeName === shape.typeName) return init as Message;
  const message: Record<string, unknown> = { $typeName: shape.typeName };
  for (const field of shape.fields) {
    if (field.oneof !== undefined) {
      if (field.oneof in message) continue;
      const selected = record?.[field.oneof] as { case?: unknown; value?: unknown } | undefined | null;
      if (selected == null || (typeof selected === "object" && selected.case == null)) {
        message[field.oneof] = { case: undefined };
        continue;
      }
      const member = shape.fields.find((f) => f.oneof === field.oneof && f.localName === selected.case);
      // A case the type does not have, or a oneof that is not { case, value }, is kept as it is
      // (create() would drop it): the encoder refuses it, and the request is not sent without it.
      message[field.oneof] = member === undefined ? selected : { case: member.localName, value: convert(member, selected.value) };
      continue;
    }
    const value = record?.[field.localName];
    if (field.fieldKind === "list") message[field.localName] = Array.isArray(value) ? value.map((item) => convert(field, item)) : (value ?? []);
    else if (value != null) message[field.localName] = convert(field, value);
    else if (field.fieldKind !== "message" && field.optional === undefined) message[field.localName] = zeroOf(field);
  }
  return message as Message;
}
