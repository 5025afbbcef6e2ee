import type { ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { type TestServer, createTestServer } from "../../src/testing/index.js";
import { Output, runCli, spawnCli } from "./cli-process.js";

// `osmium-chat watch`: the built bin against the reference server over a loopback socket; another
// client (Bob, in process) makes the updates.
let server: TestServer;
let url: string;
let adaToken: string;
let adaId: bigint;
let bob: OsmiumClient;
let chatRef: { ref: { case: "channel"; value: { communityId: bigint; channelId: bigint } } };
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = createTestServer();
  url = await server.listen({ port: 0, host: "127.0.0.1" });
  const ada = await server.createUser({ name: "Ada", username: "ada" });
  const bobUser = await server.createUser({ name: "Bob", username: "bob" });
  adaToken = ada.token;
  adaId = ada.user.id;
  const { community, channels } = server.createCommunity({ owner: ada.user.id, name: "Watchers", members: [bobUser.user.id] });
  chatRef = { ref: { case: "channel", value: { communityId: community.id, channelId: channels[0]!.id } } };
  // Bob reconnects too when a test drops every connection; his calls wait for it.
  bob = new OsmiumClient({ transport: server.transport(), token: bobUser.token, reconnect: { initialDelayMs: 10 } });
  await bob.connect();
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

afterAll(async () => {
  await bob.close();
  await server.close();
});

/** Starts `osmium-chat watch ...args` as Ada and waits until it says it is connected. */
async function watch(args: string[]): Promise<Output> {
  const child = spawnCli(["watch", ...args], { OSMIUM_URL: url, OSMIUM_TOKEN: adaToken });
  children.push(child);
  const output = new Output(child);
  await output.waitFor("stderr", /connected as Ada|"event":"connected"/);
  return output;
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe("osmium-chat watch", () => {
  it("prints another client's message as one JSON line, and exits 0 on SIGINT", async () => {
    const output = await watch([]);
    expect(output.stderr).toBe(`osmium-chat watch: connected as Ada (user ${adaId})\n`);
    await bob.chats.setTyping({ chatRef, typing: true });
    const { messageId } = await bob.messages.sendMessage({ chatRef, message: "hello, watcher" });
    await output.waitFor("stdout", /"messageCreated".*\n/);

    const [typing, created] = lines(output.stdout).map((line) => JSON.parse(line));
    expect(typing.chatTyping).toMatchObject({ typing: true, chatRef: { channel: { communityId: String(chatRef.ref.value.communityId) } } });
    expect(created.messageCreated.message).toMatchObject({ messageId: String(messageId), message: "hello, watcher" });
    expect(Object.keys(created)).toEqual(["messageCreated"]);

    output.child.kill("SIGINT");
    expect(await output.exited()).toBe(0);
    expect(lines(output.stdout)).toHaveLength(2);
    expect(output.stderr).toBe(`osmium-chat watch: connected as Ada (user ${adaId})\nosmium-chat watch: closed\n`);
  });

  it("--filter keeps the named update cases only", async () => {
    const output = await watch(["--filter", "messageCreated"]);
    await bob.chats.setTyping({ chatRef, typing: true });
    await bob.messages.sendMessage({ chatRef, message: "only this" });
    await output.waitFor("stdout", /\n/);
    output.child.kill("SIGTERM");
    expect(await output.exited()).toBe(0);
    // The typing update came first on the same connection: had it passed the filter, it would be line 1.
    const printed = lines(output.stdout).map((line) => JSON.parse(line));
    expect(printed.map((u) => Object.keys(u)[0])).toEqual(["messageCreated"]);
    expect(printed[0].messageCreated.message.message).toBe("only this");
  });

  it("reconnects after the server drops it, reporting the lifecycle on standard error (JSON with --json)", async () => {
    const output = await watch(["--json"]);
    server.dropConnections(1012, "restarting");
    await output.waitFor("stderr", /"event":"resync"/);
    await bob.messages.sendMessage({ chatRef, message: "after the drop" });
    await output.waitFor("stdout", /after the drop.*\n/);
    output.child.kill("SIGINT");
    expect(await output.exited()).toBe(0);
    const events = lines(output.stderr).map((line) => JSON.parse(line));
    expect(events.map((e) => e.event)).toEqual(["connected", "disconnected", "reconnecting", "connected", "resync", "closed"]);
    expect(events[0]).toEqual({ event: "connected", userId: String(adaId), name: "Ada" });
    expect(events[1]).toEqual({ event: "disconnected", code: 1012, reason: "restarting" });
    expect(events[2]).toMatchObject({ event: "reconnecting", attempt: 1 });
    expect(events[4]).toEqual({ event: "resync", attempts: 1 });
  });

  it("exits 2 for an unknown update case (suggesting the nearest), 4 for a refused token, 3 for a server that is not there", async () => {
    const bad = await runCli(["watch", "--filter", "messageCreated,chatTypin"], { OSMIUM_URL: url, OSMIUM_TOKEN: adaToken });
    expect(bad).toEqual({ code: 2, stdout: "", stderr: "osmium-chat watch: --filter: unknown update case chatTypin (did you mean chatTyping?)\n" });
    const refused = await runCli(["watch"], { OSMIUM_URL: url, OSMIUM_TOKEN: "not-a-token" });
    expect(refused).toEqual({ code: 4, stdout: "", stderr: "osmium-chat watch: the server refused the token: 401 token is invalid or its session was revoked\n" });
    // A port that was just listening and is now closed: the first connect fails at once.
    const gone = createTestServer();
    const goneUrl = await gone.listen({ port: 0, host: "127.0.0.1" });
    await gone.close();
    const unreachable = await runCli(["watch"], { OSMIUM_URL: goneUrl });
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toMatch(new RegExp(`^osmium-chat watch: could not connect to ${goneUrl}: .+\n$`));
    const help = await runCli(["watch", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: osmium-chat watch \[--filter case,case\] \[options\]\n/);
  });
});
