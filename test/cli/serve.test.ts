import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { parseServeArgs } from "../../src/cli/args.js";

// `osmium-chat serve`, as a user runs it: the built bin in a child process, spoken to over WebSocket.
const cli = new URL("../../dist/cli.js", import.meta.url).pathname;
const children: ChildProcess[] = [];
const clients: OsmiumClient[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `osmium-chat serve` and resolves with its printed lines once it listens. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; out: string }> {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does)");
  const child = spawn(process.execPath, [cli, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 10 s:\n${out}`)), 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (ws:\/\/\S+)/.exec(out)?.[1];
      // The last line printed is the bot's token (fresh state) or the state file (restored).
      if (url && /Echo Bot token \w+\n|state loaded from .*\n/.test(out)) {
        clearTimeout(timer);
        resolve({ child, url, out });
      }
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", resolve));

describe("osmium-chat serve", () => {
  it("parses its flags and names a bad one", () => {
    expect(parseServeArgs(["--port", "0", "--state", "s.json"])).toEqual({ port: 0, host: "127.0.0.1", statePath: "s.json" });
    expect(() => parseServeArgs(["--port", "x"])).toThrow("--port must be 0-65535, got x");
    expect(() => parseServeArgs(["--nope"])).toThrow("unknown argument --nope");
    expect(() => parseServeArgs(["--state"])).toThrow("--state needs a value");
  });

  it("prints its usage on --help (exit 0) and refuses an unknown command (exit 2)", async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
        child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
        child.once("exit", (code) => resolve({ code, stdout, stderr }));
      });
    const help = await run(["serve", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: osmium-chat serve \[--port 8080\]/);
    const unknown = await run(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown command frobnicate/);
  });

  it("seeds two users and a community, answers calls, and keeps state (files too) across restarts with --state, written 0600", async () => {
    const dir = mkdtempSync(join(tmpdir(), "osmium-serve-"));
    dirs.push(dir);
    const state = join(dir, "state.json");
    const first = await serve(["--port", "0", "--state", state]);
    const token = /user\s+Ada .* token ([0-9a-f]{64})/.exec(first.out)?.[1] ?? "";
    expect(token, first.out).toHaveLength(64);
    expect(first.out).toMatch(/bot\s+Echo Bot token [0-9a-f]{64}/);

    const ada = new OsmiumClient({ url: first.url, token, reconnect: false });
    clients.push(ada);
    expect((await ada.connect()).user?.name).toBe("Ada");
    const [community] = (await ada.communities.getCommunities({})).communities;
    expect(community?.name).toBe("Osmium Demo");
    const channels = (await ada.communities.getChannels({ communityId: community!.id })).channels;
    expect(channels.map((c) => c.name)).toEqual(["general", "random"]);
    const chatRef = { ref: { case: "channel" as const, value: { communityId: community!.id, channelId: channels[0]!.id } } };
    const file = Uint8Array.from({ length: 4096 }, (_, i) => i % 256);
    await ada.media.uploadFilePart({ uploadId: 1n, part: 0, data: file });
    const media = [{ ref: { case: "uploaded" as const, value: { file: { id: 1n, name: "f.bin", partCount: 1 }, mimetype: "application/octet-stream" } } }];
    await ada.messages.sendMessage({ chatRef, message: "still here after a restart?", media });
    await ada.close();

    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);
    expect(JSON.parse(readFileSync(state, "utf8")).version).toBe(1);
    // It holds session tokens and password hashes: only its owner may read it.
    expect(statSync(state).mode & 0o777).toBe(0o600);
    expect(statSync(`${state}.blobs`).mode & 0o777).toBe(0o700);
    expect(readdirSync(`${state}.blobs`)).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(["state.json", "state.json.blobs"]);

    const second = await serve(["--port", "0", "--state", state]);
    expect(second.out).toContain(`state loaded from ${state}`);
    const again = new OsmiumClient({ url: second.url, token, reconnect: false });
    clients.push(again);
    await again.connect();
    const history = await again.messages.getHistory({ chatRef });
    expect(history.messages.map((m) => m.message)).toEqual(["still here after a restart?"]);
    const attached = history.messages[0]?.media[0]?.media;
    const fileId = attached?.case === "file" ? (attached.value.file?.fileId ?? 0n) : 0n;
    const { data } = await again.media.downloadFilePart({ fileRef: { ref: { case: "mediaFile", value: { fileId } } }, offset: 0n, length: 8192 });
    expect(data).toEqual(file);
  });
});
