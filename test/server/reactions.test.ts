import { describe, expect, it } from "vitest";
import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import { dmWith, guild, settle } from "./messages-fixture.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

const thumbs = { emoji: { case: "unicodeEmoji" as const, value: "👍" } };
const heart = { emoji: { case: "unicodeEmoji" as const, value: "❤️" } };

describe("reactions.addReaction", () => {
  it("pushes the message's reactions to the channel's viewers, `me` per viewer", async () => {
    const server = startServer();
    const g = await guild(server);
    const quiet = await connect(server, { token: g.owner.token, noSubscribe: true });
    const sent = await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "vote" });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer);

    await g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: thumbs });
    await g.noor.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: thumbs });
    await g.noor.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: heart });
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer, quiet]) await p.sync();

    const last = (updates: ReturnType<typeof g.mia.peer.received<"messageReactions">>) => updates.at(-1)?.reactions?.reactionFields;
    expect(g.mia.peer.received("messageReactions")).toHaveLength(3);
    expect(last(g.mia.peer.received("messageReactions"))).toEqual([
      expect.objectContaining({ emoji: expect.objectContaining(thumbs), count: 2, me: true, previewUserIds: [g.mia.id, g.noor.id] }),
      expect.objectContaining({ emoji: expect.objectContaining(heart), count: 1, me: false, previewUserIds: [g.noor.id] }),
    ]);
    expect(last(g.noor.peer.received("messageReactions"))?.map((f) => f.me)).toEqual([true, true]);
    expect(last(g.owner.peer.received("messageReactions"))?.map((f) => f.me)).toEqual([false, false]);
    expect(g.owner.peer.received("messageReactions").at(-1)?.chatRef?.ref.case).toBe("channel");
    expect(g.outsider.peer.updates).toEqual([]);
    expect(quiet.updates).toEqual([]);

    // Reacting again with the same emoji changes nothing and pushes nothing.
    await settle(g.mia.peer);
    await g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: thumbs });
    await g.mia.peer.sync();
    expect(g.mia.peer.updates).toEqual([]);
  });

  it("needs ADD_REACTIONS in channels and a valid emoji on an existing message", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "x" });
    await expectRpcError(g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId }), 400, /^emoji is required/);
    await expectRpcError(
      g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: { emoji: { case: "unicodeEmoji", value: "lol" } } }),
      400,
      /must be a single emoji/,
    );
    await expectRpcError(
      g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: { emoji: { case: "customEmoji", value: 5n } } }),
      404,
      /^emoji.custom_emoji: no custom emoji 5$/,
    );
    await expectRpcError(g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: 8n, emoji: thumbs }), 404, /no message 8 in this chat/);
    await expectRpcError(g.outsider.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: thumbs }), 404, /no community/);
    await g.owner.peer.call("communitiesEditDefaultPermissions", {
      communityId: g.communityId,
      permissions: BigInt(CommunityPermission.VIEW_CHANNEL | CommunityPermission.SEND_MESSAGES),
    });
    await expectRpcError(
      g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: thumbs }),
      403,
      /^adding reactions needs the ADD_REACTIONS permission$/,
    );
  });

  it("accepts keycap emoji (digit, # or * with U+20E3) but not plain digits, letters or spaces", async () => {
    const server = startServer();
    const g = await guild(server);
    const sent = await g.owner.peer.call("messagesSendMessage", { chatRef: g.general, message: "pick one" });
    const unicode = (value: string) => ({ emoji: { case: "unicodeEmoji" as const, value } });
    const keycaps = ["1\u{FE0F}\u{20E3}", "0\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "*\u{FE0F}\u{20E3}", "9\u{20E3}"];
    for (const value of keycaps) {
      await g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: unicode(value) });
    }
    await g.mia.peer.sync();
    const fields = g.mia.peer.received("messageReactions").at(-1)?.reactions?.reactionFields ?? [];
    expect(fields.map((f) => [f.emoji?.emoji.value, f.count, f.me])).toEqual(keycaps.map((k) => [k, 1, true]));

    for (const value of ["1", "7", "a", " ", "1 ", "12\u{FE0F}\u{20E3}", "1\u{FE0F}\u{20E3}x", "\u{20E3}1"]) {
      await expectRpcError(
        g.mia.peer.call("reactionsAddReaction", { chatRef: g.general, messageId: sent.messageId, emoji: unicode(value) }),
        400,
        /^emoji.unicode_emoji must (be a single emoji|not be empty)$/,
      );
    }
  });

  it("works in DMs, each side seeing the chat from their end", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const sent = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi" });
    await settle(ada.peer, bob.peer);
    await bob.peer.call("reactionsAddReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: heart });
    await ada.peer.sync();
    expect(ada.peer.received("messageReactions")[0]).toMatchObject({
      chatRef: { ref: { case: "user", value: { userId: bob.id } } },
      reactions: { messageId: sent.messageId, reactionFields: [{ count: 1, me: false, previewUserIds: [bob.id] }] },
    });
  });
});

describe("reactions.removeReaction", () => {
  it("removes only the caller's reaction and pushes the new state (empty when none is left)", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const sent = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi" });
    await ada.peer.call("reactionsAddReaction", { chatRef: dmWith(bob.id), messageId: sent.messageId, emoji: thumbs });
    await bob.peer.call("reactionsAddReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: thumbs });
    await settle(ada.peer, bob.peer, carol.peer);

    await bob.peer.call("reactionsRemoveReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: thumbs });
    await ada.peer.sync();
    expect(ada.peer.received("messageReactions")[0]?.reactions?.reactionFields).toEqual([
      expect.objectContaining({ count: 1, me: true, previewUserIds: [ada.id] }),
    ]);
    // Removing a reaction one does not have is a no-op: no update.
    await settle(ada.peer, bob.peer);
    await bob.peer.call("reactionsRemoveReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: heart });
    await ada.peer.sync();
    expect(ada.peer.updates).toEqual([]);

    await ada.peer.call("reactionsRemoveReaction", { chatRef: dmWith(bob.id), messageId: sent.messageId, emoji: thumbs });
    await bob.peer.sync();
    expect(bob.peer.received("messageReactions")[0]?.reactions).toMatchObject({ messageId: sent.messageId, reactionFields: [] });
    await carol.peer.sync();
    expect(carol.peer.updates).toEqual([]);
    expect((await ada.peer.call("messagesGetHistory", { chatRef: dmWith(bob.id) })).reactions).toEqual([]);
    await expectRpcError(carol.peer.call("reactionsRemoveReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: thumbs }), 404, /no message/);
  });
});
