// A new user's first contact, as the README's Install section tells it: the project is made with
// the section's own shell commands (npm init -y, the stated edits, TypeScript and `tsc --init`),
// with the packed package installed in place of the registry's; then the program of "A first bot",
// taken from README.md as written, compiles and runs with the command the README gives, and the
// CommonJS example runs from a .cjs file.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packInto, repo, run } from "./consumer-project.js";

const readme = readFileSync(join(repo, "README.md"), "utf8");

/** The body of the first ```lang block of the section under `heading`. */
function block(heading: string, lang: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no "${heading}" section`);
  const end = readme.indexOf("\n## ", start + heading.length + 2);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const code = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(section)?.[1];
  if (code === undefined) throw new Error(`README.md's "${heading}" section has no \`\`\`${lang} block`);
  return code;
}

const setup = block("## Install", "sh");
const firstProgram = block("## A first bot", "ts");
const commonJs = block("## Install", "js");
/** What the README says to run once `first.ts` is saved. */
const compileAndRun = /then `(npx tsc && node first\.js)`/.exec(readme)?.[1];

let root = "";
let project = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "osmium-readme-"));
  const tarball = await packInto(root);
  // The README's commands as written, except that `npm install osmium-chat` takes the packed tarball.
  expect(setup).toContain("npm install osmium-chat\n");
  const script = `set -e\n${setup.replace("npm install osmium-chat\n", `npm install ${JSON.stringify(tarball)}\n`)}`;
  const env = { ...process.env, npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
  await run("sh", ["-c", script], { cwd: root, env });
  project = join(root, /mkdir (\S+) && cd \1/.exec(setup)?.[1] ?? ".");
}, 180_000);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the README's first contact", () => {
  it("makes a project that says it is an ES module, with a nodenext tsconfig", () => {
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { type?: string; dependencies?: Record<string, string> };
    expect(manifest.type).toBe("module");
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(["osmium-chat"]);
    expect(readFileSync(join(project, "tsconfig.json"), "utf8")).toMatch(/"module": "nodenext"/);
  });

  it("compiles and runs the first program as written", async () => {
    expect(compileAndRun).toBe("npx tsc && node first.js");
    await writeFile(join(project, "first.ts"), firstProgram);
    const { stdout } = await run("sh", ["-c", compileAndRun!], { cwd: project });
    expect(stdout).toBe("signed in as Ada\nAda: hello\ntrue\n");
  }, 120_000);

  it("runs the CommonJS example from a .cjs file", async () => {
    await writeFile(join(project, "first.cjs"), commonJs);
    const { stdout } = await run(process.execPath, ["first.cjs"], { cwd: project });
    expect(stdout).toBe("sent\n");
  });
});
