import { describe, expect, it } from "vitest";
import { type Chats, TypingAction } from "../../gen/osmium/client/chats_pb.js";
import { ChangeRelationship_RelationshipChangeType } from "../../gen/osmium/client/friends_pb.js";
import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import { dmWith, groupChat, guild, PNG, selfChat, settle, upload } from "./messages-fixture.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

describe("chats.getChats", () => {
  it("lists used DMs, the used self chat and groups, newest activity first, with unread counts", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "first" });
    const group = await carol.peer.call("chatsCreateChat", { name: "Trio", users: [{ userId: ada.id }, { userId: bob.id }] });
    await ada.peer.call("messagesSendMessage", { chatRef: selfChat, message: "note" });
    const fromBob = await bob.peer.call("messagesSendMessage", { chatRef: dmWith(ada.id), message: "reply" });
    await bob.peer.call("messagesSendMessage", { chatRef: dmWith(ada.id), message: "reply 2" });
    // A DM with no message is not listed.
    await ada.peer.call("chatsGetChat", { chatRef: dmWith(carol.id) });

    const chats = await ada.peer.call("chatsGetChats", {});
    expect(chats.chats.map((c) => c.chatRef?.ref.case)).toEqual(["user", "self", "group"]);
    const [dm, self, trio] = chats.chats;
    expect(dm?.chatRef?.ref.value).toMatchObject({ userId: bob.id });
    expect(dm?.unreadCount).toBe(2);
    expect(dm?.lastReadMessageId).toBeLessThan(fromBob.messageId);
    expect(self?.unreadCount).toBe(0);
    // A group with no message sorts by its own id.
    expect(trio?.lastMessageId).toBe(group.id);
    expect(chats.groups).toEqual([expect.objectContaining({ id: group.id, name: "Trio", owner: false, participantIds: [carol.id, ada.id, bob.id] })]);
    expect(chats.messages.map((m) => m.message)).toEqual(["reply 2", "note"]);
    expect(chats.users.map((u) => u.name).sort()).toEqual(["Ada", "Bob", "Carol"]);
    expect(chats.channels).toEqual([]);
  });

  it("pages on last_message_id with max_id (older) and min_id (newer)", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const others: Awaited<ReturnType<typeof user>>[] = [];
    for (const name of ["B", "C", "D", "E"]) {
      const other = await user(server, name);
      await other.peer.call("messagesSendMessage", { chatRef: dmWith(ada.id), message: `from ${name}` });
      others.push(other);
    }
    const names = (r: Chats) => r.chats.map((c) => others.find((o) => c.chatRef?.ref.case === "user" && o.id === c.chatRef.ref.value.userId)?.user.name);
    const first = await ada.peer.call("chatsGetChats", { limit: 2 });
    expect(names(first)).toEqual(["E", "D"]);
    const next = await ada.peer.call("chatsGetChats", { limit: 2, maxId: first.chats[1]?.lastMessageId ?? 0n });
    expect(names(next)).toEqual(["C", "B"]);
    const newer = await ada.peer.call("chatsGetChats", { limit: 1, minId: next.chats[0]?.lastMessageId ?? 0n });
    expect(names(newer)).toEqual(["D"]);
    await expectRpcError(ada.peer.call("chatsGetChats", { limit: 0 }), 400, /^limit must be at least 1$/);
  });
});

