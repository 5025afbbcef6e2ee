// Prints one encoder: the same writes (src/wire/writer.ts), in the same order, as protobuf-es's compiled
// writer (to-binary.js) makes for `toBinary(schema, create(schema, init))` — fields by number,
// presence as protobuf-es checks it, then unknown fields — but as straight-line code with no
// closure per field, taken straight from the init object: a message of the type, or a plain object
// where any field may be missing. What create() would do on the way is done here: a missing or null
// field is unset, a oneof with no case is unset, a number array is bytes, a message of another type
// is read for its fields. What it would keep and toBinary() then refuse, this refuses too: a message
// field that is not an object, a list that is not an array (the caller names the field). One thing
// create() would quietly drop is refused as well: a oneof case the type does not have (a typo in a
// case name must not send the request without it).
import { ScalarType } from "@bufbuild/protobuf";
import { encoderName } from "./names.mjs";
import { is64Bit, isSetExpression, isSigned64, scalarFunction, wireTypeOf } from "./scalars.mjs";

const tagOf = (field, wireType) => ((field.number << 3) | wireType) >>> 0;

function scalarOf(field) {
  return field.fieldKind === "enum" || field.listKind === "enum" ? ScalarType.INT32 : field.scalar;
}

// A field's value as read from the init object: create() turns a number array into bytes.
const read = (field, expression) => (field.fieldKind !== "message" && field.listKind !== "message" && scalarOf(field) === ScalarType.BYTES ? `u8(${expression})` : expression);

// A 64-bit value goes through u64()/s64(), which take a bigint in range or its decimal digits and
// refuse anything else, a number above all (the writer would take it, rounded past 2^53).
function checked(scalar, v) {
  if (!is64Bit(scalar)) return v;
  return `${isSigned64(scalar) ? "s64" : "u64"}(${v})`;
}

// A tag is a constant varint: written without the check a uint32 value gets.
const writeTag = (ctx, tag) => [ctx.wire.writer("writeTag"), `(w, ${tag}); `];

function valueWriter(field, v, ctx) {
  const scalar = scalarOf(field);
  return [writeTag(ctx, tagOf(field, wireTypeOf(scalar))), ctx.wire.write(scalarFunction(scalar)), `(w, ${checked(scalar, v)});`];
}

// protobuf-es writes an empty message for an undefined list item or oneof value (`toMessage(undefined)`
// creates one); a singular field's value was checked before.
function messageWriter(field, v, ctx) {
  if (!ctx.fast.has(field.message.typeName)) throw new Error(`${field}: ${field.message.typeName} has no encoder`);
  const tag = tagOf(field, 2);
  const guarded = field.fieldKind === "list" || field.oneof !== undefined;
  const call = guarded ? `if (${v} !== undefined) ${encoderName(field.message)}(w, ${v});` : `${encoderName(field.message)}(w, ${v});`;
  return [writeTag(ctx, tag), ctx.wire.writer("fork"), `(w); ${call} `, ctx.wire.writer("join"), "(w);"];
}

function write(field, v, ctx) {
  return field.fieldKind === "message" || field.listKind === "message" ? messageWriter(field, v, ctx) : valueWriter(field, v, ctx);
}

function fieldLine(field, ctx) {
  const name = field.localName;
  if (field.fieldKind === "list") {
    const open = `{ const l = m.${name}; if (l != null) { list(l); `;
    if (field.listKind !== "message" && field.packed) {
      const each = [ctx.wire.write(scalarFunction(scalarOf(field))), `(w, ${checked(scalarOf(field), "l[i]")});`];
      return [`${open}if (l.length != 0) { `, writeTag(ctx, tagOf(field, 2)), ctx.wire.writer("fork"), "(w); for (let i = 0; i < l.length; i++) ", each, " ", ctx.wire.writer("join"), "(w); } } }"];
    }
    return [`${open}for (let i = 0; i < l.length; i++) { const v = ${read(field, "l[i]")}; `, ...write(field, "v", ctx), " } } }"];
  }
  if (field.fieldKind === "message" || field.presence !== 2) {
    return [`{ const v = ${read(field, `m.${name}`)}; if (v != null) { `, ...write(field, "v", ctx), " } }"];
  }
  if (field.fieldKind === "scalar" && is64Bit(field.scalar)) {
    // Checked before the zero test, which is loose as protobuf-es's (0n, "0"): a 0, "" or false
    // there is no 64-bit integer, to refuse, not an unset field.
    const write = [writeTag(ctx, tagOf(field, wireTypeOf(field.scalar))), ctx.wire.write(scalarFunction(field.scalar)), "(w, n);"];
    return [`{ const v = m.${name}; if (v != null) { const n = ${checked(field.scalar, "v")}; if (${isSetExpression(field.scalar, "n")}) { `, write, " } } }"];
  }
  const set = field.fieldKind === "enum" ? `v !== ${field.enum.values[0].number}` : isSetExpression(field.scalar, "v");
  return [`{ const v = ${read(field, `m.${name}`)}; if (v != null && ${set}) { `, ...write(field, "v", ctx), " } }"];
}

// Consecutive members of one oneof (in field-number order) become one switch; a oneof whose
// members interleave with other fields is split, so the write order stays protobuf-es's.
function oneofLines(fields, ctx) {
  const oneof = fields[0].oneof.localName;
  const lines = [`{ const o = m.${oneof}; switch (o?.case) {`];
  for (const field of fields) {
    lines.push([`  case "${field.localName}": { const v = ${read(field, "o.value")}; `, ...write(field, "v", ctx), " break; }"]);
  }
  lines.push("  default: if (o != null) unset(o);");
  lines.push("} }");
  return lines;
}

/** Prints the exported encoder of `message` into generated file `f`; `fast` holds the type names with encoders. */
export function printEncoder(f, message, fast, wire, MessageInitShape) {
  const ctx = { f, fast, wire };
  const shape = f.importSchema(message, true);
  const sorted = message.fields.concat().sort((a, b) => a.number - b.number);
  f.print("/** Writes the fields of a `", message.typeName, "` (a message or an init object; no tag, no length). */");
  f.print("export function ", encoderName(message), "(w: ", wire.WireWriter, ", m: ", MessageInitShape, "<typeof ", shape, ">): void {");
  f.print("  obj(m);");
  for (let i = 0; i < sorted.length; ) {
    const field = sorted[i];
    if (!field.oneof) {
      f.print("  ", ...fieldLine(field, ctx));
      i++;
      continue;
    }
    let j = i;
    while (j < sorted.length && sorted[j].oneof === field.oneof) j++;
    for (const line of oneofLines(sorted.slice(i, j), ctx)) f.print("  ", ...(Array.isArray(line) ? line : [line]));
    i = j;
  }
  f.print(`  writeUnknown(w, m, "${message.typeName}");`);
  f.print("}");
  f.print();
}
