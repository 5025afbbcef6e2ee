import { readFileSync } from "node:fs";
import { toJson } from "@bufbuild/protobuf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { CommunitiesSchema } from "../../src/proto.js";
import { services } from "../../src/protocol/services.js";
import { type TestServer, createTestServer } from "../../src/testing/index.js";
import { runCli } from "./cli-process.js";

// `osmium-chat call`: the built bin against the reference server over a loopback socket.
let server: TestServer;
let url: string;
let token: string;
let communityId: bigint;
let channelId: bigint;
let ada: OsmiumClient;

beforeAll(async () => {
  server = createTestServer();
  url = await server.listen({ port: 0, host: "127.0.0.1" });
  const created = await server.createUser({ name: "Ada", username: "ada" });
  token = created.token;
  const { community, channels } = server.createCommunity({ owner: created.user.id, name: "Shell Club", channels: [] });
  communityId = community.id;
  channelId = channels[0]!.id;
  ada = new OsmiumClient({ transport: server.transport(), token, reconnect: false });
  await ada.connect();
});

afterAll(async () => {
  await ada.close();
  await server.close();
});

const env = () => ({ OSMIUM_URL: url, OSMIUM_TOKEN: token });
const channelRef = () => ({ chatRef: { channel: { communityId: String(communityId), channelId: String(channelId) } } });