describe("chats.getChat", () => {
  it("returns the conversation with its last message, users, group or channel", async () => {
    const server = startServer();
    const g = await guild(server);
    await g.mia.peer.call("messagesSendMessage", { chatRef: dmWith(g.noor.id), message: "psst" });
    const dm = await g.noor.peer.call("chatsGetChat", { chatRef: dmWith(g.mia.id) });
    expect(dm.chat).toMatchObject({ unreadCount: 1, unreadMentionsCount: 0 });
    expect(dm.message?.message).toBe("psst");
    expect(dm.users.map((u) => u.name).sort()).toEqual(["Mia", "Noor"]);
    expect(dm.group).toBeUndefined();

    const channel = await g.noor.peer.call("chatsGetChat", { chatRef: g.general });
    expect(channel.channel).toMatchObject({ id: g.generalId, name: "general" });
    expect(channel.chat?.lastMessageId).toBe(g.generalId);
    expect(channel.message).toBeUndefined();

    const group = await g.mia.peer.call("chatsCreateChat", { name: "Pair", users: [{ userId: g.noor.id }] });
    const viaGroup = await g.noor.peer.call("chatsGetChat", { chatRef: groupChat(group.id) });
    expect(viaGroup.group).toMatchObject({ id: group.id, name: "Pair", owner: false });
    await expectRpcError(g.outsider.peer.call("chatsGetChat", { chatRef: groupChat(group.id) }), 404, new RegExp(`^chat_ref: no group ${group.id}$`));
    await expectRpcError(g.outsider.peer.call("chatsGetChat", { chatRef: g.general }), 404, /no community/);
  });
});

describe("chats.createChat", () => {
  it("creates a group owned by the creator and pushes `group` to every participant", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const ada2 = await connect(server, { token: ada.token });
    const group = await ada.peer.call("chatsCreateChat", { name: " Plans ", users: [{ userId: bob.id }, { userId: bob.id }, { userId: ada.id }] });
    expect(group).toMatchObject({ name: "Plans", owner: true, participantIds: [ada.id, bob.id] });
    for (const p of [ada.peer, ada2, bob.peer, carol.peer]) await p.sync();
    expect(bob.peer.received("group")).toEqual([
      expect.objectContaining({ group: expect.objectContaining({ id: group.id, owner: false }), users: [expect.objectContaining({ name: "Ada" }), expect.objectContaining({ name: "Bob" })] }),
    ]);
    expect(ada2.received("group")[0]?.group?.owner).toBe(true);
    expect(carol.peer.updates).toEqual([]);
  });

  it("refuses bad names, unknown users and users with a block", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await expectRpcError(ada.peer.call("chatsCreateChat", { name: "  ", users: [] }), 400, /^name must not be empty$/);
    await expectRpcError(ada.peer.call("chatsCreateChat", { name: "x", users: [{ userId: 12n }] }), 404, /^users\[0\]: no user 12$/);
    await bob.peer.call("friendsChangeRelationship", { user: { userId: ada.id }, change: ChangeRelationship_RelationshipChangeType.BLOCK });
    await expectRpcError(ada.peer.call("chatsCreateChat", { name: "x", users: [{ userId: bob.id }] }), 403, /cannot be added/);
  });
});

