// `call --list` and `call <method> --describe`: the methods and their request fields, read from the
// descriptors, with the doc comments of the protocol files.
import { type DescEnum, type DescField, type DescMessage, ScalarType } from "@bufbuild/protobuf";
import { protocolDocs } from "../../gen/osmium/docs.js";
import type { RpcMethod } from "../protocol/rpc-descriptors.js";
import { allMethods, displayName, methodDoc } from "./methods.js";

const sixtyFourBit = new Set<ScalarType>([ScalarType.INT64, ScalarType.UINT64, ScalarType.SINT64, ScalarType.FIXED64, ScalarType.SFIXED64]);

/** One line of a field table: indented name, type, doc. */
interface Row {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
}

/** Lays rows out in aligned columns. */
function table(rows: readonly Row[]): string[] {
  const nameWidth = Math.max(0, ...rows.map((r) => r.name.length));
  const typeWidth = Math.max(0, ...rows.map((r) => r.type.length));
  return rows.map((r) => `${r.name.padEnd(nameWidth)}  ${r.doc === "" ? r.type : `${r.type.padEnd(typeWidth)}  ${r.doc}`}`.trimEnd());
}

/** `--list`: one line per method, `namespace.method  doc`. */
export function listMethods(): string {
  const rows = allMethods().map((rpc) => [displayName(rpc), methodDoc(rpc)] as const);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, doc]) => `${name.padEnd(width)}  ${doc}`.trimEnd()).join("\n");
}

const shortName = (typeName: string): string => typeName.slice(typeName.lastIndexOf(".") + 1);
const fieldDoc = (field: DescField): string => protocolDocs.get(`${field.parent.typeName}.${field.name}`) ?? "";

/**
 * True for a 64-bit integer that holds an id: named `id`, `*_id` or `*_ids`, or documented as an id
 * (`GetHistory.since` is "Messages after this id"). Timestamps and bit sets are 64-bit too, not ids.
 */
function isId(field: DescField): boolean {
  return /(^|_)ids?$/.test(field.name) || /\bids?\b/i.test(fieldDoc(field));
}

function scalarType(field: DescField, scalar: ScalarType): string {
  const name = ScalarType[scalar].toLowerCase();
  if (!sixtyFourBit.has(scalar)) return name;
  return isId(field) ? `${name} (id)` : name;
}

function enumValues(desc: DescEnum): string {
  return desc.values.map((v) => v.name).join(" | ");
}

/** The type column of a field: `repeated fixed64 (id)`, `optional string`, `ChatRef`, ... */
function typeOf(field: DescField): string {
  const optional = field.proto.proto3Optional ? "optional " : "";
  const deprecated = field.deprecated ? " (deprecated)" : "";
  switch (field.fieldKind) {
    case "scalar":
      return `${optional}${scalarType(field, field.scalar)}${deprecated}`;
    case "enum":
      return `${optional}enum ${shortName(field.enum.typeName)}${deprecated}`;
    case "message":
      return `${optional}${shortName(field.message.typeName)}${deprecated}`;
    case "list": {
      const item =
        field.listKind === "scalar" ? scalarType(field, field.scalar) : field.listKind === "enum" ? `enum ${shortName(field.enum.typeName)}` : shortName(field.message.typeName);
      return `repeated ${item}${deprecated}`;
    }
    case "map": {
      const value =
        field.mapKind === "scalar" ? ScalarType[field.scalar].toLowerCase() : field.mapKind === "enum" ? shortName(field.enum.typeName) : shortName(field.message.typeName);
      return `map<${ScalarType[field.mapKey].toLowerCase()}, ${value}>${deprecated}`;
    }
  }
}

const nestedMessage = (field: DescField): DescMessage | undefined =>
  field.fieldKind === "message" || (field.fieldKind === "list" && field.listKind === "message") || (field.fieldKind === "map" && field.mapKind === "message")
    ? field.message
    : undefined;

const nestedEnum = (field: DescField): DescEnum | undefined =>
  field.fieldKind === "enum" || (field.fieldKind === "list" && field.listKind === "enum") || (field.fieldKind === "map" && field.mapKind === "enum") ? field.enum : undefined;

/**
 * The rows of `schema`'s fields by JSON name, message fields expanded beneath them while `depth`
 * allows; a type already being expanded above is not expanded again (recursive messages).
 */
function fieldRows(schema: DescMessage, depth: number, indent: string, ancestors: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const seenOneofs = new Set<string>();
  const fieldRow = (field: DescField, pad: string) => {
    rows.push({ name: `${pad}${field.jsonName}`, type: typeOf(field), doc: fieldDoc(field) });
    const values = nestedEnum(field);
    // In the doc column, so a long list of values does not widen the type column.
    if (values) rows.push({ name: "", type: "", doc: `values: ${enumValues(values)}` });
    const message = nestedMessage(field);
    if (message === undefined || depth <= 1 || message.typeName.startsWith("google.protobuf.")) return;
    if (ancestors.has(message.typeName)) return;
    rows.push(...fieldRows(message, depth - 1, `${pad}  `, new Set([...ancestors, message.typeName])));
  };
  for (const field of schema.fields) {
    // A oneof is listed once, where its first member is, with its members beneath it.
    const oneof = field.oneof;
    if (oneof === undefined) {
      fieldRow(field, indent);
      continue;
    }
    if (seenOneofs.has(oneof.name)) continue;
    seenOneofs.add(oneof.name);
    rows.push({ name: `${indent}oneof ${oneof.name}`, type: "set one of:", doc: protocolDocs.get(`${schema.typeName}.${oneof.name}`) ?? "" });
    for (const member of oneof.fields) fieldRow(member, `${indent}  `);
  }
  return rows;
}

// Deep enough for every request of the protocol; results show their top level only.
const REQUEST_DEPTH = 8;
const RESULT_DEPTH = 1;

/** `--describe`: the method's doc, its request fields (expanded), and its result type with its fields. */
export function describeMethod(rpc: RpcMethod): string {
  const { input, output } = rpc.method;
  const lines = [`${displayName(rpc)}: ${methodDoc(rpc)}`.trimEnd(), ""];
  lines.push(`request ${input.typeName} (JSON names; 64-bit integers, ids among them, are JSON strings)`);
  const requestRows = fieldRows(input, REQUEST_DEPTH, "  ", new Set([input.typeName]));
  lines.push(...(requestRows.length === 0 ? ["  (no fields)"] : table(requestRows)));
  lines.push("");
  if (output.typeName === "google.protobuf.Empty") {
    lines.push("result google.protobuf.Empty (printed as {})");
  } else {
    lines.push(`result ${output.typeName}`);
    lines.push(...table(fieldRows(output, RESULT_DEPTH, "  ", new Set([output.typeName]))));
  }
  return lines.join("\n");
}
