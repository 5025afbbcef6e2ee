import { describe, expect, it } from "vitest";
import { ChangeRelationship_RelationshipChangeType } from "../../gen/osmium/client/friends_pb.js";
import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import { dmWith, groupChat, guild, selfChat, settle, upload } from "./messages-fixture.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

const bit = (...flags: CommunityPermission[]) => flags.reduce((all, f) => all | BigInt(f), 0n);

describe("messages.sendMessage", () => {
  it("delivers a DM to both users' sessions, each with the chat addressed from their side", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const ada2 = await connect(server, { token: ada.token });
    const quiet = await connect(server, { token: bob.token, noSubscribe: true });
    const carol = await user(server, "Carol");

    const sent = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi Bob", clientId: 77n });
    for (const p of [ada.peer, ada2, bob.peer, quiet, carol.peer]) await p.sync();

    const [toBob] = bob.peer.received("messageCreated");
    expect(toBob?.message?.messageId).toBe(sent.messageId);
    expect(toBob?.message?.authorId).toBe(ada.id);
    expect(toBob?.message?.message).toBe("hi Bob");
    expect(toBob?.message?.chatRef?.ref).toEqual({ case: "user", value: expect.objectContaining({ userId: ada.id }) });
    expect(toBob?.channelUnreadCount).toBe(1);
    expect(toBob?.author?.name).toBe("Ada");
    // client_id is the sender's nonce: echoed to the sender's sessions only.
    expect(toBob?.clientId).toBeUndefined();

    for (const mine of [ada.peer, ada2]) {
      const [created] = mine.received("messageCreated");
      expect(created?.message?.chatRef?.ref).toEqual({ case: "user", value: expect.objectContaining({ userId: bob.id }) });
      expect(created?.clientId).toBe(77n);
      expect(created?.channelUnreadCount).toBe(0);
    }
    expect(quiet.updates).toEqual([]);
    expect(carol.peer.updates).toEqual([]);
  });

  it("writes to the self chat, seen only by the user", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await ada.peer.call("messagesSendMessage", { chatRef: selfChat, message: "note to self" });
    await bob.peer.sync();
    await ada.peer.sync();
    expect(ada.peer.received("messageCreated")[0]?.message?.chatRef?.ref.case).toBe("self");
    expect(bob.peer.updates).toEqual([]);
    // Addressing yourself by user id is the same chat.
    const history = await ada.peer.call("messagesGetHistory", { chatRef: dmWith(ada.id) });
    expect(history.messages.map((m) => m.message)).toEqual(["note to self"]);
  });

  it("posts in a channel to members holding VIEW_CHANNEL only", async () => {
    const server = startServer();
    const g = await guild(server);
    // Hide #random from everyone but the owner (the @everyone override uses the community id).
    await g.owner.peer.call("communitiesCreateChannelOverride", {
      communityId: g.communityId,
      channelId: g.randomId,
      roleId: g.communityId,
      permissions: { pos: 0n, neg: bit(CommunityPermission.VIEW_CHANNEL) },
    });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer);

    await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "hello all" });
    await g.owner.peer.call("messagesSendMessage", { chatRef: g.random, message: "secret" });
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer]) await p.sync();

    expect(g.owner.peer.received("messageCreated").map((u) => u.message?.message)).toEqual(["hello all", "secret"]);
    expect(g.mia.peer.received("messageCreated").map((u) => u.message?.message)).toEqual(["hello all"]);
    expect(g.noor.peer.received("messageCreated")[0]?.author?.name).toBe("Owner");
    expect(g.outsider.peer.updates).toEqual([]);
    await expectRpcError(g.mia.peer.call("messagesSendMessage", { chatRef: g.random, message: "x" }), 404, /no channel/);
    await expectRpcError(g.outsider.peer.call("messagesSendMessage", { chatRef: g.general, message: "x" }), 404, /no community/);
  });

  it("needs SEND_MESSAGES in channels, and SEND_MEDIA to attach", async () => {
    const server = startServer();
    const g = await guild(server);
    await g.owner.peer.call("communitiesEditDefaultPermissions", { communityId: g.communityId, permissions: bit(CommunityPermission.VIEW_CHANNEL) });
    await expectRpcError(g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "hi" }), 403, /SEND_MESSAGES/);
    await g.owner.peer.call("communitiesEditDefaultPermissions", {
      communityId: g.communityId,
      permissions: bit(CommunityPermission.VIEW_CHANNEL, CommunityPermission.SEND_MESSAGES),
    });
    await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "hi" });
    await expectRpcError(
      g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "", media: [{ ref: { case: "embed", value: { url: "https://example.com" } } }] }),
      403,
      /attaching media needs the SEND_MEDIA permission/,
    );
  });

  it("validates text, entities and emptiness", async () => {
    const server = startServer({ limits: { messageLength: 10 } });
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const chatRef = dmWith(bob.id);
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef, message: "" }), 400, /^message must not be empty unless media is attached$/);
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef, message: "   " }), 400, /must not be empty/);
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef, message: "12345678901" }), 413, /^message is longer than 10 characters$/);
    // Ten code points, though more UTF-16 units: within the limit.
    await ada.peer.call("messagesSendMessage", { chatRef, message: "😀😀😀😀😀😀😀😀😀😀" });
    await expectRpcError(
      ada.peer.call("messagesSendMessage", { chatRef, message: "😀ab", entities: [{ startIndex: 1, length: 3, entity: { case: "bold", value: true } }] }),
      400,
      /^entities\[0\] \(start 1, length 3\) is outside the text \(3 characters\)$/,
    );
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef, message: "ab", entities: [{ startIndex: 0, length: 1 }] }), 400, /entities\[0\] has no kind/);
    await expectRpcError(
      ada.peer.call("messagesSendMessage", { chatRef, message: "ab", entities: [{ startIndex: 0, length: 0, entity: { case: "italic", value: true } }] }),
      400,
      /entities\[0\] is empty/,
    );
    await expectRpcError(ada.peer.call("messagesSendMessage", { message: "x" }), 400, /chat_ref is required/);
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef: dmWith(999n), message: "x" }), 404, /no user 999/);
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef: groupChat(5n), message: "x" }), 404, /no group 5/);

    const ok = await ada.peer.call("messagesSendMessage", {
      chatRef,
      message: "😀ab",
      entities: [{ startIndex: 1, length: 2, entity: { case: "bold", value: true } }],
    });
    const { messages } = await bob.peer.call("messagesGetHistory", { chatRef: dmWith(ada.id), offset: { case: "around", value: ok.messageId }, limit: 1 });
    expect(messages[0]?.entities).toEqual([expect.objectContaining({ startIndex: 1, length: 2, entity: { case: "bold", value: true } })]);
  });

  it("replies with a quote to a message of the same chat only", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const first = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "the quick brown fox" });
    const elsewhere = await ada.peer.call("messagesSendMessage", { chatRef: selfChat, message: "elsewhere" });
    await settle(ada.peer, bob.peer);

    const reply = await bob.peer.call("messagesSendMessage", {
      chatRef: dmWith(ada.id),
      message: "indeed",
      replyTo: { messageId: first.messageId, quote: { message: "quick brown", offset: 4n } },
    });
    await ada.peer.sync();
    const created = ada.peer.received("messageCreated")[0]?.message;
    expect(created?.messageId).toBe(reply.messageId);
    expect(created?.reply?.messageId).toBe(first.messageId);
    expect(created?.reply?.quote?.message).toBe("quick brown");
    expect(created?.reply?.quote?.offset).toBe(4n);

    await expectRpcError(
      bob.peer.call("messagesSendMessage", { chatRef: dmWith(ada.id), message: "x", replyTo: { messageId: elsewhere.messageId } }),
      404,
      new RegExp(`^reply_to: no message ${elsewhere.messageId} in this chat$`),
    );
    await expectRpcError(
      bob.peer.call("messagesSendMessage", {
        chatRef: dmWith(ada.id),
        message: "x",
        replyTo: { messageId: first.messageId, quote: { message: "lazy dog" } },
      }),
      400,
      /reply_to.quote is not part of message/,
    );
  });

  it("marks user_mention and username mentions as unread mentions of chat members", async () => {
    const server = startServer();
    const g = await guild(server);
    const text = `hey @Mia and @${g.noor.id} and @mia and @Outsider`;
    const sent = await g.owner.peer.call("messagesSendMessage", {
      chatRef: g.general,
      message: text,
      entities: [
        { startIndex: 4, length: 4, entity: { case: "userMention", value: {} } },
        { startIndex: 13, length: String(g.noor.id).length + 1, entity: { case: "userMention", value: {} } },
        { startIndex: text.indexOf("@mia"), length: 4, entity: { case: "username", value: true } },
        { startIndex: text.indexOf("@Outsider"), length: 9, entity: { case: "userMention", value: {} } },
      ],
    });
    expect((await g.mia.peer.call("messagesGetUnreadMentions", { chatRef: g.general })).messageIds).toEqual([sent.messageId]);
    expect((await g.noor.peer.call("messagesGetUnreadMentions", { chatRef: g.general })).messageIds).toEqual([sent.messageId]);
    // The outsider cannot see the channel, so is not mentioned; the author never mentions themself.
    expect((await g.owner.peer.call("messagesGetUnreadMentions", { chatRef: g.general })).messageIds).toEqual([]);
    const { chat } = await g.mia.peer.call("chatsGetChat", { chatRef: g.general });
    expect(chat?.unreadMentionsCount).toBe(1);
  });

  it("enforces channel slow mode per user, with moderators exempt", async () => {
    let clock = 1_750_000_000_000;
    const server = startServer({ now: () => clock });
    const g = await guild(server);
    await g.owner.peer.call("communitiesEditChannel", { channel: { communityId: g.communityId, channelId: g.generalId }, slowmodeSeconds: 10 });
    await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "one" });
    await expectRpcError(
      g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "two" }),
      429,
      /^slow mode: wait 10 more seconds before sending in this channel$/,
    );
    // Per user: Noor is not held back by Mia's message.
    await g.noor.peer.call("messagesSendMessage", { chatRef: g.general, message: "me too" });
    // The owner (every permission) is exempt.
    await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "a" });
    await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "b" });
    clock += 9_500;
    await expectRpcError(g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "two" }), 429, /wait 1 more seconds/);
    clock += 500;
    await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "two" });
    // Other channels have no slow mode.
    await g.mia.peer.call("messagesSendMessage", { chatRef: g.random, message: "free" });
  });

  it("refuses DMs when either side has blocked the other", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await bob.peer.call("friendsChangeRelationship", { user: { userId: ada.id }, change: ChangeRelationship_RelationshipChangeType.BLOCK });
    await expectRpcError(ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi" }), 403, /one of you has blocked the other/);
    await expectRpcError(bob.peer.call("messagesSendMessage", { chatRef: dmWith(ada.id), message: "hi" }), 403, /blocked/);
    await bob.peer.call("friendsChangeRelationship", { user: { userId: ada.id }, change: ChangeRelationship_RelationshipChangeType.UNBLOCK });
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi" });
  });

  it("attaches uploads as files and URLs as embeds, and embeds the first link unless suppressed", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const file = await upload(ada.peer, 42n, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), "nine.bin");
    const sent = await ada.peer.call("messagesSendMessage", {
      chatRef: dmWith(bob.id),
      message: "",
      media: [
        { ref: { case: "uploaded", value: { file, mimetype: "application/octet-stream", filename: "data.bin", metadata: { metadata: { case: "file", value: {} } } } } },
        { ref: { case: "embed", value: { url: "https://www.example.com/page" } } },
      ],
    });
    await bob.peer.sync();
    const media = bob.peer.received("messageCreated")[0]?.message?.media ?? [];
    expect(media[0]?.media.case).toBe("file");
    const stored = media[0]?.media.case === "file" ? media[0].media.value.file : undefined;
    expect(stored).toMatchObject({ size: 9n, mimetype: "application/octet-stream", filename: "data.bin" });
    expect(media[1]?.media).toEqual({ case: "embed", value: expect.objectContaining({ url: "https://www.example.com/page", title: "example.com" }) });
    const part = await bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "mediaFile", value: { fileId: stored?.fileId ?? 0n } } }, offset: 0n, length: 100 });
    expect([...part.data]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sent.messageId).toBeGreaterThan(0n);
    // The upload was consumed.
    await expectRpcError(
      ada.peer.call("messagesSendMessage", {
        chatRef: dmWith(bob.id),
        message: "again",
        media: [{ ref: { case: "uploaded", value: { file, mimetype: "application/octet-stream", metadata: {} } } }],
      }),
      404,
      /^media\[0\]\.file: no upload 42/,
    );

    bob.peer.clear();
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "see https://osmium.chat/docs now" });
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "no https://osmium.chat", suppressEmbeds: true });
    await bob.peer.sync();
    const [auto, suppressed] = bob.peer.received("messageCreated");
    expect(auto?.message?.media).toEqual([{ $typeName: "osmium.client.media.MessageMedia", media: { case: "embed", value: expect.objectContaining({ url: "https://osmium.chat/docs", title: "osmium.chat" }) } }]);
    expect(suppressed?.message?.media).toEqual([]);
  });

  it("consumes no upload when a later attachment of the same send is refused", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const good = await upload(ada.peer, 1n, new Uint8Array([1, 2, 3]));
    const attached = (file: typeof good) => ({ ref: { case: "uploaded" as const, value: { file, mimetype: "application/octet-stream" } } });
    // The second upload was never sent: the call fails, and the first upload must still be usable.
    await expectRpcError(
      ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "", media: [attached(good), attached({ id: 2n, name: "x", partCount: 1 })] }),
      404,
      /^media\[1\]\.file: no upload 2/,
    );
    // The same upload twice in one message: refused whole, the upload is kept.
    await expectRpcError(
      ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "", media: [attached(good), attached(good)] }),
      400,
      /^media\[1\]\.file: upload 1 is already attached as media\[0\]/,
    );
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "", media: [attached(good)] });
    await bob.peer.sync();
    const created = bob.peer.received("messageCreated");
    expect(created).toHaveLength(1);
    expect(created[0]?.message?.media[0]?.media.case).toBe("file");
  });

  it("lets only bots display a message under bot_info", async () => {
    const server = startServer();
    const human = await user(server, "Ada");
    const bot = await server.createUser({ name: "Helper", bot: true });
    const botPeer = await connect(server, { token: bot.token });
    await expectRpcError(
      human.peer.call("messagesSendMessage", { chatRef: dmWith(bot.user.id), message: "x", botInfo: { cloak: { name: "Fake" } } }),
      403,
      /bot_info is only for bot accounts/,
    );
    await botPeer.call("messagesSendMessage", { chatRef: dmWith(human.id), message: "beep", botInfo: { cloak: { name: "Helper Prime" } } });
    await human.peer.sync();
    expect(human.peer.received("messageCreated")[0]?.message?.botInfo?.cloak?.name).toBe("Helper Prime");
  });
});

