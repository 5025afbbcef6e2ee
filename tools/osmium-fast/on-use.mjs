// Oneof cases decoded on use (`decode_on_use=<message>.<oneof>`, `decode_always=<message>.<field>`):
// the decoder of such a oneof reads a message case only once something has passed that case's
// `CaseDecoder` to `useCase()`; until then the case is an unknown field, as protobuf keeps a field
// its reader does not know. A bundle then keeps the decoders of the cases an app uses: the client
// uses the result case of each RPC it calls, and no other (src/connection/connection.ts).
import { decoderName, localId } from "./names.mjs";

/** The options' on-use oneofs and always-decoded fields, as sets of full names (`<type>.<oneof>`, `<type>.<field>`). */
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

/**
 * Prints the tables, the `CaseDecoder` of every on-use case, `useCase()`, and the lists of them
 * (per oneof, and all); returns the on-use case fields.
 */
export function printOnUse(f, plan, onUse, wire, Message) {
  // The on-use cases, by their oneof's table.
  const byTable = new Map();
  for (const message of plan.decode) {
    for (const field of message.fields) {
      if (!decodedOnUse(field, onUse)) continue;
      const table = tableName(field.parent, field.oneof);
      if (!byTable.has(table)) byTable.set(table, []);
      byTable.get(table).push(field);
    }
  }
  const cases = [...byTable.values()].flat();
  if (cases.length === 0) return cases;
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
  const oneofName = (field) => `${field.parent.typeName}.${field.oneof.name}`;
  for (const [table, [field]] of byTable) {
    f.print(`/** The used cases of \`${oneofName(field)}\`, by field number (a case's \`table\` says which oneof it is of). */`);
    f.print(`export const ${table}: (CaseDecoder | undefined)[] = [];`);
  }
  f.print();
  f.print("/** Makes the oneof of `c` decode its case from now on (in every decoder of the process). */");
  f.print("export function useCase(c: CaseDecoder): void {");
  f.print("  c.table[c.field] ??= c;");
  f.print("}");
  f.print();
  for (const field of cases) {
    f.print(`/** The \`${oneofName(field)}\` case \`${field.localName}\` (field ${field.number}), for \`useCase\`. */`);
    f.print(`export const ${caseDecoderName(field)}: CaseDecoder = { table: ${tableName(field.parent, field.oneof)}, field: ${field.number}, case: "${field.localName}", decode: ${decoderName(field.message)} };`);
  }
  f.print();
  // Named one by one: a spread would iterate, and keep every case in every bundle.
  const printList = (name, fields) => {
    f.print(`export const ${name}: readonly CaseDecoder[] = [`);
    for (const field of fields) f.print(`  ${caseDecoderName(field)},`);
    f.print("];");
    f.print();
  };
  for (const [table, fields] of byTable) {
    f.print(`/** Every case of \`${oneofName(fields[0])}\` decoded on use (a client that may receive any uses them all). */`);
    printList(table.replace(/^onUse_/, "cases_"), fields);
  }
  f.print("/** Every case decoded on use (for tools and tests). */");
  printList("onUseCases", cases);
  return cases;
}
