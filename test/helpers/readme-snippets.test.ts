// The snippets of docs/helpers.md, run as written (Connect-ES runs its README the same way). Each
// `#region` below is copied verbatim into the document; the last test checks that the document
// and these regions are the same code, so neither can drift. Each snippet runs against the
// reference server with `client` (a connected bot with the cache on), `general` and `message`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  ChatRefs,
  type OsmiumClient,
  PendingMessages,
  PermissionFlags,
  Permissions,
  bold,
  chatRefKey,
  code,
  compareIds,
  computePermissions,
  fmt,
  parseMarkdown,
  sortIds,
  toHtml,
  toMarkdown,
} from "../../src/index.js";
import { nextEvent } from "./support/events.js";
import { connectUser, patternBytes, startServer } from "./support/world.js";

let logged: unknown[][] = [];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => vi.restoreAllMocks());

/** A community with a bot (`client`, cache on) and Bob, and a message from Bob as the bot received it. */
async function setup() {
  const server = startServer();
  const bot = await connectUser(server, "Weather Bot", { cache: true });
  const bob = await connectUser(server, "Bob");
  const { community, channels } = server.createCommunity({ owner: bob.id, name: "Club", members: [bot.id] });
  const communityId = community.id;
  const channelId = channels[0]?.id ?? 0n;
  const arrived = nextEvent(bot.client, "messageCreated");
  await bob.client.messages.sendMessage({ chatRef: ChatRefs.channel(communityId, channelId), message: "hello bot" });
  const message = (await arrived).message;
  if (!message) throw new Error("no message");
  const client: OsmiumClient = bot.client;
  return { server, client, bob, myId: bot.id, communityId, channelId, general: ChatRefs.channel(communityId, channelId), message };
}