describe("messages.editMessage", () => {
  it("lets the author change the text and pushes `message` to the chat", async () => {
    const server = startServer({ now: () => 1_750_000_000_000 });
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", {
      chatRef: g.general,
      message: "helo world",
      entities: [{ startIndex: 0, length: 4, entity: { case: "bold", value: true } }],
    });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer);
    await g.mia.peer.call("messagesEditMessage", { chatRef: g.general, messageId: sent.messageId, message: "hello world" });
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer]) await p.sync();
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer]) {
      const [edit] = p.received("message");
      expect(edit?.message?.message).toBe("hello world");
      expect(edit?.message?.editedAt).toBe(1_750_000_000_000n);
      // Setting `message` replaces the entities (here: with none).
      expect(edit?.message?.entities).toEqual([]);
    }
    expect(g.outsider.peer.updates).toEqual([]);
  });

  it("keeps entities and media unless told otherwise, and removes media with remove_media", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const chatRef = dmWith(bob.id);
    const sent = await ada.peer.call("messagesSendMessage", {
      chatRef,
      message: "bold text",
      entities: [{ startIndex: 0, length: 4, entity: { case: "bold", value: true } }],
      media: [{ ref: { case: "embed", value: { url: "https://a.example" } } }],
    });
    const get = async () => (await ada.peer.call("messagesGetHistory", { chatRef, limit: 1 })).messages[0];
    await ada.peer.call("messagesEditMessage", { chatRef, messageId: sent.messageId, entities: [{ startIndex: 5, length: 4, entity: { case: "italic", value: true } }] });
    let message = await get();
    expect(message?.message).toBe("bold text");
    expect(message?.entities.map((e) => e.entity.case)).toEqual(["italic"]);
    expect(message?.media).toHaveLength(1);
    await ada.peer.call("messagesEditMessage", { chatRef, messageId: sent.messageId, removeMedia: true });
    message = await get();
    expect(message?.media).toEqual([]);
    expect(message?.entities.map((e) => e.entity.case)).toEqual(["italic"]);
    await ada.peer.call("messagesEditMessage", { chatRef, messageId: sent.messageId, media: [{ ref: { case: "embed", value: { url: "https://b.example" } } }] });
    message = await get();
    expect(message?.media[0]?.media.value).toMatchObject({ url: "https://b.example/" });
    await ada.peer.call("messagesEditMessage", { chatRef, messageId: sent.messageId, suppressEmbeds: true });
    expect((await get())?.media).toEqual([]);
  });

  it("refuses others' messages (even for admins), forwarded copies, empty edits and bad text", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "mine" });
    await expectRpcError(
      g.owner.peer.call("messagesEditMessage", { chatRef: g.general, messageId: sent.messageId, message: "theirs" }),
      403,
      /^only the author can edit a message$/,
    );
    await expectRpcError(g.mia.peer.call("messagesEditMessage", { chatRef: g.general, messageId: sent.messageId }), 400, /^nothing to edit/);
    await expectRpcError(g.mia.peer.call("messagesEditMessage", { chatRef: g.general, messageId: sent.messageId, message: "" }), 400, /must not be empty/);
    await expectRpcError(g.mia.peer.call("messagesEditMessage", { chatRef: g.random, messageId: sent.messageId, message: "x" }), 404, /no message/);
    await expectRpcError(
      g.mia.peer.call("messagesEditMessage", { chatRef: g.general, messageId: sent.messageId, message: "ab", entities: [{ startIndex: 1, length: 5, entity: { case: "code", value: true } }] }),
      400,
      /outside the text/,
    );
    await g.mia.peer.call("messagesForwardMessage", { chatRef: selfChat, from: g.general, messageIds: [sent.messageId] });
    const copy = (await g.mia.peer.call("messagesGetHistory", { chatRef: selfChat })).messages[0];
    await expectRpcError(
      g.mia.peer.call("messagesEditMessage", { chatRef: selfChat, messageId: copy?.messageId ?? 0n, message: "changed" }),
      403,
      /forwarded messages cannot be edited/,
    );
  });
});

