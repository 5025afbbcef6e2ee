// Message actions on received messages, and the typing indicator, against the reference server.
import { describe, expect, it } from "vitest";
import { ChatRefs, InvalidArgumentError, type OsmiumClient, OsmiumError, RpcError, bold, fmt } from "../../src/index.js";
import { nextEvent, record } from "./support/events.js";
import { connectUser, startServer } from "./support/world.js";

/** Ada and Bob, with one message from Ada as Bob received it. */
async function dm() {
  const server = startServer();
  const ada = await connectUser(server, "Ada");
  const bob = await connectUser(server, "Bob");
  const arrived = nextEvent(bob.client, "messageCreated");
  await ada.client.messages.sendMessage({ chatRef: ChatRefs.user(bob.id), ...fmt`hello ${bold("world")}, again` });
  const received = (await arrived).message;
  if (!received) throw new Error("no message");
  return { server, ada, bob, received };
}

async function history(client: OsmiumClient, chatRef: ReturnType<typeof ChatRefs.user>) {
  return (await client.messages.getHistory({ chatRef, limit: 10 })).messages;
}

describe("message actions", () => {
  it("reply answers in the message's chat, as a plain reply or a quote-reply", async () => {
    const { ada, bob, received } = await dm();
    const plain = nextEvent(ada.client, "messageCreated");
    const sent = await bob.client.reply(received, "hi back");
    const reply = (await plain).message;
    expect(reply?.message).toBe("hi back");
    expect(reply?.messageId).toBe(sent.messageId);
    expect(reply?.reply?.messageId).toBe(received.messageId);
    expect(reply?.reply?.quote).toBeUndefined();

    const quoted = nextEvent(ada.client, "messageCreated");
    await bob.client.reply(received, fmt`${bold("yes")}`, { quote: "world, ag" });
    const quoteReply = (await quoted).message;
    expect(quoteReply?.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([["bold", 0, 3]]);
    expect(quoteReply?.reply?.quote?.message).toBe("world, ag");
    expect(quoteReply?.reply?.quote?.offset).toBe(6n);
    // The bold "world" is clipped to the excerpt.
    expect(quoteReply?.reply?.quote?.entities.map((e) => [e.entity.case, e.startIndex, e.length])).toEqual([["bold", 0, 5]]);

    const whole = nextEvent(ada.client, "messageCreated");
    await bob.client.reply(received, "whole", { quote: true });
    expect((await whole).message?.reply?.quote?.message).toBe("hello world, again");

    const bad = await bob.client.reply(received, "x", { quote: "not there" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidArgumentError);
    expect((bad as InvalidArgumentError).message).toBe("quote must occur in the message's text");
  });

  it("edit, react, unreact, pin, forward, markRead and delete act on the message's chat", async () => {
    const { ada, bob, received } = await dm();
    const own = (await history(ada.client, ChatRefs.user(bob.id)))[0];
    if (!own) throw new Error("no message");

    const edited = nextEvent(bob.client, "message");
    await ada.client.edit(own, "hello there");
    expect((await edited).message?.message).toBe("hello there");
    expect((await edited).message?.entities).toEqual([]);

    const reacted = nextEvent(ada.client, "messageReactions");
    await bob.client.react(received, "👍");
    const fields = (await reacted).reactions?.reactionFields;
    expect(fields?.map((f) => [f.emoji?.emoji.value, f.count])).toEqual([["👍", 1]]);
    const unreacted = nextEvent(ada.client, "messageReactions");
    await bob.client.unreact(received, "👍");
    expect((await unreacted).reactions?.reactionFields).toEqual([]);

    await bob.client.pin(received);
    expect((await bob.client.messages.getPinnedMessages({ chatRef: ChatRefs.user(ada.id) })).messages.map((m) => m.messageId)).toEqual([received.messageId]);
    await bob.client.pin(received, false);
    expect((await bob.client.messages.getPinnedMessages({ chatRef: ChatRefs.user(ada.id) })).messages).toEqual([]);

    await bob.client.forward(received, ChatRefs.self());
    const saved = (await bob.client.messages.getHistory({ chatRef: ChatRefs.self() })).messages;
    expect(saved.map((m) => m.message)).toEqual(["hello there"]);

    const read = nextEvent(bob.client, "conversationLastRead");
    await bob.client.markRead(received);
    expect((await read).lastReadMessageId).toBe(received.messageId);

    const deleted = nextEvent(bob.client, "messageDeleted");
    await ada.client.delete(own);
    expect((await deleted).messageIds).toEqual([received.messageId]);
    expect(await history(bob.client, ChatRefs.user(ada.id))).toEqual([]);
  });

  it("refuses a message without a chat, and a bad emoji, with InvalidArgumentError", async () => {
    const { bob, received } = await dm();
    const orphan = { ...received, chatRef: undefined };
    const attempts = [() => bob.client.delete(orphan), () => bob.client.edit(orphan, "x"), () => bob.client.reply(orphan, "x"), () => bob.client.react(received, "")];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(OsmiumError.is(error, "invalid_argument")).toBe(true);
    }
  });
});

describe("client.typing", () => {
  it("shows typing while the work runs, refreshes it, and clears it after", async () => {
    const { ada, bob } = await dm();
    const seen = record(ada.client, "chatTyping");
    const cleared = nextEvent(ada.client, "chatTyping", (t) => !t.typing);
    const result = await bob.client.typing(
      ChatRefs.user(ada.id),
      // The work ends once Ada has seen the indicator refreshed twice: no guessing at timings.
      () => nextEvent(ada.client, "chatTyping", () => seen.length >= 3).then(() => "done"),
      { intervalMs: 10 },
    );
    expect(result).toBe("done");
    await cleared;
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.slice(0, -1).every((t) => t.typing && t.userId === bob.id)).toBe(true);
    expect(seen.at(-1)?.typing).toBe(false);
  });

  it("clears the indicator when the work throws, and rejects with the work's error", async () => {
    const { ada, bob } = await dm();
    const seen = record(ada.client, "chatTyping");
    const cleared = nextEvent(ada.client, "chatTyping", (t) => !t.typing);
    const error = await bob.client
      .typing(ChatRefs.user(ada.id), () => {
        throw new Error("boom");
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("boom");
    await cleared;
    expect(seen.map((t) => t.typing)).toEqual([true, false]);
  });

  it("reports failures of the indicator as error events without failing the work", async () => {
    const { bob } = await dm();
    const errors: OsmiumError[] = [];
    bob.client.on("error", (e) => errors.push(e));
    const nobody = ChatRefs.user(999_999_999n);
    expect(await bob.client.typing(nobody, async () => 42)).toBe(42);
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof RpcError && e.errorCode === 404)).toBe(true);
    await expect(bob.client.typing(nobody, () => 1, { intervalMs: 0 })).rejects.toThrow("intervalMs must be a positive number");
  });
});
