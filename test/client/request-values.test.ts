// 64-bit integers in requests: ids reach an app as text (URLs, JSON, what `serve` prints), so every
// 64-bit field of a request takes a bigint or its decimal digits, and sends the same bytes either
// way; a `number` there would be rounded above 2^53 and name another id, so it is refused before
// anything is sent, with the field's path. A request that does not fit its type names the field and
// what it must be. Over memory and a real socket to the scripted server.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/index.js";
import { GOOD_TOKEN } from "./support/scripted-server.js";
import { transportKinds, useHarness } from "./support/harness.js";

const COMMUNITY = 1_234_567_890_123_456_789n;
const CHANNEL = 9_007_199_254_740_993n; // 2^53 + 1: a number cannot hold it

/** The bytes of a request frame after its id (field 1, a varint), so two calls compare by content. */
function body(frame: Uint8Array | undefined): number[] {
  if (frame === undefined) throw new Error("no frame");
  let pos = 1;
  while ((frame[pos] as number) & 0x80) pos++;
  return [...frame.subarray(pos + 1)];
}

describe.each(transportKinds)("64-bit request values over %s", (kind) => {
  const h = useHarness(kind);

  async function ready() {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 77n } } }));
    h.server.on("messagesGetHistory", () => ({ result: { case: "messages", value: {} } }));
    h.server.on("messagesDeleteMessage", () => ({}));
    const client = h.client({ token: GOOD_TOKEN });
    await client.connect();
    return client;
  }

  it("a decimal string sends the very bytes of the bigint, and the result is a bigint", async () => {
    const client = await ready();
    const asBigint = await client.messages.sendMessage({ chatRef: { ref: { case: "channel", value: { communityId: COMMUNITY, channelId: CHANNEL } } }, message: "hi", clientId: 5n });
    const asString = await client.messages.sendMessage({
      chatRef: { ref: { case: "channel", value: { communityId: "1234567890123456789", channelId: "9007199254740993" } } },
      message: "hi",
      clientId: "5",
    });
    expect(asBigint.messageId).toBe(77n);
    expect(asString.messageId).toBe(77n);
    const frames = h.server.last.frames.filter((_, i) => h.server.last.requests[i]?.message.case === "messagesSendMessage");
    expect(frames).toHaveLength(2);
    expect(body(frames[1])).toEqual(body(frames[0]));
    const [, sent] = h.server.requestsOf("messagesSendMessage");
    expect(sent?.message.value).toMatchObject({ chatRef: { ref: { case: "channel", value: { communityId: COMMUNITY, channelId: CHANNEL } } }, clientId: 5n });
  });

  it("a number in a 64-bit field is refused with the field's path; nothing is sent; the client keeps working", async () => {
    const client = await ready();
    const before = h.server.last.requests.length;
    const error = await client.messages
      .sendMessage({ chatRef: { ref: { case: "channel", value: { communityId: 1234 as never, channelId: CHANNEL } } }, message: "hi" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({
      code: "invalid_argument",
      argument: "request.chatRef.channel.communityId",
      message:
        "request.chatRef.channel.communityId must be a bigint or a string of decimal digits (a 64-bit integer: a number cannot hold every id exactly), got the number 1234",
    });
    expect(h.server.last.requests.length).toBe(before);
    await expect(client.messages.sendMessage({ chatRef: { ref: { case: "self", value: {} } }, message: "next" })).resolves.toMatchObject({ messageId: 77n });
  });

  it("a number in a 64-bit field is refused the same way before the client is ready: before connect(), and while it connects", async () => {
    const client = h.client({ token: GOOD_TOKEN });
    const early = await client.messages.sendMessage({ message: "hi", clientId: 5 as never }).catch((e: unknown) => e);
    const connecting = client.connect();
    const queued = await client.messages.sendMessage({ message: "hi", clientId: 6 as never }).catch((e: unknown) => e);
    await connecting;
    for (const [error, n] of [[early, 5], [queued, 6]] as const) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({
        argument: "request.clientId",
        message: `request.clientId must be a bigint or a string of decimal digits (a 64-bit integer: a number cannot hold every id exactly), got the number ${n}`,
      });
    }
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
  });

  it("a zero-like value that is no 64-bit integer is refused too, not sent as an unset field", async () => {
    const client = await ready();
    h.server.on("chatsAddChatMember", () => ({}));
    const chatRef = { ref: { case: "group" as const, value: { groupId: 3n } } };
    for (const userId of [0, "", "0x0", "-0", false] as never[]) {
      const error = await client.chats.addChatMember({ chatRef, userId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ argument: "request.userId" });
    }
    expect(h.server.requestsOf("chatsAddChatMember")).toHaveLength(0);
    await client.chats.addChatMember({ chatRef, userId: "0" });
    expect(h.server.requestsOf("chatsAddChatMember")).toHaveLength(1);
  });

  it("a oneof case the type does not have is refused while the client connects too, never sent without it", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 77n } } }));
    const client = h.client({ token: GOOD_TOKEN });
    const connecting = client.connect();
    const typo = client.messages.sendMessage({ chatRef: { ref: { case: "channels", value: {} } } as never, message: "hi" }).catch((e: unknown) => e);
    const notOneof = client.messages.sendMessage({ chatRef: { ref: "self" } as never, message: "hi" }).catch((e: unknown) => e);
    await connecting;
    expect(await typo).toMatchObject({ argument: "request.chatRef.ref.case" });
    expect(await notOneof).toMatchObject({ argument: "request.chatRef.ref" });
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
  });

  it("in a list, a oneof case and a nested message: the path names each", async () => {
    const client = await ready();
    const list = await client.messages
      .deleteMessage({ chatRef: { ref: { case: "self", value: {} } }, messageIds: [1n, "2", 3 as never] })
      .catch((e: unknown) => e);
    const history = await client.messages
      .getHistory({ chatRef: { ref: { case: "user", value: { userId: "12x" } } } })
      .catch((e: unknown) => e);
    const signed = await client.messages
      .sendMessage({ chatRef: { ref: { case: "group", value: { groupId: "18446744073709551616" } } }, message: "hi" })
      .catch((e: unknown) => e);
    expect(list).toMatchObject({ argument: "request.messageIds[2]" });
    expect(history).toMatchObject({
      argument: "request.chatRef.user.userId",
      message: 'request.chatRef.user.userId must be a bigint or a string of decimal digits (a 64-bit integer), got the string "12x"',
    });
    expect(signed).toMatchObject({
      argument: "request.chatRef.group.groupId",
      message: "request.chatRef.group.groupId must fit in an unsigned 64-bit integer, got 18446744073709551616",
    });
    expect(h.server.requestsOf("messagesDeleteMessage")).toHaveLength(0);
    expect(h.server.requestsOf("messagesGetHistory")).toHaveLength(0);
  });

  it("a request that does not fit its type names the field and what it must be", async () => {
    const client = await ready();
    const wrongMessage = await client.messages.sendMessage({ chatRef: "123" as never, message: "hi" }).catch((e: unknown) => e);
    const wrongList = await client.messages.deleteMessage({ chatRef: { ref: { case: "self", value: {} } }, messageIds: "1" as never }).catch((e: unknown) => e);
    expect(wrongMessage).toBeInstanceOf(InvalidArgumentError);
    expect(wrongMessage).toMatchObject({
      code: "invalid_argument",
      argument: "request.chatRef",
      message: 'request.chatRef must be a message of type osmium.client.refs.ChatRef (an object), got the string "123"',
    });
    expect(wrongList).toMatchObject({ argument: "request.messageIds", message: 'request.messageIds must be an array, got the string "1"' });
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
    expect(h.server.requestsOf("messagesDeleteMessage")).toHaveLength(0);
  });

  it("a oneof case the type does not have is refused with the cases it has, not sent as unset; so is a oneof that is not { case, value }", async () => {
    const client = await ready();
    const typo = await client.messages.sendMessage({ chatRef: { ref: { case: "channels", value: {} } } as never, message: "hi" }).catch((e: unknown) => e);
    expect(typo).toBeInstanceOf(InvalidArgumentError);
    expect(typo).toMatchObject({
      argument: "request.chatRef.ref.case",
      message: 'request.chatRef.ref.case must be one of "user", "channel", "group", "self", got the string "channels"',
    });
    const notOneof = await client.messages.sendMessage({ chatRef: { ref: "self" } as never, message: "hi" }).catch((e: unknown) => e);
    expect(notOneof).toMatchObject({ argument: "request.chatRef.ref", message: 'request.chatRef.ref must be { case, value } with case one of "user", "channel", "group", "self", got the string "self"' });
    expect(h.server.requestsOf("messagesSendMessage")).toHaveLength(0);
    // An unset oneof, by an undefined or null case, is unset, as create() reads it.
    await client.messages.sendMessage({ chatRef: { ref: { case: undefined } }, message: "a" });
    await client.messages.sendMessage({ chatRef: { ref: { case: null } } as never, message: "b" });
    expect(h.server.requestsOf("messagesSendMessage").map((r) => r.message.case === "messagesSendMessage" && r.message.value.chatRef?.ref.case)).toEqual([undefined, undefined]);
  });
});
