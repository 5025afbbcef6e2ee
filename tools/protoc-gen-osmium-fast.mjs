#!/usr/bin/env node
// protoc-gen-osmium-fast: generates straight-line encoders and decoders for the messages
// of the protocol (the client's hot path, docs/performance.md), as plain functions over the library's
// own wire runtime (src/wire/) that produce and consume the very same protobuf-es message objects. Run by
// `buf generate` (buf.gen.yaml lists it as a local plugin with the message types to cover); it
// writes gen/osmium/fast_codec.ts, and the request shapes (gen/osmium/request_shapes.ts). The client
// needs no descriptor to send or receive; reflection stays for what uses it (the reference server,
// the CLI, osmium-chat/proto). A plain .mjs script, so a fresh
// clone runs it right after `npm ci`, with no build step.
//
// Options (buf.gen.yaml `opt`, each may repeat):
//   encode=<type>          an encoder for <type> and every message it can contain
//   encode_contents=<type> encoders for every message <type> can contain, not for <type> itself
//                          (an envelope the caller writes around them)
//   decode=<type>          a decoder for <type> and every message it can contain
//   decode_on_use=<type>.<oneof>  the message cases of that oneof are decoded once used (useCase()),
//                          unknown fields until then (tools/osmium-fast/on-use.mjs)
//   decode_always=<type>.<field>  a case of such a oneof that is decoded all the same
// Every encoded type also gets its request shape, in gen/osmium/request_shapes.ts.
import { createEcmaScriptPlugin, runNodeJs } from "@bufbuild/protoplugin";
import { printDecoder } from "./osmium-fast/decoder.mjs";
import { printEncoder } from "./osmium-fast/encoder.mjs";
import { decoderName, encoderName } from "./osmium-fast/names.mjs";
import { messagesByName, planFastCodec } from "./osmium-fast/plan.mjs";
import { isSigned64 } from "./osmium-fast/scalars.mjs";
import { onUseOneofs, printOnUse } from "./osmium-fast/on-use.mjs";
import { printShape, printShapeHelper } from "./osmium-fast/shapes.mjs";
import { printUpdateCases } from "./osmium-fast/update-cases.mjs";
import { wireRuntime } from "./osmium-fast/wire.mjs";

const OUTPUT = "osmium/fast_codec.ts";
const SHAPES = "osmium/request_shapes.ts";
// The library's own module that declares the shapes' type (relative to gen/).
const REQUEST_SHAPE = "../src/protocol/request-shape.js";

function parseOptions(raw) {
  const options = { encode: [], encodeContents: [], decode: [], decodeOnUse: [], decodeAlways: [] };
  for (const { key, value } of raw) {
    if (key === "encode") options.encode.push(value);
    else if (key === "encode_contents") options.encodeContents.push(value);
    else if (key === "decode") options.decode.push(value);
    else if (key === "decode_on_use") options.decodeOnUse.push(value);
    else if (key === "decode_always") options.decodeAlways.push(value);
    else throw new Error(`protoc-gen-osmium-fast: unknown option ${key}`);
  }
  return options;
}

