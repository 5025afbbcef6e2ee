import { fromBinary, toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import { InvalidArgumentError } from "../../src/errors.js";
import { ChatRefs, chatRefKey } from "../../src/helpers/refs.js";

describe("ChatRefs", () => {
  it("builds a user ref", () => {
    const ref = ChatRefs.user("123");
    expect(ref.$typeName).toBe("osmium.client.refs.ChatRef");
    expect(ref.ref.case).toBe("user");
    expect(ref.ref.case === "user" && ref.ref.value.userId).toBe(123n);
  });

  it("builds a channel ref", () => {
    const ref = ChatRefs.channel(1n, "2");
    expect(ref.ref.case === "channel" && [ref.ref.value.communityId, ref.ref.value.channelId]).toEqual([1n, 2n]);
  });

  it("builds a group ref", () => {
    const ref = ChatRefs.group(5n);
    expect(ref.ref.case === "group" && ref.ref.value.groupId).toBe(5n);
  });

  it("builds the self ref", () => {
    expect(ChatRefs.self().ref.case).toBe("self");
  });

  it("encodes as the protocol expects (fixed64 ids)", () => {
    // field 2 (channel), length 18: field 1 fixed64 = 1, field 2 fixed64 = 2
    expect(Array.from(toBinary(ChatRefSchema, ChatRefs.channel(1n, 2n)))).toEqual([
      0x12, 18, 0x09, 1, 0, 0, 0, 0, 0, 0, 0, 0x11, 2, 0, 0, 0, 0, 0, 0, 0,
    ]);
    const back = fromBinary(ChatRefSchema, toBinary(ChatRefSchema, ChatRefs.user(18446744073709551615n)));
    expect(chatRefKey(back)).toBe("user:18446744073709551615");
  });

  it("rejects bad ids naming the argument", () => {
    expect(() => ChatRefs.user(7 as never)).toThrow(new InvalidArgumentError("userId", "must be a bigint or a string of decimal digits, got number 7"));
    expect(() => ChatRefs.channel("1", "-2")).toThrow('channelId must be a bigint or a string of decimal digits, got "-2"');
    expect(() => ChatRefs.channel(-1n, 2n)).toThrow("communityId must be between 0 and 2^64-1, got -1");
    expect(() => ChatRefs.group("abc")).toThrow('groupId must be a bigint or a string of decimal digits, got "abc"');
  });
});

describe("chatRefKey", () => {
  it("gives one stable key per chat", () => {
    expect(chatRefKey(ChatRefs.user(123n))).toBe("user:123");
    expect(chatRefKey(ChatRefs.channel("1", "2"))).toBe("channel:1:2");
    expect(chatRefKey(ChatRefs.group(5n))).toBe("group:5");
    expect(chatRefKey(ChatRefs.self())).toBe("self");
  });

  it("keys equal chats equally, so refs work as map keys", () => {
    const unread = new Map<string, number>([[chatRefKey(ChatRefs.channel(1n, 2n)), 3]]);
    expect(unread.get(chatRefKey(ChatRefs.channel("1", "2")))).toBe(3);
    expect(unread.get(chatRefKey(ChatRefs.channel(2n, 1n)))).toBe(undefined);
  });

  it("rejects a ref with no case", () => {
    const empty = fromBinary(ChatRefSchema, new Uint8Array());
    expect(() => chatRefKey(empty)).toThrow("ref has no case set (user, channel, group or self)");
  });
});
