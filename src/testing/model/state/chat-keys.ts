import { create } from "@bufbuild/protobuf";
import { type ReactionEmoji, ReactionEmojiSchema } from "../../../../gen/osmium/client/reactions_pb.js";

// The server's internal keys: of chats (ServerState.chats, rooms), read markers and reactions.

/** The server's internal key of a DM between two users: the same from both sides. */
export const dmKey = (a: bigint, b: bigint): string => (a < b ? `dm:${a}:${b}` : `dm:${b}:${a}`);
export const selfKey = (userId: bigint): string => `self:${userId}`;
export const groupKey = (groupId: bigint): string => `group:${groupId}`;
export const channelKey = (communityId: bigint, channelId: bigint): string => `channel:${communityId}:${channelId}`;
export const readMarkerKey = (userId: bigint, chatKey: string): string => `${userId}|${chatKey}`;

/** The key a reaction is stored under in `ChatLog.reactions`: `u:<unicode emoji>` or `c:<custom emoji id>`. */
export function reactionKey(emoji: ReactionEmoji): string {
  return emoji.emoji.case === "customEmoji" ? `c:${emoji.emoji.value}` : `u:${emoji.emoji.value ?? ""}`;
}

/** The emoji a reaction key stands for. */
export function emojiOfKey(key: string): ReactionEmoji {
  return key.startsWith("c:")
    ? create(ReactionEmojiSchema, { emoji: { case: "customEmoji", value: BigInt(key.slice(2)) } })
    : create(ReactionEmojiSchema, { emoji: { case: "unicodeEmoji", value: key.slice(2) } });
}
