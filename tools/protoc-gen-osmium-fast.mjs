#!/usr/bin/env node
// protoc-gen-osmium-fast: generates straight-line encoders and decoders for the messages
// of the protocol (the client's hot path, docs/performance.md), as plain functions over @bufbuild/protobuf/wire's BinaryWriter and
// BinaryReader that produce and consume the very same protobuf-es message objects. Run by
// `buf generate` (buf.gen.yaml lists it as a local plugin with the message types to cover); it
// writes one file, gen/osmium/fast_codec.ts. The reflective codec stays the fallback for every
// other message, and for anything a fast decoder does not handle. A plain .mjs script, so a fresh
// clone runs it right after `npm ci`, with no build step.
//
// Options (buf.gen.yaml `opt`, each may repeat):
//   encode=<type>          an encoder for <type> and every message it can contain
//   encode_contents=<type> encoders for every message <type> can contain, not for <type> itself
//                          (an envelope the caller writes around them)
//   decode=<type>          a decoder for <type> and every message it can contain
//   decode_shallow=<type>  a decoder for <type> alone; its other message fields fall back
//   reflect=<type>         never generate code for <type>: encode=/decode= closures stop there
import { createEcmaScriptPlugin, runNodeJs } from "@bufbuild/protoplugin";
import { printDecoder } from "./osmium-fast/decoder.mjs";
import { printEncoder } from "./osmium-fast/encoder.mjs";
import { decoderName, encoderName } from "./osmium-fast/names.mjs";
import { messagesByName, planFastCodec } from "./osmium-fast/plan.mjs";

const OUTPUT = "osmium/fast_codec.ts";

function parseOptions(raw) {
  const options = { encode: [], encodeContents: [], decode: [], decodeShallow: [], reflect: [] };
  for (const { key, value } of raw) {
    if (key === "encode") options.encode.push(value);
    else if (key === "encode_contents") options.encodeContents.push(value);
    else if (key === "decode") options.decode.push(value);
    else if (key === "decode_shallow") options.decodeShallow.push(value);
    else if (key === "reflect") options.reflect.push(value);
    else throw new Error(`protoc-gen-osmium-fast: unknown option ${key}`);
  }
  return options;
}

function printHelpers(f, BinaryReader, BinaryWriter, Message, UnknownField) {
  f.print("const own = Object.prototype.hasOwnProperty;");
  f.print();
  f.print("// protobuf-es refuses a message of another type (ForeignFieldError); the caller's fallback says so.");
  f.print("function foreign(m: ", Message, ", typeName: string): void {");
  f.print("  if (m.$typeName !== typeName) throw new Error(\"foreign message\");");
  f.print("}");
  f.print();
  f.print("function writeUnknown(w: ", BinaryWriter, ", m: ", Message, "): void {");
  f.print("  const u = m.$unknown;");
  f.print("  if (u !== undefined) for (let i = 0; i < u.length; i++) { const x = u[i]!; w.tag(x.no, x.wireType).raw(x.data); }");
  f.print("}");
  f.print();
  f.print("function readUnknown(r: ", BinaryReader, ", t: number, depth: number, u: ", UnknownField, "[] | undefined): ", UnknownField, "[] {");
  f.print(`  (u ??= []).push({ no: t >>> 3, wireType: t & 7, data: r.skip(t & 7, t >>> 3, 100 - depth) });`);
  f.print("  return u;");
  f.print("}");
  f.print();
  f.print("function withUnknown<M extends ", Message, ">(m: M, u: ", UnknownField, "[] | undefined): M {");
  f.print("  if (u !== undefined && u.length > 0) m.$unknown = u;");
  f.print("  return m;");
  f.print("}");
  f.print();
  f.print("// Thrown by a decoder for bytes it leaves to fromBinary(); decodeFast() turns it into `undefined`.");
  f.print("const fallback = new Error(\"fast decoder: fall back to fromBinary()\");");
  f.print();
  f.print("// A tag; throws `fallback` where protobuf-es's reader.tag() throws: a varint over 5 bytes or over");
  f.print("// 32 bits (a 5th byte above 0x0f, re-read from its position), field number 0, wire types 6 and 7.");
  f.print("// So a decoder hands back only bytes fromBinary() rejects too.");
  f.print("function tag(r: ", BinaryReader, "): number {");
  f.print("  const start = r.pos;");
  f.print("  const t = r.uint32();");
  f.print("  const n = r.pos - start;");
  f.print("  if (n > 4 && (n > 5 || (r.pos--, r.uint32() > 15))) throw fallback;");
  f.print("  if (t < 8 || (t & 7) > 5) throw fallback;");
  f.print("  return t;");
  f.print("}");
  f.print();
  f.print("let replaced = false;");
  f.print();
  f.print("// A proto3 string must be UTF-8, and protobuf-es throws where one is not, losing the whole frame;");
  f.print("// the official SDK decodes it with U+FFFD, so do we, and note it for replacedInvalidUtf8().");
  f.print("// Valid text takes the strict read, as in protobuf-es.");
  f.print("function str(r: ", BinaryReader, "): string {");
  f.print("  const p = r.pos;");
  f.print("  try {");
  f.print("    return r.string(true);");
  f.print("  } catch {");
  f.print("    r.pos = p;");
  f.print("    const s = r.string(false);");
  f.print("    replaced = true;");
  f.print("    return s;");
  f.print("  }");
  f.print("}");
  f.print();
}