function printHelpers(f, wire, Message, UnknownField, signed64) {
  f.print("// What toBinary() would refuse after create() kept it: a message that is not an object, a list");
  f.print("// that is not an array. The client then names the field (src/protocol/request-diagnosis.ts).");
  f.print("function obj(m: unknown): void {");
  f.print("  if (typeof m !== \"object\" || m === null || Array.isArray(m) || m instanceof Uint8Array) throw new Error(`not a message: ${typeof m}`);");
  f.print("}");
  f.print();
  f.print("function list(l: unknown): void {");
  f.print("  if (!Array.isArray(l)) throw new Error(`not a list: ${typeof l}`);");
  f.print("}");
  f.print();
  f.print("// A oneof no case of the switch took: unset only if it has no case (create() would drop an unknown one).");
  f.print("function unset(o: unknown): void {");
  f.print("  if (typeof o !== \"object\" || (o as { case?: unknown }).case != null) throw new Error(\"not a oneof case of the type\");");
  f.print("}");
  f.print();
  f.print("// A 64-bit integer as a request takes it: a bigint in range, or its decimal digits. A number is");
  f.print("// refused (the writer would take it, rounded past 2^53: another id); the client then names the");
  f.print("// field (src/protocol/request-values.ts). Literals: an expression would stay in every bundle.");
  f.print("function u64(v: unknown): bigint | string {");
  f.print("  if (typeof v === \"bigint\" && v >= 0n && v <= 0xffff_ffff_ffff_ffffn) return v;");
  f.print("  if (typeof v === \"string\" && /^[0-9]+$/.test(v) && BigInt(v) <= 0xffff_ffff_ffff_ffffn) return v;");
  f.print("  throw new Error(\"not an unsigned 64-bit integer\");");
  f.print("}");
  f.print();
  if (signed64) {
    f.print("function s64(v: unknown): bigint | string {");
    f.print("  const n = typeof v === \"bigint\" ? v : typeof v === \"string\" && /^-?[0-9]+$/.test(v) ? BigInt(v) : undefined;");
    f.print("  if (n !== undefined && n >= -0x8000_0000_0000_0000n && n <= 0x7fff_ffff_ffff_ffffn) return v as bigint | string;");
    f.print("  throw new Error(\"not a signed 64-bit integer\");");
    f.print("}");
    f.print();
  }
  f.print("// create() turns a number array into bytes.");
  f.print("function u8<T>(v: T): T | Uint8Array {");
  f.print("  return Array.isArray(v) ? new Uint8Array(v) : v;");
  f.print("}");
  f.print();
  f.print("// create() keeps the unknown fields of a message of the type only; an init object has none.");
  f.print("function writeUnknown(w: ", wire.WireWriter, ", m: object, typeName: string): void {");
  f.print("  if ((m as Partial<", Message, ">).$typeName !== typeName) return;");
  f.print("  const u = (m as ", Message, ").$unknown;");
  f.print("  if (u !== undefined) for (let i = 0; i < u.length; i++) { const x = u[i]!; ", wire.write("Uint32"), "(w, ((x.no << 3) | x.wireType) >>> 0); ", wire.write("Raw"), "(w, x.data); }");
  f.print("}");
  f.print();
  f.print("function readUnknown(r: ", wire.WireReader, ", t: number, depth: number, u: ", UnknownField, "[] | undefined): ", UnknownField, "[] {");
  f.print("  (u ??= []).push({ no: t >>> 3, wireType: t & 7, data: ", wire.reader("skipField"), "(r, t & 7, t >>> 3, 100 - depth) });");
  f.print("  return u;");
  f.print("}");
  f.print();
  f.print("function withUnknown<M extends ", Message, ">(m: M, u: ", UnknownField, "[] | undefined): M {");
  f.print("  if (u !== undefined && u.length > 0) m.$unknown = u;");
  f.print("  return m;");
  f.print("}");
  f.print();
  f.print("// fromBinary()'s error for a message nested deeper than its recursion limit.");
  f.print("function tooDeep(typeName: string): Error {");
  f.print("  return new Error(`cannot decode message ${typeName} from binary: maximum recursion depth of 100 reached`);");
  f.print("}");
  f.print();
  f.print("// A decoder's placeholder for an implicit bytes field, replaced by a fresh empty array (as create()");
  f.print("// makes) when the frame does not carry the field; never in a decoded message.");
  f.print("const NO_BYTES = new Uint8Array(0);");
  f.print();
  f.print("let replaced = false;");
  f.print();
  f.print("// A proto3 string must be UTF-8, and protobuf-es throws where one is not, losing the whole frame;");
  f.print("// the official SDK decodes it with U+FFFD, so do we, and note it for replacedInvalidUtf8().");
  f.print("// Valid text takes the strict read, as in protobuf-es.");
  f.print("function str(r: ", wire.WireReader, "): string {");
  f.print("  const p = r.pos;");
  f.print("  try {");
  f.print("    return ", wire.read("String"), "(r, true);");
  f.print("  } catch {");
  f.print("    r.pos = p;");
  f.print("    const s = ", wire.read("String"), "(r, false);");
  f.print("    replaced = true;");
  f.print("    return s;");
  f.print("  }");
  f.print("}");
  f.print();
}

