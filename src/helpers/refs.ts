import type { ChatRef } from "../../gen/osmium/client/refs_pb.js";
import { shape_refs_ChatRef } from "../../gen/osmium/request_shapes.js";
import { InvalidArgumentError } from "../errors.js";
import { buildRequest } from "../protocol/request-build.js";
import { type IdInput, parseId } from "./ids.js";

/** A `ChatRef` message from an init object, as `create(ChatRefSchema, init)` makes it. */
export function chatRef(init: object): ChatRef {
  return buildRequest(shape_refs_ChatRef, init) as ChatRef;
}

/**
 * Factories for the generated `ChatRef`, the address of a chat in every message call.
 *
 * Ids may be `bigint`s or decimal strings; anything else throws an `InvalidArgumentError` naming
 * the argument (see {@link parseId}).
 *
 * @example
 * ```ts
 * await client.messages.sendMessage({ chatRef: ChatRefs.channel(communityId, "42"), message: "hi" });
 * ChatRefs.user(7n);   // a direct-message chat with user 7
 * ChatRefs.self();     // saved messages
 * ```
 */
export const ChatRefs = {
  /** The direct-message chat with a user. */
  user(userId: IdInput): ChatRef {
    return chatRef({ ref: { case: "user", value: { userId: parseId(userId, "userId") } } });
  },
  /** A channel of a community. */
  channel(communityId: IdInput, channelId: IdInput): ChatRef {
    const value = { communityId: parseId(communityId, "communityId"), channelId: parseId(channelId, "channelId") };
    return chatRef({ ref: { case: "channel", value } });
  },
  /** A group chat, by its chat id. */
  group(groupId: IdInput): ChatRef {
    return chatRef({ ref: { case: "group", value: { groupId: parseId(groupId, "groupId") } } });
  },
  /** The current user's saved messages. */
  self(): ChatRef {
    return chatRef({ ref: { case: "self", value: {} } });
  },
} as const;

/**
 * A stable string key for a chat, for use in `Map`s and `Set`s (two refs to the same chat have
 * the same key; generated messages are objects, so they do not compare by value).
 *
 * Keys are `"user:<id>"`, `"channel:<communityId>:<channelId>"`, `"group:<id>"` and `"self"`,
 * with ids in decimal. A ref with no case set throws an `InvalidArgumentError`.
 *
 * @example
 * ```ts
 * chatRefKey(ChatRefs.channel(1n, 2n)); // "channel:1:2"
 * const unread = new Map<string, number>();
 * unread.set(chatRefKey(ChatRefs.user("7")), 3);
 * ```
 */
export function chatRefKey(ref: ChatRef): string {
  const r = ref.ref;
  switch (r.case) {
    case "user":
      return `user:${r.value.userId}`;
    case "channel":
      return `channel:${r.value.communityId}:${r.value.channelId}`;
    case "group":
      return `group:${r.value.groupId}`;
    case "self":
      return "self";
    default:
      throw new InvalidArgumentError("ref", "has no case set (user, channel, group or self)");
  }
}
