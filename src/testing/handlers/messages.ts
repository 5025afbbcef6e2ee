import { requireCanDelete, requireCanEdit, requireCanForward, requireCanPost, requireChatAction } from "../model/access/chat-rules.js";
import { resolveChat } from "../model/access/chat-target.js";
import { findMessage, findMessages } from "../model/chats/chat-log.js";
import { historyOf, pinnedMessages, searchMessages } from "../model/chats/history.js";
import { embedPreview } from "../model/chats/message-content.js";
import { deleteMessages, editMessage, forwardMessages, reportMessage, sendMessage, setPin } from "../model/chats/messages.js";
import { unreadMentionIds } from "../model/chats/read-state.js";
import type { NamespaceHandlers } from "./context.js";

/** `messages.*`: writing to chats (send, edit, delete, forward, pin, report) and reading them (history, search, pins, mentions, embeds). */
export const messagesHandlers: NamespaceHandlers<"messages"> = {
  messagesSendMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireCanPost(ctx, target);
    return { messageId: sendMessage(ctx, ctx.account, target, request).messageId };
  },

  messagesEditMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const located = findMessage(ctx.core.state, target, request.messageId);
    requireCanEdit(ctx, target, located.message);
    editMessage(ctx, target, located, request);
  },

  messagesDeleteMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    // All or nothing: every message is checked before any is deleted.
    const located = findMessages(ctx.core.state, target, request.messageIds);
    requireCanDelete(ctx, target, located.map((m) => m.message));
    deleteMessages(ctx.core, target, located);
  },

  messagesForwardMessage(request, ctx) {
    const destination = resolveChat(ctx, request.chatRef);
    const source = resolveChat(ctx, request.from, "from");
    const located = findMessages(ctx.core.state, source, request.messageIds);
    requireCanForward(ctx, destination, located.map((m) => m.message));
    forwardMessages(ctx, destination, located);
  },

  messagesSetMessagePin(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const located = findMessage(ctx.core.state, target, request.messageId);
    requireChatAction(ctx, target, "pin");
    setPin(located, request.pin);
  },

  messagesReportMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { message } = findMessage(ctx.core.state, target, request.messageId);
    reportMessage(ctx, target, message, request.reason);
  },

  messagesGetHistory(request, ctx) {
    return historyOf(ctx.core.state, ctx.core.limits, resolveChat(ctx, request.chatRef), request, ctx.userId);
  },

  messagesSearch(request, ctx) {
    return searchMessages(ctx, resolveChat(ctx, request.chatRef), request);
  },

  messagesGetPinnedMessages(request, ctx) {
    return pinnedMessages(ctx.core.state, resolveChat(ctx, request.chatRef), ctx.userId);
  },

  messagesGetUnreadMentions(request, ctx) {
    return { messageIds: unreadMentionIds(ctx.core.state, resolveChat(ctx, request.chatRef), ctx.userId) };
  },

  messagesGetEmbedPreview(request, ctx) {
    return embedPreview(ctx.core.limits, request.message, request.entities);
  },
};