describe("chats.editChat", () => {
  it("lets the group owner rename, set a photo and highlight a message; pushes `group`", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const group = await ada.peer.call("chatsCreateChat", { name: "Old", users: [{ userId: bob.id }] });
    const sent = await bob.peer.call("messagesSendMessage", { chatRef: groupChat(group.id), message: "important" });
    await settle(ada.peer, bob.peer, carol.peer);

    const file = await upload(ada.peer, 9n, PNG, "photo.png");
    const chat = await ada.peer.call("chatsEditChat", {
      chatRef: groupChat(group.id),
      name: "New",
      photo: { file },
      highlightedMsgId: { highlightedMsgId: sent.messageId },
    });
    expect(chat.group).toMatchObject({ name: "New", owner: true });
    expect(chat.group?.photo?.fileId).toBeGreaterThan(0n);
    expect(chat.message?.message).toBe("important");
    for (const p of [ada.peer, bob.peer, carol.peer]) await p.sync();
    expect(bob.peer.received("group").map((u) => [u.group?.name, u.group?.owner])).toEqual([["New", false]]);
    expect(ada.peer.received("group")).toHaveLength(1);
    expect(carol.peer.updates).toEqual([]);
    const photo = await bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "chatPhoto", value: { fileId: chat.group?.photo?.fileId ?? 0n } } }, offset: 0n, length: 4 });
    expect([...photo.data]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const removed = await ada.peer.call("chatsEditChat", { chatRef: groupChat(group.id), photo: {} });
    expect(removed.group?.photo).toBeUndefined();
  });

  it("an empty file ref (id 0, part_count 0) removes the group photo, as an unset file does", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }] });
    const chatRef = groupChat(group.id);
    const set = await ada.peer.call("chatsEditChat", { chatRef, photo: { file: await upload(ada.peer, 5n, PNG) } });
    expect(set.group?.photo?.fileId).toBeGreaterThan(0n);
    await settle(ada.peer, bob.peer);

    const removed = await ada.peer.call("chatsEditChat", { chatRef, photo: { file: { id: 0n, partCount: 0 } } });
    expect(removed.group?.photo).toBeUndefined();
    await bob.peer.sync();
    expect(bob.peer.received("group").map((u) => [u.group?.id, u.group?.photo])).toEqual([[group.id, undefined]]);
  });

  it("refuses non-owners, non-images, DMs, and unknown highlighted messages", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }] });
    await expectRpcError(bob.peer.call("chatsEditChat", { chatRef: groupChat(group.id), name: "Mine" }), 403, /^only the group owner can edit the group$/);
    await expectRpcError(ada.peer.call("chatsEditChat", { chatRef: groupChat(group.id) }), 400, /^nothing to edit/);
    const text = await upload(ada.peer, 10n, new TextEncoder().encode("not an image"));
    await expectRpcError(ada.peer.call("chatsEditChat", { chatRef: groupChat(group.id), photo: { file: text } }), 400, /photo.file is not an image/);
    await expectRpcError(ada.peer.call("chatsEditChat", { chatRef: dmWith(bob.id), name: "DM" }), 400, /must be a group chat/);
    await expectRpcError(
      ada.peer.call("chatsEditChat", { chatRef: groupChat(group.id), highlightedMsgId: { highlightedMsgId: 77n } }),
      404,
      /^highlighted_msg_id: no message 77 in this chat$/,
    );
  });

  it("discards a group photo upload that is not an image: its file id downloads as 404", async () => {
    // A frozen clock makes ids consecutive, so the rejected file's id lies between two photos' ids.
    const server = startServer({ now: () => 1_750_000_000_000 });
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }] });
    const chatRef = groupChat(group.id);
    const first = await ada.peer.call("chatsEditChat", { chatRef, photo: { file: await upload(ada.peer, 1n, PNG) } });
    const text = await upload(ada.peer, 2n, new TextEncoder().encode("not an image"));
    await expectRpcError(ada.peer.call("chatsEditChat", { chatRef, photo: { file: text } }), 400, /^photo.file is not an image \(PNG, JPEG, GIF or WebP\)$/);
    const second = await ada.peer.call("chatsEditChat", { chatRef, photo: { file: await upload(ada.peer, 3n, PNG) } });
    const firstId = first.group?.photo?.fileId ?? 0n;
    expect(second.group?.photo?.fileId).toBe(firstId + 2n);

    const download = (fileId: bigint) => bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "chatPhoto", value: { fileId } } }, offset: 0n, length: 4 });
    expect([...(await download(firstId + 2n)).data]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const rejected = firstId + 1n;
    await expectRpcError(download(rejected), 404, new RegExp(`^file_ref.chat_photo: no file ${rejected}$`));
    // The upload was consumed by the failed call: it cannot be retried as a photo either.
    await expectRpcError(ada.peer.call("chatsEditChat", { chatRef, photo: { file: text } }), 404, /^photo.file: no upload 2 /);
  });

  it("sets a channel's highlighted message with MODIFY_CHANNEL and pushes `channel` to its viewers", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.mia.peer.call("messagesSendMessage", { chatRef: g.general, message: "rules" });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer);
    await expectRpcError(
      g.mia.peer.call("chatsEditChat", { chatRef: g.general, highlightedMsgId: { highlightedMsgId: sent.messageId } }),
      403,
      /MODIFY_CHANNEL/,
    );
    const chat = await g.owner.peer.call("chatsEditChat", { chatRef: g.general, highlightedMsgId: { highlightedMsgId: sent.messageId } });
    expect(chat.channel?.highlightedMsgId).toBe(sent.messageId);
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer]) await p.sync();
    expect(g.noor.peer.received("channel").map((u) => u.channel?.highlightedMsgId)).toEqual([sent.messageId]);
    expect(g.outsider.peer.updates).toEqual([]);
    await expectRpcError(g.owner.peer.call("chatsEditChat", { chatRef: g.general, name: "x" }), 400, /communities.editChannel/);
  });
});

