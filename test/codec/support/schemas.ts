// Every message schema exported by the generated protocol files (gen/osmium/client/*_pb.ts, read
// from the directory so a new file is covered without editing a list), and the closure of the types
// a message can contain: what the generated codecs must cover.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DescMessage } from "@bufbuild/protobuf";

const directory = fileURLToPath(new URL("../../../gen/osmium/client/", import.meta.url));

const isSchema = (value: unknown): value is DescMessage =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "message";

/** The message schemas the generated files export, by type name (nested messages included). */
export const exportedSchemas: ReadonlyMap<string, DescMessage> = new Map(
  (
    await Promise.all(
      readdirSync(directory)
        .filter((name) => name.endsWith("_pb.ts"))
        .sort()
        .map(async (name) => Object.values((await import(pathToFileURL(directory + name).href)) as Record<string, unknown>)),
    )
  )
    .flat()
    .filter(isSchema)
    .map((schema) => [schema.typeName, schema] as const),
);

/** `root` and every message type it can contain, at any depth. */
export function typesWithin(root: DescMessage, into = new Set<string>()): Set<string> {
  if (into.has(root.typeName)) return into;
  into.add(root.typeName);
  for (const field of root.fields) if (field.message) typesWithin(field.message, into);
  return into;
}
