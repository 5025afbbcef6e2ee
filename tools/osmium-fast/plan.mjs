// Which messages get straight-line code. `encode=T` and `decode=T` take T and every message it can
// contain; `encode_contents=T` the same without T itself.
import { ScalarType } from "@bufbuild/protobuf";

const EDITION_PROTO3 = 999;

/** Every message of `files`, by full type name (nested ones included). */
export function messagesByName(files) {
  const byName = new Map();
  const add = (message) => {
    byName.set(message.typeName, message);
    for (const nested of message.nestedMessages) add(nested);
  };
  for (const file of files) for (const message of file.messages) add(message);
  return byName;
}

/** The message type a field holds (singular or list), or undefined for scalars and enums. */
export function messageOf(field) {
  if (field.fieldKind === "message") return field.message;
  if (field.fieldKind === "list" && field.listKind === "message") return field.message;
  return undefined;
}

// The generated code reproduces protobuf-es for proto3 messages; anything else is refused here, at
// build time, rather than approximated at run time.
function assertSupported(message) {
  if (message.file.edition !== EDITION_PROTO3) throw new Error(`${message.typeName}: only proto3 files are supported`);
  if (message.typeName.startsWith("google.protobuf.")) throw new Error(`${message.typeName}: well-known types are not supported`);
  for (const field of message.fields) {
    if (field.fieldKind === "map") throw new Error(`${field}: map fields are not supported`);
    if (field.delimitedEncoding) throw new Error(`${field}: delimited (group) encoding is not supported`);
    if ((field.fieldKind === "enum" || field.listKind === "enum") && !field.enum.open) throw new Error(`${field}: closed enums are not supported`);
    if (field.fieldKind === "scalar" && field.getDefaultValue() !== undefined) throw new Error(`${field}: default values are not supported`);
  }
}

function closure(root, into) {
  if (into.has(root.typeName)) return;
  assertSupported(root);
  into.set(root.typeName, root);
  for (const field of root.fields) {
    const child = messageOf(field);
    if (child) closure(child, into);
  }
}

/** Resolves the plugin options to the sorted lists of messages to encode and decode. */
export function planFastCodec(byName, options) {
  const find = (typeName) => {
    const message = byName.get(typeName);
    if (!message) throw new Error(`no message ${typeName} in the input`);
    return message;
  };
  const encode = new Map();
  const decode = new Map();
  for (const name of options.encode) closure(find(name), encode);
  for (const name of options.encodeContents) {
    for (const field of find(name).fields) {
      const child = messageOf(field);
      if (child) closure(child, encode);
    }
  }
  for (const name of options.decode) closure(find(name), decode);
  const sorted = (map) => [...map.values()].sort((a, b) => (a.typeName < b.typeName ? -1 : 1));
  return { encode: sorted(encode), decode: sorted(decode), encodeSet: new Set(encode.keys()), decodeSet: new Set(decode.keys()) };
}
