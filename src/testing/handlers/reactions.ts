import type { ReactionEmoji } from "../../../gen/osmium/client/reactions_pb.js";
import { StickerPack_Type } from "../../../gen/osmium/client/stickers_pb.js";
import { CommunityPermission } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor, requireChatPermission, resolveChat } from "../model/access/chat-target.js";
import { chatAudience } from "../model/audiences/audiences.js";
import { badRequest, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import type { ChatLog } from "../model/state/server-state.js";
import { codePoints } from "../model/core/text.js";
import { findMessage, requireNotBlocked } from "../model/chats/chat-log.js";
import { emptyReactions, messageReactionsView, reactionKey } from "../model/chats/reactions.js";

// reactions.*: one reaction per emoji per user on a message; every change pushes the message's
// reactions to the chat, each viewer with their own `me` flags.

/** Most distinct emoji on one message (Discord's limit). */
const MAX_EMOJI_PER_MESSAGE = 20;
/** Longest unicode reaction: one emoji, possibly a long ZWJ sequence. */
const MAX_EMOJI_LENGTH = 16;

/**
 * Keycap emoji (1️⃣, #️⃣, *️⃣): a digit, # or * with an optional U+FE0F and U+20E3. They are
 * removed before the "no letters, digits or spaces" check, which would otherwise reject the digit.
 */
const KEYCAP = /[0-9#*]\u{FE0F}?\u{20E3}/gu;

/** 400 for a missing or malformed emoji, 404 for a custom emoji that is in no emoji pack. */
function validateEmoji(ctx: CallContext, emoji: ReactionEmoji | undefined): ReactionEmoji {
  switch (emoji?.emoji.case) {
    case "unicodeEmoji": {
      const text = emoji.emoji.value;
      if (!text.trim()) throw badRequest("emoji.unicode_emoji must not be empty");
      if (codePoints(text) > MAX_EMOJI_LENGTH || /[\p{L}\p{N}\s]/u.test(text.replace(KEYCAP, ""))) {
        throw badRequest("emoji.unicode_emoji must be a single emoji");
      }
      return emoji;
    }
    case "customEmoji": {
      const id = emoji.emoji.value;
      const known = [...ctx.core.state.stickerPacks.values()].some((p) => p.type === StickerPack_Type.EMOJI && p.stickerIds.includes(id));
      if (!known) throw notFound(`emoji.custom_emoji: no custom emoji ${id}`);
      return emoji;
    }
    default:
      throw badRequest("emoji is required (unicode_emoji or custom_emoji)");
  }
}

function pushReactions(ctx: CallContext, target: ChatTarget, log: ChatLog, messageId: bigint): void {
  ctx.core.pushTo(chatAudience(target), (userId) => ({
    update: {
      case: "messageReactions",
      value: { chatRef: refFor(target, userId), reactions: messageReactionsView(log, messageId, userId) ?? emptyReactions(messageId) },
    },
  }));
}

/** `reactions.*`: adding and removing are idempotent; only a real change pushes `messageReactions`. */
export const reactionHandlers: NamespaceHandlers<"reactions"> = {
  reactionsAddReaction(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { log, message } = findMessage(ctx.core.state, target, request.messageId);
    requireChatPermission(target, CommunityPermission.ADD_REACTIONS, "adding reactions");
    requireNotBlocked(ctx, target, "reacting");
    const key = reactionKey(validateEmoji(ctx, request.emoji));
    let byEmoji = log.reactions.get(message.messageId);
    const users = byEmoji?.get(key) ?? [];
    if (users.includes(ctx.userId)) return;
    if (!byEmoji?.has(key) && (byEmoji?.size ?? 0) >= MAX_EMOJI_PER_MESSAGE) {
      throw badRequest(`a message has at most ${MAX_EMOJI_PER_MESSAGE} different reactions`);
    }
    if (!byEmoji) {
      byEmoji = new Map();
      log.reactions.set(message.messageId, byEmoji);
    }
    byEmoji.set(key, [...users, ctx.userId]);
    pushReactions(ctx, target, log, message.messageId);
  },

  reactionsRemoveReaction(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { log, message } = findMessage(ctx.core.state, target, request.messageId);
    // No permission needed to take back one's own reaction (as in Discord).
    const key = reactionKey(validateEmoji(ctx, request.emoji));
    const byEmoji = log.reactions.get(message.messageId);
    const users = byEmoji?.get(key);
    if (!byEmoji || !users?.includes(ctx.userId)) return;
    const rest = users.filter((id) => id !== ctx.userId);
    if (rest.length > 0) byEmoji.set(key, rest);
    else byEmoji.delete(key);
    if (byEmoji.size === 0) log.reactions.delete(message.messageId);
    pushReactions(ctx, target, log, message.messageId);
  },
};
