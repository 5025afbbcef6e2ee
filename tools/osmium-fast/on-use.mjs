// Oneof cases decoded on use (`decode_on_use=<message>.<oneof>`, `decode_always=<message>.<field>`):
// the decoder of such a oneof reads a message case only once something has passed that case's
// `CaseDecoder` to `useCase()`; until then the case is an unknown field, as protobuf keeps a field
// its reader does not know. A bundle then keeps the decoders of the cases an app uses: the client
// uses the result case of each RPC it calls, and no other (src/connection/connection.ts).
import { decoderName, localId } from "./names.mjs";

/** The on-use oneofs of the options: full oneof name → the names of the fields always decoded. */
export function onUseOneofs(options) {
  const always = new Set(options.decodeAlways);
  return { oneofs: new Set(options.decodeOnUse), always };
}

/** True when `field` is a message case its oneof decodes on use only. */
export function decodedOnUse(field, onUse) {
  if (!field.oneof || field.fieldKind !== "message") return false;
  const oneof = `${field.parent.typeName}.${field.oneof.name}`;
  return onUse.oneofs.has(oneof) && !onUse.always.has(`${field.parent.typeName}.${field.name}`);
}

/** The table of an on-use oneof's used cases, by field number. */
export function tableName(message, oneof) {
  return `onUse_${localId(message)}_${oneof.localName}`;
}

/** The exported `CaseDecoder` of one case. */
export function caseDecoderName(field) {
  return `case_${localId(field.parent)}_${field.oneof.localName}_${field.localName}`;
}

/** The `default:` branch of a decoder with on-use cases: a used case is read, anything else kept unknown. */
export function printOnUseDefault(f, message, oneof, wire) {
  const shape = f.importShape(message);
  f.print("      default: {");
  f.print(`        const d = ${tableName(message, oneof)}[t >>> 3];`);
  f.print("        if (d !== undefined) {");
  f.print(`          m.${oneof.localName} = { case: d.case, value: d.decode(r, `, wire.read("Uint32"), `(r), depth + 1, m.${oneof.localName}.case === d.case ? m.${oneof.localName}.value : undefined) } as `, shape, `["${oneof.localName}"];`);
  f.print("          break;");
  f.print("        }");
  f.print("        u = readUnknown(r, t, depth, u);");
  f.print("      }");
}

/** The tables, the `CaseDecoder` of every on-use case, `useCase()`, and the list of them all. */
export function printOnUse(f, plan, onUse, wire, Message, schema) {
  const cases = [];
  for (const message of plan.decode) {
    for (const field of message.fields) if (decodedOnUse(field, onUse)) cases.push(field);
  }
  if (cases.length === 0) return;
  f.print("/** One case of a oneof decoded on use: its field number, name and decoder, and its oneof's table (see `useCase`). */");
  f.print("export interface CaseDecoder {");
  f.print("  /** The used cases of the case's oneof, by field number. */");
  f.print("  readonly table: (CaseDecoder | undefined)[];");
  f.print("  /** The case's field number. */");
  f.print("  readonly field: number;");
  f.print("  /** The case's name (the oneof's `case`). */");
  f.print("  readonly case: string;");
  f.print("  /** The decoder of the case's message type. */");
  f.print("  readonly decode: { bivariant(r: ", wire.WireReader, ", length: number, depth: number, target: ", Message, " | undefined): ", Message, " }[\"bivariant\"];");
  f.print("}");
  f.print();
  const tables = new Set();
  for (const field of cases) {
    const table = tableName(field.parent, field.oneof);
    if (tables.has(table)) continue;
    tables.add(table);
    f.print(`/** The used cases of \`${field.parent.typeName}.${field.oneof.name}\`, by field number (a case's \`table\` says which oneof it is of). */`);
    f.print(`export const ${table}: (CaseDecoder | undefined)[] = [];`);
  }
  f.print();
  f.print("/** Makes the oneof of `c` decode its case from now on (in every decoder of the process). */");
  f.print("export function useCase(c: CaseDecoder): void {");
  f.print("  c.table[c.field] ??= c;");
  f.print("}");
  f.print();
  for (const field of cases) {
    f.print(`/** The \`${field.parent.typeName}.${field.oneof.name}\` case \`${field.localName}\` (field ${field.number}), for \`useCase\`. */`);
    f.print(`export const ${caseDecoderName(field)}: CaseDecoder = { table: ${tableName(field.parent, field.oneof)}, field: ${field.number}, case: "${field.localName}", decode: ${decoderName(field.message)} };`);
  }
  f.print();
  const byOneof = new Map();
  for (const field of cases) {
    const name = tableName(field.parent, field.oneof).replace(/^onUse_/, "cases_");
    if (!byOneof.has(name)) byOneof.set(name, { field, members: [] });
    byOneof.get(name).members.push(field);
  }
  for (const [name, { field, members }] of byOneof) {
    f.print(`/** Every case of \`${field.parent.typeName}.${field.oneof.name}\` decoded on use (a client that may receive any uses them all). */`);
    f.print(`export const ${name}: readonly CaseDecoder[] = [`);
    for (const member of members) f.print(`  ${caseDecoderName(member)},`);
    f.print("];");
    f.print();
  }
  // Named one by one: a spread would iterate, and keep every case in every bundle.
  f.print("/** Every case decoded on use (for tools and tests). */");
  f.print("export const onUseCases: readonly CaseDecoder[] = [");
  for (const field of cases) f.print(`  ${caseDecoderName(field)},`);
  f.print("];");
  f.print();
  printCaseExports(schema, cases);
}

// gen/osmium/update_cases.ts: the update cases under their own names, for `osmium-chat/updates`.
const UPDATE_ONEOF = "osmium.client.updates.Update.update";

function printCaseExports(schema, cases) {
  const updates = cases.filter((field) => `${field.parent.typeName}.${field.oneof.name}` === UPDATE_ONEOF);
  if (updates.length === 0) return;
  const f = schema.generateFile("osmium/update_cases.ts");
  f.print("// @generated by protoc-gen-osmium-fast v1 (tools/protoc-gen-osmium-fast.mjs); do not edit.");
  f.print("// Every `Update` case, by its event name, for `new BaseClient({ updates: [messageCreated] })`: a");
  f.print("// client decodes the cases it is given, and a bundle keeps those decoders alone.");
  f.print("/* eslint-disable */");
  f.print();
  for (const field of updates) {
    const decoder = f.import(caseDecoderName(field), "./osmium/fast_codec.js");
    const type = f.import("UpdateCaseDecoder", "../src/update-case.js", true);
    f.print(`/** The \`${field.localName}\` update (\`Update.${field.name}\`): pass it in a client's \`updates\` option to receive its event. */`);
    f.print("export const ", field.localName, ": ", type, "<\"", field.localName, "\"> = ", decoder, " as ", type, "<\"", field.localName, "\">;");
  }
}