function printRegistries(f, plan, BinaryReader, BinaryWriter, Message) {
  f.print("/** A generated encoder: writes the fields of `message` (no tag, no length prefix); throws where toBinary() might. */");
  f.print("export type FastEncoder = { bivariant(writer: ", BinaryWriter, ", message: ", Message, "): void }[\"bivariant\"];");
  f.print();
  f.print("/** A generated decoder (call it through `decodeFast`). */");
  f.print("export type FastDecoder = (r: ", BinaryReader, ", length: number, depth: number, target: undefined) => ", Message, ";");
  f.print();
  f.print("/**");
  f.print(" * Decodes `bytes` with `decoder`: the message, or `undefined` (or a throw) for bytes fromBinary() rejects,");
  f.print(" * so the reflective decoder can say why. A string that is not valid UTF-8 is decoded with U+FFFD");
  f.print(" * (fromBinary() rejects it) and makes `replacedInvalidUtf8()` true until the next call.");
  f.print(" */");
  f.print("export function decodeFast(decoder: FastDecoder, bytes: Uint8Array): ", Message, " | undefined {");
  f.print("  replaced = false;");
  f.print("  try {");
  f.print("    return decoder(new ", BinaryReader, "(bytes), bytes.byteLength, 1, undefined);");
  f.print("  } catch (e) {");
  f.print("    if (e === fallback) return undefined;");
  f.print("    throw e;");
  f.print("  }");
  f.print("}");
  f.print();
  f.print("/** True when the last `decodeFast` met a string that is not valid UTF-8, and decoded it with U+FFFD. */");
  f.print("export function replacedInvalidUtf8(): boolean {");
  f.print("  return replaced;");
  f.print("}");
  f.print();
  f.print("/** The generated encoders, by message type name. */");
  f.print("export const fastEncoders: ReadonlyMap<string, FastEncoder> = new Map<string, FastEncoder>([");
  for (const message of plan.encode) f.print(`  ["${message.typeName}", ${encoderName(message)}],`);
  f.print("]);");
  f.print();
  f.print("/** The generated decoders, by message type name. */");
  f.print("export const fastDecoders: ReadonlyMap<string, FastDecoder> = new Map<string, FastDecoder>([");
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
    const BinaryReader = f.import("BinaryReader", "@bufbuild/protobuf/wire");
    const BinaryWriter = f.import("BinaryWriter", "@bufbuild/protobuf/wire", true);
    const Message = f.runtime.Message;
    printHelpers(f, BinaryReader, BinaryWriter, Message, f.import("UnknownField", "@bufbuild/protobuf", true));
    for (const message of plan.encode) printEncoder(f, message, plan.encodeSet, BinaryWriter, f.runtime.toBinary, f.runtime.create);
    for (const message of plan.decode) printDecoder(f, message, plan.decodeSet, BinaryReader, f.runtime.protoInt64);
    printRegistries(f, plan, BinaryReader, BinaryWriter, Message);
  },
});

runNodeJs(plugin);
