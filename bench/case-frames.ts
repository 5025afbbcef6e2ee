// One representative frame for every `Update` case and every `RPCResult` case, so the dispatch
// and decode case measures each of them rather than the one update chat traffic is made of. Each
// message is filled from its schema, the same way for every type: every field set (strings of a
// chat line's length, 64-bit ids above 2^53, two elements per list and map, every nested message
// to three levels, the first case of each oneof), so no case is measured on a near-empty frame.
import { type DescField, type DescMessage, type Message, ScalarType, create, toBinary } from "@bufbuild/protobuf";
import { RPCResultSchema, ServerMessageSchema } from "../gen/osmium/client/core_pb.js";
import { UpdateSchema } from "../gen/osmium/client/updates_pb.js";
import { varintSize, writeVarint } from "./frames.js";

/** How deep nested messages are filled; deeper ones stay unset (some types contain themselves). */
const MAX_DEPTH = 3;

function scalar(type: ScalarType, name: string): unknown {
  switch (type) {
    case ScalarType.STRING:
      return `${name}: the quick brown fox jumps over the lazy dog`;
    case ScalarType.BYTES:
      return Uint8Array.from({ length: 32 }, (_, i) => (i * 37) & 0xff);
    case ScalarType.BOOL:
      return true;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return 1.5;
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return 7_123_456_789_012_345_678n;
    default:
      return 123_456;
  }
}

// A singular field's value (oneof members are always singular).
function value(field: DescField, depth: number): unknown {
  if (field.fieldKind === "scalar") return scalar(field.scalar, field.name);
  if (field.fieldKind === "enum") return field.enum.values[1]?.number ?? 0;
  if (field.fieldKind === "message") return filled(field.message, depth + 1);
  throw new Error(`${field.name}: not a singular field`);
}

/** A message of `schema` with every field set, down to MAX_DEPTH. */
export function filled(schema: DescMessage, depth = 0): Message {
  const message = create(schema) as unknown as Record<string, unknown>;
  if (depth >= MAX_DEPTH) return message as unknown as Message;
  for (const field of schema.fields) {
    if (field.oneof !== undefined) continue;
    switch (field.fieldKind) {
      case "scalar":
      case "enum":
      case "message":
        message[field.localName] = value(field, depth);
        break;
      case "list": {
        const item =
          field.listKind === "scalar" ? scalar(field.scalar, field.name) : field.listKind === "enum" ? (field.enum.values[1]?.number ?? 0) : filled(field.message, depth + 1);
        message[field.localName] = [item, item];
        break;
      }
      case "map": {
        const item = field.mapKind === "scalar" ? scalar(field.scalar, field.name) : field.mapKind === "enum" ? (field.enum.values[1]?.number ?? 0) : filled(field.message, depth + 1);
        message[field.localName] = field.mapKey === ScalarType.STRING ? { first: item, second: item } : { 1: item, 2: item };
        break;
      }
    }
  }
  for (const oneof of schema.oneofs) {
    const first = oneof.fields[0];
    if (first !== undefined) message[oneof.localName] = { case: first.localName, value: value(first, depth) };
  }
  return message as unknown as Message;
}

/** One case of a frame: its oneof case name and the frame's bytes without the server id. */
export interface CaseFrame {
  readonly case: string;
  /** The `ServerMessage` with no `id` field; `withServerId` puts one in front. */
  readonly body: Uint8Array;
}

/** Every `Update` case, each in a `ServerMessage { update }`. */
export function updateFrames(): CaseFrame[] {
  return UpdateSchema.oneofs[0]!.fields.map((field) => ({
    case: field.localName,
    body: toBinary(
      ServerMessageSchema,
      create(ServerMessageSchema, { message: { case: "update", value: { update: { case: field.localName, value: filled(field.message!) } as never } } }),
    ),
  }));
}

/** Every `RPCResult` case (an RPCError included), each in a `ServerMessage { result }` for request id 1. */
export function resultFrames(): CaseFrame[] {
  return RPCResultSchema.oneofs[0]!.fields.map((field) => ({
    case: field.localName,
    body: toBinary(
      ServerMessageSchema,
      create(ServerMessageSchema, { message: { case: "result", value: { reqId: 1, result: { case: field.localName, value: filled(field.message!) } as never } } }),
    ),
  }));
}

/**
 * `body` with the server id `id` in front: the bytes protobuf-es writes for the message with that id
 * (it writes field 1 first), without encoding the message again for every frame.
 */
export function withServerId(body: Uint8Array, id: number): Uint8Array {
  // An ArrayBuffer of its own, as a WebSocket delivers each message with binaryType "arraybuffer".
  const out = new Uint8Array(new ArrayBuffer(1 + varintSize(id) + body.byteLength));
  out[0] = 0x08;
  out.set(body, writeVarint(out, 1, id));
  return out;
}
