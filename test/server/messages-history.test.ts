import { describe, expect, it } from "vitest";
import type { TestServer } from "../../src/testing/index.js";
import { dmWith, guild, settle } from "./messages-fixture.js";
import { expectRpcError, startServer, user } from "./support/harness.js";

/** Ada and Bob with `count` DM messages "m0", "m1", ... (Ada writes them); returns the ids, oldest first. */
async function chatWith(server: TestServer, count: number) {
  const ada = await user(server, "Ada");
  const bob = await user(server, "Bob");
  const ids: bigint[] = [];
  for (let i = 0; i < count; i++) ids.push((await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: `m${i}` })).messageId);
  return { ada, bob, ids };
}

describe("messages.getHistory", () => {
  it("without an offset returns the latest page, newest first (default limit 50)", async () => {
    const server = startServer();
    const { bob, ada } = await chatWith(server, 55);
    const page = await bob.peer.call("messagesGetHistory", { chatRef: dmWith(ada.id) });
    expect(page.messages).toHaveLength(50);
    expect(page.messages[0]?.message).toBe("m54");
    expect(page.messages[49]?.message).toBe("m5");
    expect(page.users.map((u) => u.name)).toEqual(["Ada"]);
    expect(page.members).toEqual([]);
    expect(page.messages[0]?.chatRef?.ref).toEqual({ case: "user", value: expect.objectContaining({ userId: ada.id }) });
  });

  it("pages with since (exclusive, oldest first) and before (exclusive, newest first)", async () => {
    const server = startServer();
    const { ada, bob, ids } = await chatWith(server, 10);
    const chatRef = dmWith(bob.id);
    const since = await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "since", value: ids[3] ?? 0n }, limit: 3 });
    expect(since.messages.map((m) => m.message)).toEqual(["m4", "m5", "m6"]);
    const before = await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "before", value: ids[3] ?? 0n }, limit: 5 });
    expect(before.messages.map((m) => m.message)).toEqual(["m2", "m1", "m0"]);
    const fromStart = await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "since", value: 0n }, limit: 2 });
    expect(fromStart.messages.map((m) => m.message)).toEqual(["m0", "m1"]);
    expect((await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "since", value: ids[9] ?? 0n } })).messages).toEqual([]);
  });

  it("around splits the limit: floor(limit/2) older, the message, the rest newer; newest first", async () => {
    const server = startServer();
    const { ada, bob, ids } = await chatWith(server, 20);
    const chatRef = dmWith(bob.id);
    const around = await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "around", value: ids[10] ?? 0n }, limit: 6 });
    expect(around.messages.map((m) => m.message)).toEqual(["m12", "m11", "m10", "m9", "m8", "m7"]);
    const edge = await ada.peer.call("messagesGetHistory", { chatRef, offset: { case: "around", value: ids[1] ?? 0n }, limit: 6 });
    expect(edge.messages.map((m) => m.message)).toEqual(["m3", "m2", "m1", "m0"]);
  });

  it("caps the limit at the server's page size and refuses 0", async () => {
    const server = startServer({ limits: { pageSize: 4 } });
    const { ada, bob } = await chatWith(server, 6);
    expect((await ada.peer.call("messagesGetHistory", { chatRef: dmWith(bob.id), limit: 50 })).messages).toHaveLength(4);
    await expectRpcError(ada.peer.call("messagesGetHistory", { chatRef: dmWith(bob.id), limit: 0 }), 400, /^limit must be at least 1$/);
  });

  it("includes channel members and per-viewer reactions; hides channels from non-viewers", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "react to me" });
    await g.noor.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: { emoji: { case: "unicodeEmoji", value: "👍" } } });
    const page = await g.noor.peer.call("messagesGetHistory", { chatRef: g.general });
    expect(page.members.map((m) => [m.id, m.communityId])).toEqual([[g.mia.id, g.communityId]]);
    expect(page.reactions).toEqual([
      expect.objectContaining({ messageId: sent.messageId, reactionFields: [expect.objectContaining({ count: 1, me: true, previewUserIds: [g.noor.id] })] }),
    ]);
    const miaView = await g.mia.peer.call("messagesGetHistory", { chatRef: g.general });
    expect(miaView.reactions[0]?.reactionFields[0]?.me).toBe(false);
    await expectRpcError(g.outsider.peer.call("messagesGetHistory", { chatRef: g.general }), 404, /^chat_ref: no community/);
  });
});