describe("chats.addChatMember / removeChatMember", () => {
  it("lets the owner add members (pushing `group` to all, newcomer included)", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const dan = await user(server, "Dan");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }] });
    await settle(ada.peer, bob.peer, carol.peer, dan.peer);
    await expectRpcError(bob.peer.call("chatsAddChatMember", { chatRef: groupChat(group.id), userId: carol.id }), 403, /^only the group owner can add members$/);
    await ada.peer.call("chatsAddChatMember", { chatRef: groupChat(group.id), userId: carol.id });
    for (const p of [ada.peer, bob.peer, carol.peer, dan.peer]) await p.sync();
    for (const p of [ada.peer, bob.peer, carol.peer]) {
      expect(p.received("group").map((u) => u.group?.participantIds)).toEqual([[ada.id, bob.id, carol.id]]);
    }
    expect(dan.peer.updates).toEqual([]);
    await expectRpcError(ada.peer.call("chatsAddChatMember", { chatRef: groupChat(group.id), userId: carol.id }), 409, /already in this group/);
    await expectRpcError(ada.peer.call("chatsAddChatMember", { chatRef: groupChat(group.id), userId: 4n }), 404, /^user_id: no user 4$/);
    await expectRpcError(ada.peer.call("chatsAddChatMember", { chatRef: dmWith(bob.id), userId: carol.id }), 400, /must be a group chat/);
  });

  it("a full group (100 participants) answers 409 to addChatMember, as auth.useInvite does, and changes nothing", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const zed = await user(server, "Zed");
    const others = await Promise.all(Array.from({ length: 99 }, (_, i) => server.createUser({ name: `P${i}` })));
    const group = await ada.peer.call("chatsCreateChat", { name: "Full", users: others.map((o) => ({ userId: o.user.id })) });
    expect(group.participantIds).toHaveLength(100);
    const { code } = await ada.peer.call("chatsCreateChatInvite", { chatRef: groupChat(group.id) });
    await settle(ada.peer, zed.peer);

    const full = new RegExp(`^group ${group.id} is full \\(100 participants\\)$`);
    await expectRpcError(ada.peer.call("chatsAddChatMember", { chatRef: groupChat(group.id), userId: zed.id }), 409, full);
    await expectRpcError(zed.peer.call("authUseInvite", { code }), 409, full);
    for (const p of [ada.peer, zed.peer]) await p.sync();
    expect([...ada.peer.updates, ...zed.peer.updates]).toEqual([]);
    expect((await ada.peer.call("chatsGetChat", { chatRef: groupChat(group.id) })).group?.participantIds).toHaveLength(100);
  });

  it("lets the owner remove anyone and anyone leave; the removed user is told and loses access", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }, { userId: carol.id }] });
    await settle(ada.peer, bob.peer, carol.peer);
    await expectRpcError(bob.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: carol.id }), 403, /^only the group owner can remove other members$/);
    await ada.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: carol.id });
    for (const p of [ada.peer, bob.peer, carol.peer]) await p.sync();
    expect(carol.peer.received("group").map((u) => u.group?.participantIds)).toEqual([[ada.id, bob.id]]);
    expect(bob.peer.received("group")).toHaveLength(1);
    await expectRpcError(carol.peer.call("messagesSendMessage", { chatRef: groupChat(group.id), message: "hi" }), 404, /no group/);
    await expectRpcError(ada.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: carol.id }), 404, /is not in this group/);

    // The owner leaves: the longest-standing participant inherits the group.
    await settle(ada.peer, bob.peer, carol.peer);
    await ada.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: ada.id });
    await bob.peer.sync();
    expect(bob.peer.received("group")[0]?.group).toMatchObject({ owner: true, participantIds: [bob.id] });
  });
});

