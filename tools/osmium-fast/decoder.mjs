// Prints one decoder: the same reads (src/wire/reader.ts), in the same order, as protobuf-es's compiled
// reader (from-binary.js), building the same objects `create()` builds (same properties, same
// `$typeName`, unknown fields in `$unknown`), merging a repeated singular message field into the
// first as protobuf-es does. Bytes fromBinary() rejects, it rejects too, with fromBinary()'s own
// message (an illegal tag, excessive depth, a truncated field) — but for one deliberate difference:
// a string that is not valid UTF-8 is decoded with U+FFFD instead of failing the frame (see `str`
// in the output). Every message type a decoded message can contain must have a decoder.
import { ScalarType } from "@bufbuild/protobuf";
import { decoderName } from "./names.mjs";
import { decodedOnUse, printOnUseDefault } from "./on-use.mjs";
import { packable, scalarFunction, zeroExpression } from "./scalars.mjs";

const RECURSION_LIMIT = 100;

function readExpression(field, scalar, wire) {
  if (scalar === ScalarType.STRING) return field.utf8Validation ? ["str(r)"] : [wire.read("String"), "(r, false)"];
  const read = [wire.read(scalarFunction(scalar)), "(r)"];
  return field.longAsString ? ["String(", read, ")"] : read;
}

function childRead(field, target, wire) {
  return [`${decoderName(field.message)}(r, `, wire.read("Uint32"), `(r), depth + 1, ${target})`];
}

function caseLines(field, fast, wire) {
  const name = field.localName;
  const scalar = field.fieldKind === "enum" || field.listKind === "enum" ? ScalarType.INT32 : field.scalar;
  const message = field.fieldKind === "message" || field.listKind === "message";
  if (message && !fast.has(field.message.typeName)) throw new Error(`${field}: ${field.message.typeName} has no decoder`);
  if (field.fieldKind === "list") {
    if (message) return [[`m.${name}.push(`, childRead(field, "undefined", wire), "); break;"]];
    const read = readExpression(field, scalar, wire);
    if (!packable(scalar)) return [[`m.${name}.push(`, read, "); break;"]];
    return [["if ((t & 7) === 2) { const e = ", wire.read("Uint32"), `(r) + r.pos; while (r.pos < e) m.${name}.push(`, read, `); } else m.${name}.push(`, read, ");"], ["break;"]];
  }
  if (field.oneof) {
    const oneof = field.oneof.localName;
    if (message) return [[`m.${oneof} = { case: "${name}", value: `, childRead(field, `m.${oneof}.case === "${name}" ? m.${oneof}.value : undefined`, wire), " }; break;"]];
    return [[`m.${oneof} = { case: "${name}", value: `, readExpression(field, scalar, wire), " }; break;"]];
  }
  if (message) return [[`m.${name} = `, childRead(field, `m.${name}`, wire), "; break;"]];
  return [[`m.${name} = `, readExpression(field, scalar, wire), "; break;"]];
}

// The fresh message, as create() makes it: members in declaration order; implicit scalars and
// enums at their zero value, lists empty, oneofs unset; message and explicit-presence fields absent.
function literal(message) {
  const parts = [`$typeName: "${message.typeName}"`];
  for (const member of message.members) {
    if (member.kind === "oneof") parts.push(`${member.localName}: { case: undefined }`);
    else if (member.fieldKind === "list") parts.push(`${member.localName}: []`);
    else if (member.fieldKind === "enum" && member.presence === 2) parts.push(`${member.localName}: ${member.enum.values[0].number}`);
    else if (member.fieldKind === "scalar" && member.presence === 2) parts.push([`${member.localName}: `, member.scalar === ScalarType.BYTES ? "NO_BYTES" : zeroExpression(member)]);
  }
  return parts.flatMap((part, i) => (i === 0 ? [part] : [", ", part]));
}

/** Prints the decoder of `message` into generated file `f`; `fast` holds the type names with decoders. */
export function printDecoder(f, message, fast, wire, onUse) {
  const shape = f.importShape(message);
  f.print("export function ", decoderName(message), "(r: ", wire.WireReader, ", length: number, depth: number, target: ", shape, " | undefined): ", shape, " {");
  f.print(`  if (depth > ${RECURSION_LIMIT}) throw tooDeep("${message.typeName}");`);
  f.print("  const m: ", shape, " = target ?? { ", ...literal(message), " };");
  f.print("  const end = r.pos + length;");
  f.print("  let u = m.$unknown;");
  f.print("  while (r.pos < end) {");
  f.print("    const t = ", wire.read("Tag"), "(r);");
  f.print("    switch (t >>> 3) {");
  let onUseOneof;
  for (const field of message.fields) {
    if (decodedOnUse(field, onUse)) {
      onUseOneof = field.oneof;
      continue;
    }
    f.print(`      case ${field.number}:`);
    for (const line of caseLines(field, fast, wire)) f.print("        ", line);
  }
  if (onUseOneof) printOnUseDefault(f, message, onUseOneof, wire);
  else {
    f.print("      default:");
    f.print("        u = readUnknown(r, t, depth, u);");
  }
  f.print("    }");
  f.print("  }");
  // An empty Uint8Array costs more to make than a small frame to decode: the fresh one create()
  // would hold is made only for a bytes field the frame does not carry.
  for (const field of message.fields) {
    if (field.fieldKind === "scalar" && field.presence === 2 && field.scalar === ScalarType.BYTES) {
      f.print(`  if (m.${field.localName} === NO_BYTES) m.${field.localName} = new Uint8Array(0);`);
    }
  }
  f.print("  return withUnknown(m, u);");
  f.print("}");
  f.print();
}
