import { readFileSync } from "node:fs";

/** The installed package's version, from its package.json (next to dist/, where this file is bundled to). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
