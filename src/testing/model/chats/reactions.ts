import type { ReactionEmoji } from "../../../../gen/osmium/client/reactions_pb.js";
import { StickerPack_Type } from "../../../../gen/osmium/client/stickers_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { codePoints } from "../core/text.js";
import { reactionKey } from "../state/chat-keys.js";
import type { ChatLog, ServerState } from "../state/server-state.js";
import { emptyReactions, messageReactionsView } from "../views/messages.js";
import type { LocatedMessage } from "./chat-log.js";

// Reactions: one reaction per emoji per user on a message. Adding and removing are idempotent;
// every real change pushes the message's reactions to the chat, each viewer with their own `me` flags.

/** Most distinct emoji on one message (Discord's limit). */
export const MAX_EMOJI_PER_MESSAGE = 20;
/** Longest unicode reaction: one emoji, possibly a long ZWJ sequence. */
const MAX_EMOJI_LENGTH = 16;

/**
 * Keycap emoji (1️⃣, #️⃣, *️⃣): a digit, # or * with an optional U+FE0F and U+20E3. They are
 * removed before the "no letters, digits or spaces" check, which would otherwise reject the digit.
 */
const KEYCAP = /[0-9#*]\u{FE0F}?\u{20E3}/gu;

/** The storage key of `emoji`; 400 for a missing or malformed emoji, 404 for a custom emoji that is in no emoji pack. */
export function emojiKey(state: ServerState, emoji: ReactionEmoji | undefined): string {
  switch (emoji?.emoji.case) {
    case "unicodeEmoji": {
      const text = emoji.emoji.value;
      if (!text.trim()) throw badRequest("emoji.unicode_emoji must not be empty");
      if (codePoints(text) > MAX_EMOJI_LENGTH || /[\p{L}\p{N}\s]/u.test(text.replace(KEYCAP, ""))) {
        throw badRequest("emoji.unicode_emoji must be a single emoji");
      }
      return reactionKey(emoji);
    }
    case "customEmoji": {
      const id = emoji.emoji.value;
      const known = [...state.stickerPacks.values()].some((p) => p.type === StickerPack_Type.EMOJI && p.stickerIds.includes(id));
      if (!known) throw notFound(`emoji.custom_emoji: no custom emoji ${id}`);
      return reactionKey(emoji);
    }
    default:
      throw badRequest("emoji is required (unicode_emoji or custom_emoji)");
  }
}

function pushReactions(core: ServerCore, target: ChatTarget, log: ChatLog, messageId: bigint): void {
  core.pushTo(chatAudience(target), (userId) => ({
    update: {
      case: "messageReactions",
      value: { chatRef: refFor(target, userId), reactions: messageReactionsView(log, messageId, userId) ?? emptyReactions(messageId) },
    },
  }));
}

/** reactions.addReaction: the caller's reaction `key` on a message; reacting twice is a no-op. */
export function addReaction(caller: Caller, target: ChatTarget, { log, message }: LocatedMessage, key: string): void {
  let byEmoji = log.reactions.get(message.messageId);
  const users = byEmoji?.get(key) ?? [];
  if (users.includes(caller.userId)) return;
  if (!byEmoji?.has(key) && (byEmoji?.size ?? 0) >= MAX_EMOJI_PER_MESSAGE) {
    throw badRequest(`a message has at most ${MAX_EMOJI_PER_MESSAGE} different reactions`);
  }
  if (!byEmoji) {
    byEmoji = new Map();
    log.reactions.set(message.messageId, byEmoji);
  }
  byEmoji.set(key, [...users, caller.userId]);
  pushReactions(caller.core, target, log, message.messageId);
}

/** reactions.removeReaction: takes back the caller's reaction `key`; removing one never added is a no-op. */
export function removeReaction(caller: Caller, target: ChatTarget, { log, message }: LocatedMessage, key: string): void {
  const byEmoji = log.reactions.get(message.messageId);
  const users = byEmoji?.get(key);
  if (!byEmoji || !users?.includes(caller.userId)) return;
  const rest = users.filter((id) => id !== caller.userId);
  if (rest.length > 0) byEmoji.set(key, rest);
  else byEmoji.delete(key);
  if (byEmoji.size === 0) log.reactions.delete(message.messageId);
  pushReactions(caller.core, target, log, message.messageId);
}