describe("docs/helpers.md", () => {
  it("refs and ids", async () => {
    const { communityId, channelId, message } = await setup();
    // #region refs
    const general = ChatRefs.channel(communityId, channelId); // ids as bigint or decimal string
    const lastSeen = new Map<string, bigint>(); // refs are objects: key maps by chatRefKey
    lastSeen.set(chatRefKey(general), message.messageId);
    console.log(sortIds(["30", 10n, "20"]), compareIds("10", 9n)); // [10n, 20n, 30n] 1
    // #endregion
    expect(lastSeen.get(`channel:${communityId}:${channelId}`)).toBe(message.messageId);
    expect(logged).toEqual([[[10n, 20n, 30n], 1]]);
  });

  it("formatting", async () => {
    const { client, general, bob } = await setup();
    const seen = nextEvent(bob.client, "messageCreated", (u) => u.message?.message.startsWith("Release") === true);
    // #region formatting
    await client.send(general, fmt`Deploy ${bold("passed")} in ${code("12 s")} 🎉`);
    const notes = parseMarkdown("**Release** notes: _see_ [the log](https://ci.example/42)");
    await client.send(general, notes);
    console.log(toMarkdown(notes)); // **Release** notes: _see_ [the log](https://ci.example/42)
    console.log(toHtml(notes)); // <b>Release</b> notes: <i>see</i> <a href="https://ci.example/42">the log</a>
    // #endregion
    expect((await seen).message?.entities.map((e) => e.entity.case)).toEqual(["bold", "italic", "textUrl"]);
    expect(logged).toEqual([["**Release** notes: _see_ [the log](https://ci.example/42)"], ['<b>Release</b> notes: <i>see</i> <a href="https://ci.example/42">the log</a>']]);
  });

  it("permissions", async () => {
    const { client, general, communityId, channelId, myId } = await setup();
    // #region permissions
    const { roles, defaultPermissions } = await client.communities.getRoles({ communityId });
    const { members } = await client.communities.getMembers({ communityId, memberIds: [myId] });
    const { overrides } = await client.communities.getChannelOverrides({ communityId, channelId });
    const perms = computePermissions({ defaultPermissions, roles, memberRoleIds: members[0]?.roleIds ?? [], overrides });
    if (Permissions.has(perms, PermissionFlags.SEND_MESSAGES)) await client.send(general, "I may speak here");
    console.log(Permissions.names(perms)); // e.g. ["VIEW_CHANNEL", "SEND_MESSAGES", ...]
    // #endregion
    expect(logged[0]?.[0]).toEqual(expect.arrayContaining(["VIEW_CHANNEL", "SEND_MESSAGES"]));
    expect((await client.messages.getHistory({ chatRef: general, limit: 1 })).messages[0]?.message).toBe("I may speak here");
  });

  it("media", async () => {
    const { client, general } = await setup();
    const pngBytes = patternBytes(300_000);
    // #region media
    const photo = new File([pngBytes], "chart.png", { type: "image/png" }); // or a Uint8Array, or chunks
    const media = await client.media.upload(photo, {
      width: 640,
      height: 480,
      onProgress: ({ transferredBytes, totalBytes }) => console.log(`${transferredBytes}/${totalBytes} bytes`),
    });
    await client.send(general, "today's chart", { media: [media] });

    // Downloading an attachment: whole, or as chunks in order with bounded memory.
    const { messages } = await client.messages.getHistory({ chatRef: general, limit: 1 });
    const attachment = messages[0]?.media[0]?.media;
    if (attachment?.case === "file" && attachment.value.file) {
      const bytes = await client.media.download(attachment.value.file);
      const chunks: Uint8Array[] = [];
      for await (const chunk of client.media.downloadStream(attachment.value.file, { partSize: 64 * 1024 })) chunks.push(chunk);
      console.log(bytes.byteLength, chunks.length); // 300000 5
    }
    // #endregion
    // One 512 KiB part (the default part size) holds the whole file.
    expect(logged).toEqual([["300000/300000 bytes"], [300000, 5]]);
  });

  it("pagination", async () => {
    const { client, general, message, communityId, bob } = await setup();
    for (let i = 1; i <= 3; i++) await bob.client.messages.sendMessage({ chatRef: general, message: `deploy ${i}` });
    // #region pagination
    const recent: string[] = [];
    for await (const m of client.messages.iterHistory(general)) {
      recent.push(m.message); // newest first, fetched 50 at a time
      if (recent.length === 200) break; // breaking out stops the fetching
    }
    const controller = new AbortController(); // or stop it from elsewhere
    for await (const m of client.messages.iterHistory(general, { direction: "forward", from: message.messageId, signal: controller.signal })) {
      console.log(m.message); // deploy 1, deploy 2, deploy 3: oldest first, after `message`
    }
    for await (const hit of client.messages.iterSearch(general, "deploy")) console.log(hit.messageId);
    for await (const { member, user } of client.communities.iterMembers(communityId)) console.log(member.nickname ?? user?.name);
    // Also: client.chats.iterChats(), client.discovery.iterCommunities().
    // #endregion
    expect(recent).toEqual(["deploy 3", "deploy 2", "deploy 1", "hello bot"]);
    expect(logged.slice(0, 3)).toEqual([["deploy 1"], ["deploy 2"], ["deploy 3"]]);
    expect(logged.slice(3, 6).map(([id]) => typeof id)).toEqual(["bigint", "bigint", "bigint"]);
    expect(logged.slice(6).map(([name]) => name).sort()).toEqual(["Bob", "Weather Bot"]);
  });

  it("message actions and typing", async () => {
    const { client, bob, general } = await setup();
    const lookUpForecast = async (city: string) => `sunny in ${city}`;
    // #region actions
    client.on("messageCreated", async ({ message }) => {
      if (!message?.chatRef || !message.message.startsWith("!weather ")) return;
      await client.react(message, "👀");
      const forecast = await client.typing(message.chatRef, () => lookUpForecast(message.message.slice(9)));
      await client.reply(message, fmt`${bold("Forecast:")} ${forecast}`, { quote: true });
    });
    // Also: client.edit(message, text), client.delete(message), client.unreact(message, "👀"),
    // client.pin(message), client.forward(message, ChatRefs.self()), client.markRead(message).
    // #endregion
    const typing: boolean[] = [];
    bob.client.on("chatTyping", (t) => typing.push(t.typing));
    const answered = nextEvent(bob.client, "messageCreated", (u) => u.message?.reply !== undefined);
    await bob.client.messages.sendMessage({ chatRef: general, message: "!weather Paris" });
    const reply = (await answered).message;
    expect(reply?.message).toBe("Forecast: sunny in Paris");
    expect(reply?.reply?.quote?.message).toBe("!weather Paris");
    expect(typing).toEqual([true, false]);
    const reactions = (await bob.client.messages.getHistory({ chatRef: general, limit: 2 })).reactions;
    expect(reactions.flatMap((r) => r.reactionFields.map((f) => f.emoji?.emoji.value))).toEqual(["👀"]);
  });

  it("local echo", async () => {
    const { client, general } = await setup();
    // #region local-echo
    const outbox = new PendingMessages(client, {
      onConfirmed: (pending, { message }) => console.log(`"${pending.message}" arrived as ${message?.messageId}`),
    });
    const sending = outbox.send(general, "on my way"); // shown at once, matched by its client_id
    console.log(outbox.list(general).map((p) => `${p.message} (${p.status})`)); // ["on my way (sending)"]
    const { clientId, messageId } = await sending;
    // Without the list: client.send() returns the clientId at once, the ids once sent.
    const quick = client.send(general, "hi");
    console.log(typeof quick.clientId, (await quick).messageId > messageId); // bigint true
    // #endregion
    expect(clientId).toBe(sending.clientId);
    expect(logged).toEqual([[["on my way (sending)"]], [`"on my way" arrived as ${messageId}`], ["bigint", true]]);
    outbox.close();
  });

  it("state cache", async () => {
    const { client, bob, general, communityId } = await setup();
    // #region cache
    // new OsmiumClient({ token, cache: true }), or { cache: { maxEntries: 5_000 } }: results and
    // updates then keep users, communities, channels, roles, members and conversations current.
    client.on("messageCreated", ({ message }) => {
      if (message?.chatRef?.ref.case !== "channel") return;
      const { communityId, channelId } = message.chatRef.ref.value;
      const author = client.cache.member(communityId, message.authorId)?.nickname ?? client.cache.user(message.authorId)?.name;
      console.log(`#${client.cache.channel(communityId, channelId)?.name} <${author}> ${message.message}`);
    });
    await client.communities.getChannels({ communityId }); // learns the channel names
    // #endregion
    const seen = nextEvent(client, "messageCreated");
    await bob.client.messages.sendMessage({ chatRef: general, message: "hi all" });
    await seen;
    expect(logged).toEqual([["#general <Bob> hi all"]]);
  });

  it("is the code of docs/helpers.md, block for block", () => {
    const source = readFileSync(fileURLToPath(import.meta.url), "utf8");
    const regions = [...source.matchAll(/^( *)\/\/ #region (\S+)\n([\s\S]*?)^ *\/\/ #endregion$/gm)].map(([, indent = "", , body = ""]) =>
      body
        .split("\n")
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join("\n")
        .trimEnd(),
    );
    const doc = readFileSync(fileURLToPath(new URL("../../docs/helpers.md", import.meta.url)), "utf8");
    const blocks = [...doc.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, body = ""]) => body.trimEnd());
    expect(regions).toHaveLength(8);
    expect(blocks).toEqual(regions);
  });
});