describe("messages.deleteMessage", () => {
  it("deletes the author's own messages and pushes messageDeleted to the chat", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const one = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "one" });
    const two = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "two" });
    await settle(ada.peer, bob.peer, carol.peer);
    await ada.peer.call("messagesDeleteMessage", { chatRef: dmWith(bob.id), messageIds: [two.messageId, one.messageId] });
    for (const p of [ada.peer, bob.peer, carol.peer]) await p.sync();
    expect(bob.peer.received("messageDeleted")).toEqual([
      expect.objectContaining({ chatRef: expect.objectContaining({ ref: { case: "user", value: expect.objectContaining({ userId: ada.id }) } }), messageIds: [one.messageId, two.messageId] }),
    ]);
    expect(ada.peer.received("messageDeleted")[0]?.chatRef?.ref.value).toMatchObject({ userId: bob.id });
    expect(carol.peer.updates).toEqual([]);
    expect((await bob.peer.call("messagesGetHistory", { chatRef: dmWith(ada.id) })).messages).toEqual([]);
  });

  it("in DMs refuses the other user's messages; validates ids all-or-nothing", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const mine = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "ada" });
    await expectRpcError(bob.peer.call("messagesDeleteMessage", { chatRef: dmWith(ada.id), messageIds: [mine.messageId] }), 403, /only delete your own messages/);
    await expectRpcError(ada.peer.call("messagesDeleteMessage", { chatRef: dmWith(bob.id), messageIds: [] }), 400, /^message_ids must not be empty$/);
    await expectRpcError(ada.peer.call("messagesDeleteMessage", { chatRef: dmWith(bob.id), messageIds: [mine.messageId, 5n] }), 404, /^message_ids: no message 5 in this chat$/);
    expect((await ada.peer.call("messagesGetHistory", { chatRef: dmWith(bob.id) })).messages).toHaveLength(1);
  });

  it("lets DELETE_MESSAGES holders delete others' channel messages, and group owners in groups", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "spam" });
    await expectRpcError(g.noor.peer.call("messagesDeleteMessage", { chatRef: g.general, messageIds: [sent.messageId] }), 403, /DELETE_MESSAGES/);
    await g.owner.peer.call("messagesDeleteMessage", { chatRef: g.general, messageIds: [sent.messageId] });

    const group = await g.owner.peer.call("chatsCreateChat", { name: "Crew", users: [{ userId: g.mia.id }, { userId: g.noor.id }] });
    const inGroup = await g.mia.peer.call("messagesSendMessage", { chatRef: groupChat(group.id), message: "hi" });
    await expectRpcError(g.noor.peer.call("messagesDeleteMessage", { chatRef: groupChat(group.id), messageIds: [inGroup.messageId] }), 403, /only the group owner/);
    await g.owner.peer.call("messagesDeleteMessage", { chatRef: groupChat(group.id), messageIds: [inGroup.messageId] });
  });
});

