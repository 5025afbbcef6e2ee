// The request types take a 64-bit integer field as a bigint or a decimal string, never a number, and
// leave every other field's type as protobuf-es has it; results stay bigint.
import { describe, expectTypeOf, it } from "vitest";
import { type Int64Input, OsmiumClient, type RequestInit } from "../../src/index.js";
import type { SendMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import { sendMessage } from "../../src/rpc.js";

declare const client: OsmiumClient;

describe("64-bit request fields", () => {
  it("take a bigint or a decimal string, in nested messages, oneofs and lists", () => {
    void client.messages.sendMessage({ chatRef: { ref: { case: "channel", value: { communityId: "1234567890123456789", channelId: 2n } } }, message: "hi", clientId: "7" });
    void client.messages.deleteMessage({ chatRef: { ref: { case: "user", value: { userId: "5" } } }, messageIds: ["1", 2n] });
    void sendMessage(client, { chatRef: { ref: { case: "group", value: { groupId: "9" } } } });
    expectTypeOf<Int64Input>().toEqualTypeOf<bigint | string>();
  });

  it("and so do the helpers that take a chat", () => {
    const user = { ref: { case: "user" as const, value: { userId: "5" } } };
    void client.send(user, "hi");
    void client.typing(user, () => undefined);
    void client.messages.iterHistory(user);
    // @ts-expect-error a number cannot hold every 64-bit id exactly
    void client.send({ ref: { case: "user", value: { userId: 5 } } }, "hi");
  });

  it("refuse a number there", () => {
    // @ts-expect-error a number cannot hold every 64-bit id exactly
    void client.messages.sendMessage({ chatRef: { ref: { case: "channel", value: { communityId: 1, channelId: 2n } } } });
    // @ts-expect-error nor in a list
    void client.messages.deleteMessage({ messageIds: [1] });
  });

  it("keep every other field's type", () => {
    // @ts-expect-error message is a string
    void client.messages.sendMessage({ message: 5 });
    // @ts-expect-error suppressEmbeds is a boolean
    void client.messages.sendMessage({ suppressEmbeds: "yes" });
    // @ts-expect-error an unknown oneof case
    void client.messages.sendMessage({ chatRef: { ref: { case: "channels", value: {} } } });
    const init: RequestInit<typeof SendMessageSchema> = { message: "hi", suppressEmbeds: true, media: [] };
    expectTypeOf(init).toMatchTypeOf<object>();
  });

  it("results stay bigint", async () => {
    const sent = await client.messages.sendMessage({ message: "hi" });
    expectTypeOf(sent.messageId).toEqualTypeOf<bigint>();
  });
});