describe("messages.search", () => {
  it("finds substrings case-insensitively, in the channel or across the community's visible channels", async () => {
    const server = startServer();
    const g = await guild(server);
    const a = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "The Deploy is done" });
    const b = await g.noor.peer.call("messagesSendMessage", { chatRef: g.random, message: "deploying again" });
    await g.noor.peer.call("messagesSendMessage", { chatRef: g.random, message: "unrelated" });

    const scoped = await g.mia.peer.call("messagesSearch", { chatRef: g.general, query: "DEPLOY", scoped: true });
    expect(scoped.messages.map((m) => m.messageId)).toEqual([a.messageId]);
    const wide = await g.mia.peer.call("messagesSearch", { chatRef: g.general, query: "deploy", scoped: false });
    expect(wide.messages.map((m) => m.messageId)).toEqual([b.messageId, a.messageId]);
    expect(wide.messages[0]?.chatRef?.ref).toEqual({ case: "channel", value: expect.objectContaining({ channelId: g.randomId }) });
    expect(wide.users.map((u) => u.name).sort()).toEqual(["Mia", "Noor"]);

    const since = await g.mia.peer.call("messagesSearch", { chatRef: g.general, query: "deploy", offset: { case: "since", value: a.messageId } });
    expect(since.messages.map((m) => m.messageId)).toEqual([b.messageId]);
    const before = await g.mia.peer.call("messagesSearch", { chatRef: g.general, query: "deploy", offset: { case: "before", value: b.messageId } });
    expect(before.messages.map((m) => m.messageId)).toEqual([a.messageId]);

    await expectRpcError(g.mia.peer.call("messagesSearch", { chatRef: g.general, query: "  " }), 400, /^query must not be empty$/);
    await expectRpcError(g.outsider.peer.call("messagesSearch", { chatRef: g.general, query: "deploy" }), 404, /no community/);
  });

  it("searches a DM only within that DM", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "cake for bob" });
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(carol.id), message: "cake for carol" });
    const found = await bob.peer.call("messagesSearch", { chatRef: dmWith(ada.id), query: "Cake" });
    expect(found.messages.map((m) => m.message)).toEqual(["cake for bob"]);
  });
});

describe("messages.setMessagePin / getPinnedMessages", () => {
  it("needs PIN_MESSAGES in channels; lists pins newest first; pushes nothing", async () => {
    const server = startServer();
    const g = await guild(server);
    const one = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "one" });
    const two = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "two" });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer);
    await expectRpcError(
      g.mia.peer.call("messagesSetMessagePin", { chatRef: g.general, messageId: one.messageId, pin: true }),
      403,
      /^pinning messages needs the PIN_MESSAGES permission$/,
    );
    await g.owner.peer.call("messagesSetMessagePin", { chatRef: g.general, messageId: one.messageId, pin: true });
    await g.owner.peer.call("messagesSetMessagePin", { chatRef: g.general, messageId: two.messageId, pin: true });
    const pinned = await g.noor.peer.call("messagesGetPinnedMessages", { chatRef: g.general });
    expect(pinned.messages.map((m) => m.message)).toEqual(["two", "one"]);
    expect(pinned.users.map((u) => u.name)).toEqual(["Mia"]);
    await g.owner.peer.call("messagesSetMessagePin", { chatRef: g.general, messageId: two.messageId, pin: false });
    expect((await g.noor.peer.call("messagesGetPinnedMessages", { chatRef: g.general })).messages.map((m) => m.message)).toEqual(["one"]);
    await expectRpcError(g.owner.peer.call("messagesSetMessagePin", { chatRef: g.general, messageId: 1n, pin: true }), 404, /no message 1 in this chat/);
    await expectRpcError(g.outsider.peer.call("messagesGetPinnedMessages", { chatRef: g.general }), 404, /no community/);
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer]) await p.sync();
    expect([...g.owner.peer.updates, ...g.mia.peer.updates, ...g.noor.peer.updates]).toEqual([]);
  });

  it("lets either side of a DM pin", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const sent = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "address: 1 Main St" });
    await bob.peer.call("messagesSetMessagePin", { chatRef: dmWith(ada.id), messageId: sent.messageId, pin: true });
    expect((await ada.peer.call("messagesGetPinnedMessages", { chatRef: dmWith(bob.id) })).messages.map((m) => m.messageId)).toEqual([sent.messageId]);
  });
});

