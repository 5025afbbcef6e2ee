// Prints one request shape: the fields of a type a request can carry, as the client needs them
// without protobuf-es's descriptors (src/protocol/request-shape.ts): to check a request's values
// and name a misfit field's path, and to build the full message from an init object where one is
// shown (interceptors, the debug log). Nested types are getters, so types may refer to each other
// and a bundle keeps only the shapes of the requests it sends.
import { ScalarType } from "@bufbuild/protobuf";
import { localId } from "./names.mjs";

/** The exported constant of a message's shape. */
export function shapeName(message) {
  return `shape_${localId(message)}`;
}

function fieldShape(field, fast) {
  const parts = [`localName: "${field.localName}"`];
  const kind = field.fieldKind === "list" ? field.listKind : field.fieldKind;
  parts.push(`fieldKind: "${field.fieldKind}"`);
  if (kind === "scalar") {
    if (field.longAsString) throw new Error(`${field}: 64-bit fields as strings are not supported`);
    parts.push(`scalar: ${field.scalar} /* ${ScalarType[field.scalar]} */`);
  } else if (kind === "enum") parts.push(`enum: "${field.enum.typeName}"`);
  else {
    if (!fast.has(field.message.typeName)) throw new Error(`${field}: ${field.message.typeName} has no shape`);
    parts.push(`get message() { return ${shapeName(field.message)}; }`);
  }
  if (field.oneof) parts.push(`oneof: "${field.oneof.localName}"`);
  else if (field.fieldKind !== "list" && field.fieldKind !== "message" && field.presence !== 2) parts.push("optional: true");
  return `{ ${parts.join(", ")} }`;
}

/** Prints the shape of `message` into generated file `f`; `fast` holds the type names with shapes. */
export function printShape(f, message, fast, RequestShape) {
  f.print("export const ", shapeName(message), ": ", RequestShape, " = {");
  f.print(`  typeName: "${message.typeName}",`);
  f.print("  fields: [");
  for (const field of message.fields) f.print("    ", fieldShape(field, fast), ",");
  f.print("  ],");
  f.print("};");
  f.print();
}
