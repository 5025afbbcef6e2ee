// examples/bot as a bot author has it: a project of its own that depends on osmium-chat. It is
// copied into a fresh folder whose node_modules links the built package (dist/, through its exports
// map, as `npm install osmium-chat` would provide it) and the repository's vitest and typescript;
// then its own tests run, it builds with tsc, and `npm start` (node dist/main.js) answers a user
// and stops on SIGINT.
import { spawn, execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { ChildOutput } from "./support/lines.js";

const run = promisify(execFile);
const repo = new URL("../../", import.meta.url).pathname;
const example = join(repo, "examples/bot");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, string>>;

describe("examples/bot, as its own project against the built package", () => {
  let dir = "";

  beforeAll(() => {
    if (!existsSync(join(repo, "dist/bot/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
    dir = mkdtempSync(join(tmpdir(), "osmium-bot-example-"));
    cpSync(example, dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(repo, join(dir, "node_modules/osmium-chat"), "dir");
    for (const name of ["vitest", "typescript", "@types"]) symlinkSync(join(repo, "node_modules", name), join(dir, "node_modules", name), "dir");
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("depends on this package and on the versions of vitest, typescript and @types/node the repository uses", () => {
    const project = readJson(join(example, "package.json"));
    const ours = readJson(join(repo, "package.json"));
    expect(project.dependencies).toEqual({ "osmium-chat": `^${ours.version as unknown as string}` });
    expect(project.devDependencies).toEqual({
      "@types/node": ours.devDependencies?.["@types/node"],
      typescript: ours.devDependencies?.typescript,
      vitest: ours.devDependencies?.vitest,
    });
  });

  it("passes its own tests (npm test)", async () => {
    const report = join(dir, "report.json");
    const vitest = join(repo, "node_modules/vitest/vitest.mjs");
    await run(process.execPath, [vitest, "run", "--reporter=json", `--outputFile=${report}`], { cwd: dir, timeout: 60_000, env: { ...process.env, CI: "" } }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`the example's tests failed:\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
      },
    );
    const result = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; testResults: Array<{ assertionResults: Array<{ title: string; status: string }> }> };
    expect(result.numFailedTests).toBe(0);
    expect(result.testResults.flatMap((file) => file.assertionResults.map((a) => [a.title, a.status]))).toEqual([
      ["answers !ping with pong, then edits in the round-trip time", "passed"],
      ["echoes text with its formatting", "passed"],
      ["tells users who they are, in a channel too", "passed"],
      ["names unknown commands, and only answers mentions in channels", "passed"],
      ["logs each command once it is handled", "passed"],
    ]);
  }, 90_000);

  it("builds with tsc (npm run build), runs (npm start), answers, and exits 0 on SIGINT", async () => {
    await run(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: dir, timeout: 60_000 }).catch(
      (error: { stdout?: string }) => {
        throw new Error(`tsc failed on the example:\n${error.stdout ?? ""}`);
      },
    );
    const server = createTestServer();
    const url = await server.listen({ port: 0 });
    const botUser = await server.createUser({ name: "Echo Bot", username: "echobot", bot: true });
    const ada = await server.createUser({ name: "Ada" });
    const child = spawn(process.execPath, ["dist/main.js"], { cwd: dir, env: { ...process.env, OSMIUM_URL: url, OSMIUM_TOKEN: botUser.token }, stdio: ["ignore", "pipe", "pipe"] });
    const output = new ChildOutput(child);
    const human = new OsmiumClient({ url, token: ada.token });
    try {
      expect(await output.line(/^echo bot: connected/)).toBe(`echo bot: connected as Echo Bot (${botUser.user.id})`);
      await human.connect();
      const pong = new Promise<string>((resolve) => {
        human.on("messageCreated", ({ message }) => {
          if (message?.authorId === botUser.user.id) resolve(message.message);
        });
      });
      await human.messages.sendMessage({ chatRef: { ref: { case: "user", value: { userId: botUser.user.id } } }, message: "!ping" });
      expect(await pong).toBe("pong");
      await output.line(/^bot: !ping handled in \d+ ms$/);
      child.kill("SIGINT");
      expect(await output.exit()).toEqual({ code: 0, signal: null, killed: false });
      expect(output.stdout.trimEnd().split("\n").at(-1)).toBe("echo bot: stopped");
      expect(output.stderr).toBe("");
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await human.close();
      await server.close();
    }
  }, 90_000);
});