describe("messages.reportMessage", () => {
  it("accepts a report with a reason about someone else's visible message", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "rude" });
    await settle(g.owner.peer, g.mia.peer);
    await expect(g.noor.peer.call("messagesReportMessage", { chatRef: g.general, messageId: sent.messageId, reason: "spam" })).resolves.toBeUndefined();
    await expectRpcError(g.noor.peer.call("messagesReportMessage", { chatRef: g.general, messageId: sent.messageId, reason: " " }), 400, /^reason must not be empty$/);
    await expectRpcError(g.mia.peer.call("messagesReportMessage", { chatRef: g.general, messageId: sent.messageId, reason: "x" }), 400, /your own message/);
    await expectRpcError(g.noor.peer.call("messagesReportMessage", { chatRef: g.general, messageId: 3n, reason: "x" }), 404, /no message 3/);
    await expectRpcError(g.outsider.peer.call("messagesReportMessage", { chatRef: g.general, messageId: sent.messageId, reason: "x" }), 404, /no community/);
    // Reports are private to the server: the author and moderators get no update.
    await g.owner.peer.sync();
    await g.mia.peer.sync();
    expect([...g.owner.peer.updates, ...g.mia.peer.updates]).toEqual([]);
  });
});

describe("messages.getUnreadMentions", () => {
  it("lists unread mentions oldest first until the chat is read past them", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob", { username: "bob" });
    const mention = { startIndex: 0, length: 4, entity: { case: "username" as const, value: true } };
    const one = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "@bob one", entities: [mention] });
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "plain" });
    const three = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "@bob three", entities: [mention] });
    expect((await bob.peer.call("messagesGetUnreadMentions", { chatRef: dmWith(ada.id) })).messageIds).toEqual([one.messageId, three.messageId]);
    await bob.peer.call("chatsMarkChatRead", { chatRef: dmWith(ada.id), messageId: one.messageId });
    expect((await bob.peer.call("messagesGetUnreadMentions", { chatRef: dmWith(ada.id) })).messageIds).toEqual([three.messageId]);
    expect((await ada.peer.call("messagesGetUnreadMentions", { chatRef: dmWith(bob.id) })).messageIds).toEqual([]);
    await expectRpcError(bob.peer.call("messagesGetUnreadMentions", {}), 400, /chat_ref is required/);
  });
});

describe("messages.getEmbedPreview", () => {
  it("previews the first link offline: the host names and titles it", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const byEntity = await ada.peer.call("messagesGetEmbedPreview", {
      message: "docs: https://www.osmium.chat/guide and https://b.example",
      entities: [{ startIndex: 6, length: 29, entity: { case: "url", value: true } }],
    });
    expect(byEntity).toMatchObject({ url: "https://www.osmium.chat/guide", title: "osmium.chat", websiteName: "osmium.chat" });
    const masked = await ada.peer.call("messagesGetEmbedPreview", {
      message: "click here",
      entities: [{ startIndex: 6, length: 4, entity: { case: "textUrl", value: { url: "http://news.example/a" } } }],
    });
    expect(masked).toMatchObject({ url: "http://news.example/a", title: "news.example" });
    const plain = await ada.peer.call("messagesGetEmbedPreview", { message: "see https://c.example/x?y=1." });
    expect(plain.url).toBe("https://c.example/x?y=1.");
    await expectRpcError(ada.peer.call("messagesGetEmbedPreview", { message: "no links here" }), 400, /^message contains no link to preview$/);
    await expectRpcError(
      ada.peer.call("messagesGetEmbedPreview", { message: "x", entities: [{ startIndex: 0, length: 3, entity: { case: "url", value: true } }] }),
      400,
      /outside the text/,
    );
  });
});