describe("messages.forwardMessage", () => {
  it("copies messages with their author and original date into the destination", async () => {
    let clock = 1_750_000_000_000;
    const server = startServer({ now: () => clock });
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const original = await ada.peer.call("messagesSendMessage", {
      chatRef: dmWith(bob.id),
      message: "forward me",
      entities: [{ startIndex: 0, length: 7, entity: { case: "bold", value: true } }],
    });
    clock += 60_000;
    await settle(ada.peer, bob.peer, carol.peer);
    await bob.peer.call("messagesForwardMessage", { chatRef: dmWith(carol.id), from: dmWith(ada.id), messageIds: [original.messageId] });
    for (const p of [ada.peer, bob.peer, carol.peer]) await p.sync();
    const [copy] = carol.peer.received("messageCreated");
    expect(copy?.message).toMatchObject({ authorId: ada.id, message: "forward me", forward: { date: 1_750_000_000_000n } });
    expect(copy?.message?.entities).toHaveLength(1);
    expect(copy?.message?.messageId).not.toBe(original.messageId);
    expect(bob.peer.received("messageCreated")).toHaveLength(1);
    expect(ada.peer.updates).toEqual([]);
    // The forwarder owns the copy: they may delete it; the original author may not edit it.
    await bob.peer.call("messagesDeleteMessage", { chatRef: dmWith(carol.id), messageIds: [copy?.message?.messageId ?? 0n] });
  });

  it("checks both sides: the source must be visible, the destination writable", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "news" });
    await expectRpcError(
      g.outsider.peer.call("messagesForwardMessage", { chatRef: selfChat, from: g.general, messageIds: [sent.messageId] }),
      404,
      /^from: no community/,
    );
    await g.owner.peer.call("communitiesEditDefaultPermissions", { communityId: g.communityId, permissions: bit(CommunityPermission.VIEW_CHANNEL) });
    await expectRpcError(
      g.noor.peer.call("messagesForwardMessage", { chatRef: g.random, from: g.general, messageIds: [sent.messageId] }),
      403,
      /forwarding messages needs the SEND_MESSAGES permission/,
    );
    await expectRpcError(g.noor.peer.call("messagesForwardMessage", { chatRef: selfChat, from: g.general, messageIds: [9n] }), 404, /message_ids: no message 9/);
    await g.noor.peer.call("messagesForwardMessage", { chatRef: selfChat, from: g.general, messageIds: [sent.messageId] });
    const { messages } = await g.noor.peer.call("messagesGetHistory", { chatRef: selfChat });
    expect(messages.map((m) => [m.message, m.authorId])).toEqual([["news", g.mia.id]]);
  });
});
