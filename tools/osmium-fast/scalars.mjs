// Per scalar type: the runtime's read and write functions (src/wire/, named after the BinaryReader
// and BinaryWriter methods protobuf-es itself calls), the wire type it writes, and the zero check
// of implicit presence (to-binary.js compileSingularField).
import { ScalarType } from "@bufbuild/protobuf";

const METHOD = {
  [ScalarType.DOUBLE]: "double",
  [ScalarType.FLOAT]: "float",
  [ScalarType.INT64]: "int64",
  [ScalarType.UINT64]: "uint64",
  [ScalarType.INT32]: "int32",
  [ScalarType.FIXED64]: "fixed64",
  [ScalarType.FIXED32]: "fixed32",
  [ScalarType.BOOL]: "bool",
  [ScalarType.STRING]: "string",
  [ScalarType.BYTES]: "bytes",
  [ScalarType.UINT32]: "uint32",
  [ScalarType.SFIXED32]: "sfixed32",
  [ScalarType.SFIXED64]: "sfixed64",
  [ScalarType.SINT32]: "sint32",
  [ScalarType.SINT64]: "sint64",
};

/** The type part of a scalar type's read and write functions (`Uint32`: readUint32, writeUint32; enums are Int32). */
export function scalarFunction(scalar) {
  const method = METHOD[scalar];
  return method[0].toUpperCase() + method.slice(1);
}

/** The wire type a scalar is written with. */
export function wireTypeOf(scalar) {
  switch (scalar) {
    case ScalarType.BYTES:
    case ScalarType.STRING:
      return 2;
    case ScalarType.DOUBLE:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return 1;
    case ScalarType.FIXED32:
    case ScalarType.SFIXED32:
    case ScalarType.FLOAT:
      return 5;
    default:
      return 0;
  }
}

/** True for 64-bit integer types (read as bigint, or as string with `jstype = JS_STRING`). */
export function is64Bit(scalar) {
  return [ScalarType.INT64, ScalarType.UINT64, ScalarType.FIXED64, ScalarType.SFIXED64, ScalarType.SINT64].includes(scalar);
}

/** True for the signed 64-bit integer types. */
export function isSigned64(scalar) {
  return scalar === ScalarType.INT64 || scalar === ScalarType.SINT64 || scalar === ScalarType.SFIXED64;
}

/** Whether a list of this scalar type may be packed (everything but strings and bytes). */
export function packable(scalar) {
  return scalar !== ScalarType.STRING && scalar !== ScalarType.BYTES;
}

/** The expression that is true when implicit-presence value `v` is set (not its zero value). */
export function isSetExpression(scalar, v) {
  switch (scalar) {
    case ScalarType.BOOL:
      return `${v} !== false`;
    case ScalarType.STRING:
      return `${v} !== ""`;
    case ScalarType.BYTES:
      return `(!(${v} instanceof Uint8Array) || ${v}.byteLength > 0)`;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT:
      return `!Object.is(${v}, 0)`;
    default:
      // Loose comparison, as protobuf-es: it matches 0n, 0 and "0".
      return `(${v} as unknown) != 0`;
  }
}

/** The zero value of an implicit-presence scalar, as protobuf-es `create()` sets it. */
export function zeroExpression(field) {
  const scalar = field.scalar;
  if (scalar === ScalarType.BOOL) return "false";
  if (scalar === ScalarType.STRING) return '""';
  if (scalar === ScalarType.BYTES) return "new Uint8Array(0)";
  if (is64Bit(scalar)) return field.longAsString ? '"0"' : "0n";
  return "0";
}
