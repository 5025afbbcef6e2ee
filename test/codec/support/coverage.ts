// Which parts of a message the generated decoders handle: a message of a type without a decoder,
// anywhere inside, sends the whole frame down the reflective path, so the tests know when the fast
// path must have been taken.
import type { Message } from "@bufbuild/protobuf";

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" && value !== null && typeof (value as { $typeName?: unknown }).$typeName === "string";

/** The first nested message (or `message` itself) whose type is not in `decoded`, if any. */
export function messageOf(message: Message, decoded: ReadonlySet<string>): Message | undefined {
  if (!decoded.has(message.$typeName)) return message;
  for (const [key, value] of Object.entries(message)) {
    if (key === "$typeName" || key === "$unknown") continue;
    const oneofValue = typeof value === "object" && value !== null ? (value as { value?: unknown }).value : undefined;
    const children: unknown[] = Array.isArray(value) ? value : isMessage(value) ? [value] : isMessage(oneofValue) ? [oneofValue] : [];
    for (const child of children) {
      if (!isMessage(child)) continue;
      const found = messageOf(child, decoded);
      if (found) return found;
    }
  }
  return undefined;
}
