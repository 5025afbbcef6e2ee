// Prints one encoder: the same BinaryWriter calls, in the same order, as protobuf-es's compiled
// writer (to-binary.js) makes for that message — fields by number, presence as protobuf-es checks
// it, then unknown fields — but as straight-line code with no closure per field. A field whose
// type has no fast encoder is written with toBinary() (the same bytes: a length and the message).
// The caller falls back to toBinary() of the whole message when an encoder throws, so an invalid
// message fails exactly as it would there.
import { ScalarType } from "@bufbuild/protobuf";
import { encoderName } from "./names.mjs";
import { isSetExpression, scalarMethod, wireTypeOf } from "./scalars.mjs";

const tagOf = (field, wireType) => ((field.number << 3) | wireType) >>> 0;

function scalarOf(field) {
  return field.fieldKind === "enum" || field.listKind === "enum" ? ScalarType.INT32 : field.scalar;
}

function valueWriter(field, v) {
  const scalar = scalarOf(field);
  return [`w.uint32(${tagOf(field, wireTypeOf(scalar))}).${scalarMethod(scalar)}(${v});`];
}

// protobuf-es writes an empty message for an undefined value (`toMessage(undefined)` creates one).
function messageWriter(field, v, ctx) {
  const tag = tagOf(field, 2);
  if (ctx.fast.has(field.message.typeName)) {
    const call = field.fieldKind === "message" && !field.oneof ? `${encoderName(field.message)}(w, ${v});` : `if (${v} !== undefined) ${encoderName(field.message)}(w, ${v});`;
    return [`w.uint32(${tag}).fork(); ${call} w.join();`];
  }
  const schema = ctx.f.importSchema(field.message);
  return [`w.uint32(${tag}).bytes(`, ctx.toBinary, "(", schema, `, ${v} === undefined ? `, ctx.create, "(", schema, `) : ${v}));`];
}

function write(field, v, ctx) {
  return field.fieldKind === "message" || field.listKind === "message" ? messageWriter(field, v, ctx) : valueWriter(field, v);
}

function fieldLine(field, ctx) {
  const name = field.localName;
  if (field.fieldKind === "list") {
    if (field.listKind !== "message" && field.packed) {
      const method = scalarMethod(scalarOf(field));
      return [`{ const l = m.${name}; if (l.length != 0) { w.uint32(${tagOf(field, 2)}).fork(); for (let i = 0; i < l.length; i++) w.${method}(l[i]!); w.join(); } }`];
    }
    return [`{ const l = m.${name}; for (let i = 0; i < l.length; i++) { const v = l[i]!; `, ...write(field, "v", ctx), " } }"];
  }
  if (field.fieldKind === "message" || field.presence !== 2) {
    return [`{ const v = m.${name}; if (v !== undefined && own.call(m, "${name}")) { `, ...write(field, "v", ctx), " } }"];
  }
  const set = field.fieldKind === "enum" ? `v !== ${field.enum.values[0].number}` : isSetExpression(field.scalar, "v");
  return [`{ const v = m.${name}; if (${set}) `, ...write(field, "v", ctx), " }"];
}

// Consecutive members of one oneof (in field-number order) become one switch; a oneof whose
// members interleave with other fields is split, so the write order stays protobuf-es's.
function oneofLines(fields, ctx) {
  const oneof = fields[0].oneof.localName;
  const lines = [`switch (m.${oneof}.case) {`];
  for (const field of fields) {
    lines.push([`  case "${field.localName}": { const v = m.${oneof}.value; `, ...write(field, "v", ctx), " break; }"]);
  }
  lines.push("}");
  return lines;
}

/** Prints the encoder of `message` into generated file `f`; `fast` holds the type names with encoders. */
export function printEncoder(f, message, fast, BinaryWriter, toBinary, create) {
  const ctx = { f, fast, toBinary, create };
  const shape = f.importShape(message);
  const sorted = message.fields.concat().sort((a, b) => a.number - b.number);
  f.print("function ", encoderName(message), "(w: ", BinaryWriter, ", m: ", shape, "): void {");
  // protobuf-es refuses a message of another type (ForeignFieldError) unless it has no fields.
  if (sorted.length > 0) f.print(`  foreign(m, "${message.typeName}");`);
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
  f.print("  writeUnknown(w, m);");
  f.print("}");
  f.print();
}
