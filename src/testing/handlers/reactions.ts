import { requireChatAction } from "../model/access/chat-rules.js";
import { resolveChat } from "../model/access/chat-target.js";
import { findMessage } from "../model/chats/chat-log.js";
import { addReaction, emojiKey, removeReaction } from "../model/chats/reactions.js";
import type { NamespaceHandlers } from "./context.js";

/** `reactions.*`: adding and removing are idempotent; only a real change pushes `messageReactions`. */
export const reactionHandlers: NamespaceHandlers<"reactions"> = {
  reactionsAddReaction(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const located = findMessage(ctx.core.state, target, request.messageId);
    requireChatAction(ctx, target, "react");
    addReaction(ctx, target, located, emojiKey(ctx.core.state, request.emoji));
  },

  reactionsRemoveReaction(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const located = findMessage(ctx.core.state, target, request.messageId);
    // No permission is needed to take back one's own reaction (as in Discord).
    removeReaction(ctx, target, located, emojiKey(ctx.core.state, request.emoji));
  },
};
