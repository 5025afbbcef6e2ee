// Prints one request shape: the fields of a type a request can carry, as the client needs them
// without protobuf-es's descriptors (src/protocol/request-shape.ts): to check a request's values
// and name a misfit field's path, and to build the full message from an init object where one is
// shown (interceptors, the debug log). Each shape is a call marked pure over a compact list of
// field tuples, read on first use, so types may refer to each other and a bundle keeps only the
// shapes of the requests it sends.
import { ScalarType } from "@bufbuild/protobuf";
import { localId } from "./names.mjs";

/** The exported constant of a message's shape. */
export function shapeName(message) {
  return `shape_${localId(message)}`;
}

// Flags of a field tuple, as `shape()` in the output reads them.
const LIST = 1;
const OPTIONAL = 2;

function fieldTuple(field, fast) {
  const kind = field.fieldKind === "list" ? field.listKind : field.fieldKind;
  let type;
  if (kind === "scalar") {
    if (field.longAsString) throw new Error(`${field}: 64-bit fields as strings are not supported`);
    type = `${field.scalar} /* ${ScalarType[field.scalar]} */`;
  } else if (kind === "enum") type = `"${field.enum.typeName}"`;
  else {
    if (!fast.has(field.message.typeName)) throw new Error(`${field}: ${field.message.typeName} has no shape`);
    type = shapeName(field.message);
  }
  let flags = 0;
  if (field.fieldKind === "list") flags |= LIST;
  else if (!field.oneof && field.fieldKind !== "message" && field.presence !== 2) flags |= OPTIONAL;
  const parts = [`"${field.localName}"`, type];
  if (flags !== 0 || field.oneof) parts.push(String(flags));
  if (field.oneof) parts.push(`"${field.oneof.localName}"`);
  return `[${parts.join(", ")}]`;
}

/** Prints the helper that makes a shape from its field tuples. */
export function printShapeHelper(f, RequestShape, RequestField) {
  f.print("// A field: its name, its value type (a ScalarType number, an enum's type name, or a message's");
  f.print(`// shape), flags (${LIST}: a list, ${OPTIONAL}: explicit presence) and its oneof.`);
  f.print("type Field = readonly [localName: string, type: number | string | ", RequestShape, ", flags?: number, oneof?: string];");
  f.print();
  f.print("function field([localName, type, flags = 0, oneof]: Field): ", RequestField, " {");
  f.print("  const kind = typeof type === \"number\" ? \"scalar\" : typeof type === \"string\" ? \"enum\" : \"message\";");
  f.print("  const made: { -readonly [K in keyof ", RequestField, "]: ", RequestField, "[K] } = { localName, fieldKind: (flags & ", String(LIST), ") !== 0 ? \"list\" : kind };");
  f.print("  if (typeof type === \"number\") made.scalar = type;");
  f.print("  else if (typeof type === \"string\") made.enum = type;");
  f.print("  else made.message = type;");
  f.print("  if (oneof !== undefined) made.oneof = oneof;");
  f.print("  if ((flags & ", String(OPTIONAL), ") !== 0) made.optional = true;");
  f.print("  return made;");
  f.print("}");
  f.print();
  f.print("function shape(typeName: string, fields: () => readonly Field[]): ", RequestShape, " {");
  f.print("  let made: ", RequestField, "[] | undefined;");
  f.print("  return {");
  f.print("    typeName,");
  f.print("    get fields() {");
  f.print("      return (made ??= fields().map(field));");
  f.print("    },");
  f.print("  };");
  f.print("}");
  f.print();
}

/** Prints the shape of `message` into generated file `f`; `fast` holds the type names with shapes. */
export function printShape(f, message, fast, RequestShape) {
  const tuples = message.fields.map((field) => fieldTuple(field, fast));
  f.print("export const ", shapeName(message), ": ", RequestShape, " = /*@__PURE__*/ shape(\"", message.typeName, "\", () => [", tuples.join(", "), "]);");
}
