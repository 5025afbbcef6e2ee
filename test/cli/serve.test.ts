import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ChatRefs, type FormattedText, OsmiumClient, parseMarkdown } from "../../src/index.js";
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
      // The last line printed is the bot's.
      if (url && /^bot .*\n/m.test(out)) {
        clearTimeout(timer);
        resolve({ child, url, out });
      }
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", resolve));

/** Runs the CLI to its end with `args` (and Node flags before the script); resolves with its exit code and output. */
function runCli(args: string[], nodeFlags: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeFlags, cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The tokens `serve` printed for Ada and the echo bot. */
function tokensOf(out: string): { ada: string; bot: string } {
  return { ada: /user\s+Ada .* token ([0-9a-f]{64})/.exec(out)?.[1] ?? "", bot: /bot\s+Echo Bot token ([0-9a-f]{64})/.exec(out)?.[1] ?? "" };
}

/** Connects Ada and sends `content` to `chatRef`; resolves with the bot's answer (the first message it authors there). */
async function askBot(url: string, tokens: { ada: string; bot: string }, chatRef: (botId: bigint) => ReturnType<typeof ChatRefs.user>, content: FormattedText) {
  const bot = new OsmiumClient({ url, token: tokens.bot, reconnect: false });
  clients.push(bot);
  const botId = (await bot.connect()).user!.id;
  await bot.close();
  const ada = new OsmiumClient({ url, token: tokens.ada, reconnect: false });
  clients.push(ada);
  await ada.connect();
  const answer = new Promise<FormattedText>((resolve) =>
    ada.on("messageCreated", ({ message }) => {
      if (message?.authorId === botId) resolve({ message: message.message, entities: message.entities });
    }),
  );
  await ada.messages.sendMessage({ chatRef: chatRef(botId), ...content });
  return answer;
}

describe("osmium-chat serve", () => {
  it("parses its flags and names a bad one", () => {
    expect(parseServeArgs(["--port", "0", "--state", "s.json"])).toEqual({ port: 0, host: "127.0.0.1", statePath: "s.json" });
    expect(() => parseServeArgs(["--port", "x"])).toThrow("--port must be 0-65535, got x");
    expect(() => parseServeArgs(["--nope"])).toThrow("unknown argument --nope");
    expect(() => parseServeArgs(["--state"])).toThrow("--state needs a value");
  });

  it("prints its usage on --help (exit 0) and refuses an unknown command (exit 2)", async () => {
    const run = (args: string[]) => runCli(args);
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

  it("prints the package's version on --version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(await runCli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("names a bad flag's value with the usage text (exit 2)", async () => {
    const result = await runCli(["serve", "--port", "70000"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^osmium-chat serve: --port must be 0-65535, got 70000\n\nUsage: osmium-chat serve/);
  });

  it("refuses a runtime without Web Crypto in one line naming it (exit 1), not with usage text", async () => {
    // Node 18 has no global `crypto`; deleting it before the CLI loads makes this Node look the same.
    const result = await runCli(["serve", "--port", "0"], ["--import", "data:text/javascript,delete globalThis.crypto"]);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `osmium-chat serve: osmium-chat/testing needs globalThis.crypto.getRandomValues (Web Crypto), which Node ${process.versions.node} lacks: use Node 20 or newer, Bun, Deno or a browser\n`,
    });
  });

  it("fails in one line (exit 1) when its port is taken", async () => {
    const first = await serve(["--port", "0"]);
    const port = new URL(first.url).port;
    const result = await runCli(["serve", "--port", port]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`osmium-chat serve: listen EADDRINUSE: address already in use 127.0.0.1:${port}\n`);
  });

  it("runs the seeded Echo Bot: it answers a direct message with the same text and `!echo` in a channel", async () => {
    const { url, out } = await serve(["--port", "0"]);
    const tokens = tokensOf(out);
    expect(out).toContain(`bot   Echo Bot token ${tokens.bot} (echobot@example.com / password123); answers direct messages and !echo <text> with the same text`);
    expect(await askBot(url, tokens, (botId) => ChatRefs.user(botId), parseMarkdown("hello **bot**"))).toEqual(parseMarkdown("hello **bot**"));

    const ada = new OsmiumClient({ url, token: tokens.ada, reconnect: false });
    clients.push(ada);
    await ada.connect();
    const [community] = (await ada.communities.getCommunities({})).communities;
    const [general] = (await ada.communities.getChannels({ communityId: community!.id })).channels;
    const inGeneral = () => ChatRefs.channel(community!.id, general!.id);
    expect(await askBot(url, tokens, inGeneral, parseMarkdown("!echo _twice_ over"))).toEqual(parseMarkdown("_twice_ over"));
  });

  it("signs the Echo Bot in again after a restart with --state, and it still answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "osmium-serve-"));
    dirs.push(dir);
    const state = join(dir, "state.json");
    const first = await serve(["--port", "0", "--state", state]);
    const ada = tokensOf(first.out).ada;
    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);

    const second = await serve(["--port", "0", "--state", state]);
    const bot = tokensOf(second.out).bot;
    expect(bot).toHaveLength(64);
    expect(await askBot(second.url, { ada, bot }, (botId) => ChatRefs.user(botId), parseMarkdown("still there?"))).toEqual(parseMarkdown("still there?"));
  });
});
