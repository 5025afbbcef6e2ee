// The reference for decoding strings that are not valid UTF-8: protobuf-es's own fromBinary() with a
// text decoder that substitutes U+FFFD instead of throwing (what the generated decoders do, and what
// fromBinary() does for a field without UTF-8 validation). Test-only: it swaps protobuf-es's text
// encoding for the one synchronous call and puts the original back.
import { type DescMessage, type MessageShape, fromBinary } from "@bufbuild/protobuf";
import { configureTextEncoding, getTextEncoding } from "@bufbuild/protobuf/wire";

/** fromBinary(), but a string that is not valid UTF-8 is decoded with U+FFFD. */
export function fromBinaryLenient<Desc extends DescMessage>(schema: Desc, bytes: Uint8Array): MessageShape<Desc> {
  const strict = getTextEncoding();
  configureTextEncoding({ ...strict, decodeUtf8: (data: Uint8Array) => strict.decodeUtf8(data, false) });
  try {
    return fromBinary(schema, bytes);
  } finally {
    configureTextEncoding(strict);
  }
}

/** fromBinary()'s verdict on `bytes`: the message, with whether only the lenient read took it; or its error. */
export function reference<Desc extends DescMessage>(
  schema: Desc,
  bytes: Uint8Array,
): { kind: "message"; message: MessageShape<Desc>; invalidUtf8: boolean } | { kind: "error"; message: string } {
  try {
    return { kind: "message", message: fromBinary(schema, bytes), invalidUtf8: false };
  } catch (strictError) {
    try {
      return { kind: "message", message: fromBinaryLenient(schema, bytes), invalidUtf8: true };
    } catch {
      return { kind: "error", message: (strictError as Error).message };
    }
  }
}