describe("osmium-chat call", () => {
  it("sends a message and prints the result as protobuf JSON, the id a string", async () => {
    const request = JSON.stringify({ ...channelRef(), message: "hi from the shell" });
    const run = await runCli(["call", "messages.sendMessage", request], env());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { messageId: string };
    const chatRef = { ref: { case: "channel" as const, value: { communityId, channelId } } };
    const [sent] = (await ada.messages.getHistory({ chatRef })).messages.filter((m) => m.message === "hi from the shell");
    expect(printed).toEqual({ messageId: String(sent!.messageId) });
  });

  it("reads the request from standard input and prints exactly what the client receives", async () => {
    const run = await runCli(["call", "communities.getCommunities"], env(), "{}\n");
    expect(run.code).toBe(0);
    const expected = toJson(CommunitiesSchema, await ada.communities.getCommunities({}));
    expect(JSON.parse(run.stdout)).toEqual(expected);
    expect((expected as { communities: { id: string; name: string }[] }).communities[0]).toMatchObject({ id: String(communityId), name: "Shell Club" });
  });

  it("prints {} for a method without a result", async () => {
    const run = await runCli(["call", "chats.setTyping", JSON.stringify({ ...channelRef(), typing: true })], env());
    expect(run).toEqual({ code: 0, stdout: "{}\n", stderr: "" });
  });

  it("exits 1 on an RpcError, with its code and message on standard error (or as JSON with --json)", async () => {
    const request = JSON.stringify({ chatRef: { channel: { communityId: "1", channelId: "2" } }, message: "hi" });
    const run = await runCli(["call", "messages.sendMessage", request], env());
    expect(run).toEqual({ code: 1, stdout: "", stderr: "osmium-chat call: messages.sendMessage failed: 404 chat_ref: no community 1\n" });
    const json = await runCli(["call", "messages.sendMessage", request, "--json"], env());
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        kind: "rpc_error",
        exitCode: 1,
        message: "messages.sendMessage failed: 404 chat_ref: no community 1",
        errorCode: 404,
        errorMessage: "chat_ref: no community 1",
        method: "messages.sendMessage",
      },
    });
  });

  it("exits 2 for a mistyped method, suggesting the nearest ones", async () => {
    const run = await runCli(["call", "messages.sendMesage", "{}"], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "osmium-chat call: unknown method messages.sendMesage (did you mean messages.sendMessage, messages.editMessage, messages.deleteMessage?); `osmium-chat call --list` lists them all\n",
    );
    const bare = await runCli(["call", "getHistory", "--json"], env());
    expect(bare.code).toBe(2);
    expect(JSON.parse(bare.stderr).error).toMatchObject({ kind: "usage", method: "getHistory", suggestions: ["messages.getHistory"] });
  });

  it("exits 2 for a request that does not fit, naming the field by its path", async () => {
    const cases: [object | string, string][] = [
      [{ chatRef: { channel: { communityId: "x", channelId: "2" } } }, "request field chatRef.channel.communityId: expected bigint (uint64): x out of range"],
      [{ chatRef: { channel: { communityId: "1", chanelId: "2" } } }, "request field chatRef.channel.chanelId: is not a field of osmium.client.refs.ChannelRef (did you mean channelId?)"],
      [{ chatRef: { user: { userId: "1" }, self: {} } }, "request field chatRef: oneof set multiple times by user and self"],
      [{ entities: [{ bold: true }, { startIndex: "a" }] }, 'request field entities[1].startIndex: expected number (uint32), got "a"'],
      [{ message: 5 }, "request field message: expected string, got 5"],
      ['{"message":', "the request is not JSON: Unexpected end of JSON input"],
      ["[]", "the request: expected an object (osmium.client.messages.SendMessage), got an array"],
      [{ chatRef: { user: "1" } }, 'request field chatRef.user: expected an object (osmium.client.refs.UserRef), got string "1"'],
    ];
    for (const [request, message] of cases) {
      const text = typeof request === "string" ? request : JSON.stringify(request);
      const run = await runCli(["call", "messages.sendMessage", text], env());
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: `osmium-chat call: ${message}\n` });
    }
    const json = await runCli(["call", "messages.sendMessage", "--json"], env(), '{"chatRef":{"group":{"groupId":true}}}');
    expect(JSON.parse(json.stderr).error).toMatchObject({ kind: "usage", exitCode: 2, field: "chatRef.group.groupId", type: "osmium.client.messages.SendMessage" });
  });

  it("exits 2 for bad usage: no method, an unknown flag, a stray argument, a bad --timeout or --url", async () => {
    const runs = await Promise.all([
      runCli(["call"], env()),
      runCli(["call", "communities.getCommunities", "--jsno"], env()),
      runCli(["call", "communities.getCommunities", "{}", "{}"], env()),
      runCli(["call", "communities.getCommunities", "--timeout", "soon"], env()),
      runCli(["call", "communities.getCommunities", "--url", "http://127.0.0.1:1"], env()),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs.map((r) => r.stderr)).toEqual([
      "osmium-chat call: which method? osmium-chat call <namespace.method> [request-json]; --list lists them\n",
      "osmium-chat call: unknown flag --jsno (did you mean --json?)\n",
      "osmium-chat call: unexpected argument {}: the request is one JSON argument (quote it)\n",
      "osmium-chat call: --timeout must be a positive number of milliseconds, got soon\n",
      "osmium-chat call: --url must be a ws:// or wss:// URL, got http://127.0.0.1:1\n",
    ]);
  });

  it("exits 4 when the server refuses the token, 3 when it cannot be reached", async () => {
    const refused = await runCli(["call", "communities.getCommunities"], { OSMIUM_URL: url, OSMIUM_TOKEN: "not-a-token" });
    expect(refused).toEqual({ code: 4, stdout: "", stderr: "osmium-chat call: the server refused the token: 401 token is invalid or its session was revoked\n" });
    // A port that was just listening and is now closed: nothing answers there.
    const gone = createTestServer();
    const goneUrl = await gone.listen({ port: 0, host: "127.0.0.1" });
    await gone.close();
    const unreachable = await runCli(["call", "communities.getCommunities", "--json"], { OSMIUM_URL: goneUrl });
    expect(unreachable.code).toBe(3);
    expect(JSON.parse(unreachable.stderr).error).toMatchObject({ kind: "connection", exitCode: 3, code: "connect_failed" });
    expect(JSON.parse(unreachable.stderr).error.message).toMatch(new RegExp(`^could not connect to ${goneUrl}: `));
  });

  it("accepts --token and --url on the command line, warning that the token lands in shell history", async () => {
    const run = await runCli(["call", "communities.getCommunities", "--url", url, "--token", token, "{}"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).communities[0].name).toBe("Shell Club");
    expect(run.stderr).toBe(
      "osmium-chat: warning: a token passed with --token lands in your shell history and shows in the process list; set OSMIUM_TOKEN instead\n",
    );
  });

  it("--list prints every method of the protocol with its doc comment", async () => {
    const run = await runCli(["call", "--list"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const expected = Object.entries(services).flatMap(([namespace, service]) => service.methods.map((m) => `${namespace}.${m.localName}`));
    expect(expected).toHaveLength(95);
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(expected);
    // Each doc is the comment above the rpc in its proto file, read here straight from proto/.
    for (const line of lines) {
      const [, namespace, method, doc] = /^(\w+)\.(\w+) {2,}(\S.*)$/.exec(line) ?? [];
      const proto = readFileSync(new URL(`../../proto/osmium/sdk/${namespace}.proto`, import.meta.url), "utf8");
      const rpcName = method!.charAt(0).toUpperCase() + method!.slice(1);
      const comment = new RegExp(`// (.*)\\n\\s*rpc ${rpcName}\\(`).exec(proto)?.[1];
      expect(doc, line).toBe(comment);
    }
    expect(lines).toContain("messages.sendMessage                    Sends a message to a chat; answered with the new message's id.");
  });

  it("--describe shows the request's fields by JSON name, the ids among them, and the result type", async () => {
    const run = await runCli(["call", "messages.getHistory", "--describe"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "messages.getHistory: Fetches a page of a chat's messages (since, before or around a message).",
        "",
        "request osmium.client.messages.GetHistory (JSON names; 64-bit integers, ids among them, are JSON strings)",
        "  chatRef            ChatRef",
        "    oneof ref        set one of:",
        "      user           UserRef",
        "        userId       fixed64 (id)     Snowflake id of the user.",
        "      channel        ChannelRef",
        "        communityId  fixed64 (id)",
        "        channelId    fixed64 (id)",
        "      group          GroupRef",
        "        groupId      fixed64 (id)     Snowflake id of the group chat (a Chat id).",
        "      self           RefSelf",
        "  limit              optional uint32  Maximum number of messages (default 50). With `around` it is split between older and newer.",
        "  oneof offset       set one of:      Where the page starts; set at most one.",
        "    since            fixed64 (id)     Messages after this id (exclusive), oldest first.",
        "    before           fixed64 (id)     Messages before this id (exclusive), newest first.",
        "    around           fixed64 (id)     Messages on both sides of this id.",
        "",
        "result osmium.client.messages.Messages",
        "  messages   repeated Message",
        "  users      repeated User",
        "  members    repeated CommunityMember   Community member records of the authors (for channel messages).",
        "  reactions  repeated MessageReactions",
        "",
      ].join("\n"),
    );
    const empty = await runCli(["call", "chats.setTyping", "--describe"]);
    expect(empty.stdout).toContain("\nresult google.protobuf.Empty (printed as {})\n");
    expect(empty.stdout).toMatch(/\n {2}action +optional enum TypingAction {2}Optional kind of activity.*\n +values: TYPING \| UPLOAD_IMAGE \| /);
  });

  it("prints its usage on --help, and osmium-chat --help lists the commands and exit statuses", async () => {
    const call = await runCli(["call", "--help"]);
    expect(call.code).toBe(0);
    expect(call.stdout).toMatch(/^Usage: osmium-chat call <namespace\.method> \[request-json \| -\] \[options\]\n/);
    const main = await runCli(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^Usage: osmium-chat <command> \[options\]\n\nCommands:\n {2}serve .*\n {2}call .*\n {2}watch .*\n/);
    expect(main.stdout).toContain("  4  the server refused the token");
  });
});
