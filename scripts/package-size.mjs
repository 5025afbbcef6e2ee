#!/usr/bin/env node
// `npm run size:package`: what `npm install osmium-chat` puts on a user's disk, as `npm pack
// --dry-run --json` reports it (run `npm run build` first). Prints the packed and unpacked size,
// the file count and the largest files; fails past scripts/package-budget.json, when a forbidden
// file (a source map) is packed, or when two packed declaration files of the same module system
// are identical (the same types shipped twice).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const budget = JSON.parse(readFileSync(join(repo, "scripts/package-budget.json"), "utf8"));
if (!existsSync(join(repo, "dist/index.js"))) {
  console.error("package-size: dist/ is missing: run `npm run build` first");
  process.exit(1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const [pack] = JSON.parse(execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

console.log(`package ${pack.name}@${pack.version}: ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);
for (const file of [...pack.files].sort((a, b) => b.size - a.size).slice(0, 8)) console.log(`  ${kb(file.size).padStart(9)}  ${file.path}`);

const failures = [];
if (pack.unpackedSize > budget.maxUnpackedBytes) {
  failures.push(`unpacked size ${pack.unpackedSize} bytes is over the budget of ${budget.maxUnpackedBytes} (scripts/package-budget.json)`);
}
for (const pattern of budget.forbidden) {
  const matched = pack.files.filter((file) => new RegExp(pattern).test(file.path)).map((file) => file.path);
  if (matched.length > 0) failures.push(`forbidden files (/${pattern}/): ${matched.join(", ")}`);
}
// ESM and CJS each need their own declaration files (.d.ts, .d.cts); within one system, identical
// files are the same types shipped twice.
const seen = new Map();
for (const file of pack.files.filter((f) => /\.d\.c?ts$/.test(f.path))) {
  const system = file.path.endsWith(".d.cts") ? "cjs" : "esm";
  const hash = `${system}:${createHash("sha256").update(readFileSync(join(repo, file.path))).digest("hex")}`;
  if (seen.has(hash)) failures.push(`${file.path} is identical to ${seen.get(hash)}`);
  else seen.set(hash, file.path);
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`package-size: ${failure}`);
  process.exit(1);
}
console.log(`budget: ${pack.unpackedSize} of ${budget.maxUnpackedBytes} bytes unpacked`);
