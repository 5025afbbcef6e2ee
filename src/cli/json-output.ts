// What `call` and `watch` print: protobuf JSON (the canonical mapping, so 64-bit integers are
// strings and bytes are base64), which a script can feed back to `call` as it is.
import { type DescMessage, type Message, create, toJson } from "@bufbuild/protobuf";
import { EmptySchema } from "@bufbuild/protobuf/wkt";

/**
 * A message as protobuf JSON text; `undefined` (a method answering google.protobuf.Empty) is `{}`.
 * `indent` 0 gives one line.
 */
export function messageJson(schema: DescMessage, message: Message | undefined, indent = 0): string {
  const value = message === undefined ? toJson(EmptySchema, create(EmptySchema)) : toJson(schema, message);
  return JSON.stringify(value, null, indent);
}
