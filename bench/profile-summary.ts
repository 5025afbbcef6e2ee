// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function, highest first, so
// the profile evidence in docs/performance.md can be reproduced with one command.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const dir = process.argv[2] ?? ".tmp/profile";
const top = Number(process.argv[3] ?? 25);
const newest = readdirSync(dir)
  .filter((name) => name.endsWith(".cpuprofile"))
  .map((name) => join(dir, name))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (newest === undefined) throw new Error(`no .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(newest, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[i] ?? 0;
  total += delta;
  if (!node) return;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split("/").slice(-2).join("/");
  const key = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
  selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
});
console.log(`${newest}: ${(total / 1000).toFixed(0)} ms sampled`);
for (const [key, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
