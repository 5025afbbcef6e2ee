import { create } from "@bufbuild/protobuf";
import {
  type MessageReactions,
  MessageReactionsSchema,
  type ReactionEmoji,
  ReactionEmojiSchema,
} from "../../../../gen/osmium/client/reactions_pb.js";
import type { ChatLog } from "../state/server-state.js";

// How reactions are keyed in `ChatLog.reactions` and what one viewer sees of them.

/** How many reactors a reaction field previews. */
export const PREVIEW_USERS = 3;

/** The key a reaction is stored under: `u:<unicode emoji>` or `c:<custom emoji id>`. */
export function reactionKey(emoji: ReactionEmoji): string {
  return emoji.emoji.case === "customEmoji" ? `c:${emoji.emoji.value}` : `u:${emoji.emoji.value ?? ""}`;
}

function emojiOfKey(key: string): ReactionEmoji {
  return key.startsWith("c:")
    ? create(ReactionEmojiSchema, { emoji: { case: "customEmoji", value: BigInt(key.slice(2)) } })
    : create(ReactionEmojiSchema, { emoji: { case: "unicodeEmoji", value: key.slice(2) } });
}

/**
 * The reactions on a message as `viewerId` sees them (`me` is per viewer), in the order each
 * emoji was first used; `undefined` when the message has none.
 */
export function messageReactionsView(log: ChatLog, messageId: bigint, viewerId: bigint): MessageReactions | undefined {
  const byEmoji = log.reactions.get(messageId);
  if (!byEmoji || byEmoji.size === 0) return undefined;
  return create(MessageReactionsSchema, {
    messageId,
    reactionFields: [...byEmoji].map(([key, users]) => ({
      emoji: emojiOfKey(key),
      count: users.length,
      me: users.includes(viewerId),
      previewUserIds: users.slice(0, PREVIEW_USERS),
    })),
  });
}

/** The reactions view of a message with none (sent when the last reaction is removed). */
export function emptyReactions(messageId: bigint): MessageReactions {
  return create(MessageReactionsSchema, { messageId, reactionFields: [] });
}