describe("chats.markChatRead", () => {
  it("moves the read marker forward only and tells all of the reader's sessions, nobody else", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const bob2 = await connect(server, { token: bob.token });
    const ids = [];
    for (const text of ["a", "b", "c"]) ids.push((await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: text })).messageId);
    await settle(ada.peer, bob.peer, bob2);

    await bob.peer.call("chatsMarkChatRead", { chatRef: dmWith(ada.id), messageId: ids[1] ?? 0n, readAmount: 2 });
    for (const p of [ada.peer, bob.peer, bob2]) await p.sync();
    for (const p of [bob.peer, bob2]) {
      expect(p.received("conversationLastRead")).toEqual([
        expect.objectContaining({ lastReadMessageId: ids[1], unreadCount: 1, unreadMentionsCount: 0, chatRef: expect.objectContaining({ ref: { case: "user", value: expect.objectContaining({ userId: ada.id }) } }) }),
      ]);
    }
    expect(ada.peer.updates).toEqual([]);
    expect((await bob.peer.call("chatsGetChat", { chatRef: dmWith(ada.id) })).chat).toMatchObject({ lastReadMessageId: ids[1], unreadCount: 1 });

    // Never backwards, and no update when nothing moves.
    await settle(bob.peer, bob2);
    await bob.peer.call("chatsMarkChatRead", { chatRef: dmWith(ada.id), messageId: ids[0] ?? 0n });
    await bob2.sync();
    expect(bob2.updates).toEqual([]);
    // A marker past the newest message stops at the newest message.
    await bob.peer.call("chatsMarkChatRead", { chatRef: dmWith(ada.id), messageId: (ids[2] ?? 0n) + 1000n });
    await bob2.sync();
    expect(bob2.received("conversationLastRead")[0]).toMatchObject({ lastReadMessageId: ids[2], unreadCount: 0 });
  });
});

describe("chats.setTyping", () => {
  it("pushes chatTyping to the chat's other users, not to the typer's sessions", async () => {
    const server = startServer();
    const g = await guild(server);
    const mia2 = await connect(server, { token: g.mia.token });
    const quiet = await connect(server, { token: g.noor.token, noSubscribe: true });
    await g.mia.peer.call("chatsSetTyping", { chatRef: g.general, typing: true, action: TypingAction.UPLOAD_IMAGE });
    for (const p of [g.owner.peer, g.mia.peer, mia2, g.noor.peer, quiet, g.outsider.peer]) await p.sync();
    for (const p of [g.owner.peer, g.noor.peer]) {
      expect(p.received("chatTyping")).toEqual([
        expect.objectContaining({ userId: g.mia.id, typing: true, action: TypingAction.UPLOAD_IMAGE, chatRef: expect.objectContaining({ ref: { case: "channel", value: expect.objectContaining({ channelId: g.generalId }) } }) }),
      ]);
    }
    expect([...g.mia.peer.updates, ...mia2.updates, ...quiet.updates, ...g.outsider.peer.updates]).toEqual([]);

    await g.mia.peer.call("chatsSetTyping", { chatRef: dmWith(g.noor.id), typing: false });
    await g.noor.peer.sync();
    expect(g.noor.peer.received("chatTyping").at(-1)).toMatchObject({ userId: g.mia.id, typing: false, chatRef: { ref: { case: "user", value: { userId: g.mia.id } } } });
  });

  it("needs SEND_MESSAGES in channels and no block in DMs", async () => {
    const server = startServer();
    const g = await guild(server);
    await g.owner.peer.call("communitiesEditDefaultPermissions", { communityId: g.communityId, permissions: BigInt(CommunityPermission.VIEW_CHANNEL) });
    await expectRpcError(g.mia.peer.call("chatsSetTyping", { chatRef: g.general, typing: true }), 403, /^typing needs the SEND_MESSAGES permission$/);
    await g.noor.peer.call("friendsChangeRelationship", { user: { userId: g.mia.id }, change: ChangeRelationship_RelationshipChangeType.BLOCK });
    await expectRpcError(g.mia.peer.call("chatsSetTyping", { chatRef: dmWith(g.noor.id), typing: true }), 403, /blocked/);
  });
});