function printRegistries(f, plan, wire, Message) {
  f.print("/** A generated encoder: writes the fields of `message` (no tag, no length prefix); throws where toBinary() might. */");
  f.print("export type FastEncoder = { bivariant(writer: ", wire.WireWriter, ", message: object): void }[\"bivariant\"];");
  f.print();
  f.print("/** A generated decoder (call it through `decodeFast`). */");
  f.print("export type FastDecoder = (r: ", wire.WireReader, ", length: number, depth: number, target: undefined) => ", Message, ";");
  f.print();
  f.print("/**");
  f.print(" * Decodes `bytes` with `decoder`: the message, or a throw where fromBinary() throws, with its message");
  f.print(" * (but for a truncated fixed-width field: `premature EOF`, where protobuf-es's DataView throws the");
  f.print(" * engine's own RangeError). A string that is not valid UTF-8 is decoded with U+FFFD (fromBinary()");
  f.print(" * rejects it) and makes `replacedInvalidUtf8()` true until the next call.");
  f.print(" */");
  f.print("export function decodeFast<M extends ", Message, " = ", Message, ">(decoder: (r: ", wire.WireReader, ", length: number, depth: number, target: undefined) => M, bytes: Uint8Array): M {");
  f.print("  replaced = false;");
  f.print("  return decoder(new ", wire.WireReader, "(bytes), bytes.byteLength, 1, undefined);");
  f.print("}");
  f.print();
  f.print("/** True when the last `decodeFast` met a string that is not valid UTF-8, and decoded it with U+FFFD. */");
  f.print("export function replacedInvalidUtf8(): boolean {");
  f.print("  return replaced;");
  f.print("}");
  f.print();
  f.print("/** The generated encoders, by message type name (for tests and tools: the client reaches each through its RPC entry). */");
  f.print("export const fastEncoders: ReadonlyMap<string, FastEncoder> = /*@__PURE__*/ new Map<string, FastEncoder>([");
  for (const message of plan.encode) f.print(`  ["${message.typeName}", ${encoderName(message)}],`);
  f.print("]);");
  f.print();
  f.print("/** The generated decoders, by message type name (for tests and tools). */");
  f.print("export const fastDecoders: ReadonlyMap<string, FastDecoder> = /*@__PURE__*/ new Map<string, FastDecoder>([");
  for (const message of plan.decode) f.print(`  ["${message.typeName}", ${decoderName(message)}],`);
  f.print("]);");
}

const plugin = createEcmaScriptPlugin({
  name: "protoc-gen-osmium-fast",
  version: "v1",
  parseOptions,
  generateTs(schema) {
    const plan = planFastCodec(messagesByName(schema.allFiles), schema.options);
    const f = schema.generateFile(OUTPUT);
    f.print("// @generated by protoc-gen-osmium-fast v1 (tools/protoc-gen-osmium-fast.mjs); do not edit.");
    f.print("// Straight-line protobuf-es codecs for the messages listed in buf.gen.yaml.");
    f.print("/* eslint-disable */");
    f.print();
    const wire = wireRuntime(f);
    const Message = f.runtime.Message;
    // s64() only when a request carries a signed 64-bit field (none does today).
    const signed64 = plan.encode.some((message) => message.fields.some((field) => isSigned64(field.scalar)));
    printHelpers(f, wire, Message, f.import("UnknownField", "@bufbuild/protobuf", true), signed64);
    const MessageInitShape = f.import("MessageInitShape", "@bufbuild/protobuf", true);
    for (const message of plan.encode) printEncoder(f, message, plan.encodeSet, wire, MessageInitShape);
    const onUse = onUseOneofs(schema.options);
    printUpdateCases(schema, printOnUse(f, plan, onUse, wire, Message));
    for (const message of plan.decode) printDecoder(f, message, plan.decodeSet, wire, onUse);
    printRegistries(f, plan, wire, Message);
    const shapes = schema.generateFile(SHAPES);
    shapes.print("// @generated by protoc-gen-osmium-fast v1 (tools/protoc-gen-osmium-fast.mjs); do not edit.");
    shapes.print("// The shape of every type a request can carry (src/protocol/request-shape.ts). Scalar types are");
    shapes.print("// protobuf-es's ScalarType numbers.");
    shapes.print("/* eslint-disable */");
    shapes.print();
    const RequestShape = shapes.import("RequestShape", REQUEST_SHAPE, true);
    printShapeHelper(shapes, RequestShape, shapes.import("RequestField", REQUEST_SHAPE, true));
    for (const message of plan.encode) printShape(shapes, message, plan.encodeSet, RequestShape);
  },
});

runNodeJs(plugin);
