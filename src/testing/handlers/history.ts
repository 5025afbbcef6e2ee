import { type Channel, ChannelType, CommunityPermission, type Message as ChatMessage } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, resolveChat } from "../model/access/chat-target.js";
import { channelKey } from "../model/state/chat-keys.js";
import { badRequest } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { effectivePermissions, hasPermission } from "../model/access/permissions.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { codePoints } from "../model/core/text.js";
import { unreadMentions } from "../model/views/views.js";
import { type MessageInChat, messagesResult } from "../model/chats/chat-log.js";
import { embedFor, firstUrl, validateEntities, validateText } from "../model/chats/message-content.js";

// messages.*: reading chats (history, search, pins, unread mentions, embed previews).

/** Page size when the caller gives no limit (the protocol's documented default). */
const DEFAULT_LIMIT = 50;
/** Longest search query, in code points. */
const MAX_QUERY_LENGTH = 256;

/** The page size of a call: `limit` (default 50), capped at the server's page size; 400 for 0. */
function pageLimit(ctx: CallContext, limit: number | undefined): number {
  if (limit === undefined) return Math.min(DEFAULT_LIMIT, ctx.core.limits.pageSize);
  if (limit < 1) throw badRequest("limit must be at least 1");
  return Math.min(limit, ctx.core.limits.pageSize);
}

/** Index of the first message with id ≥ `id` (logs are in id order). */
function lowerBound(messages: ChatMessage[], id: bigint): number {
  let lo = 0;
  let hi = messages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((messages[mid]?.messageId ?? 0n) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of a log, as semantics §6 documents `getHistory`:
 * - `since`: after the id (exclusive), oldest first;
 * - `before`: before the id (exclusive), newest first;
 * - no offset: the latest page, newest first (`before` the end);
 * - `around`: `floor(limit / 2)` older messages, the message itself when it exists, and the rest
 *   newer ones, newest first like the default page. A short side is not back-filled from the other.
 */
function historyPage(messages: ChatMessage[], offset: { case: "since" | "before" | "around"; value: bigint } | { case: undefined }, limit: number): ChatMessage[] {
  switch (offset.case) {
    case "since": {
      const start = lowerBound(messages, offset.value + 1n);
      return messages.slice(start, start + limit);
    }
    case "before": {
      const end = lowerBound(messages, offset.value);
      return messages.slice(Math.max(0, end - limit), end).reverse();
    }
    case "around": {
      const at = lowerBound(messages, offset.value);
      const exists = messages[at]?.messageId === offset.value;
      const olderCount = Math.floor(limit / 2);
      const newerCount = limit - olderCount - (exists ? 1 : 0);
      const older = messages.slice(Math.max(0, at - olderCount), at);
      const self = exists ? [messages[at] as ChatMessage] : [];
      const newerStart = at + self.length;
      const newer = messages.slice(newerStart, newerStart + newerCount);
      return [...older, ...self, ...newer].reverse();
    }
    default:
      return messages.slice(Math.max(0, messages.length - limit)).reverse();
  }
}

/** The chat target of a channel for `userId` (search across a community). */
function channelTarget(community: CommunityRecord, channel: Channel, userId: bigint): ChatTarget {
  return {
    key: channelKey(community.id, channel.id),
    kind: "channel",
    community,
    channel,
    permissions: effectivePermissions(community, userId, channel.id),
  };
}

/**
 * Chats a search covers: the chat itself, or for an unscoped channel search every channel of the
 * community the caller can view (the proto: "a scoped query searches only the specific channel,
 * rather than the entire parent").
 */
function searchScope(ctx: CallContext, target: ChatTarget, scoped: boolean): ChatTarget[] {
  const community = target.community;
  if (target.kind !== "channel" || scoped || !community) return [target];
  return [...community.channels.values()]
    .filter((c) => c.type !== ChannelType.CATEGORY)
    .map((c) => channelTarget(community, c, ctx.userId))
    .filter((t) => hasPermission(t.permissions, CommunityPermission.VIEW_CHANNEL));
}

/** `messages.*` calls that read. */
export const messageReadHandlers: Pick<
  NamespaceHandlers<"messages">,
  "messagesGetHistory" | "messagesSearch" | "messagesGetPinnedMessages" | "messagesGetUnreadMentions" | "messagesGetEmbedPreview"
> = {
  messagesGetHistory(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const messages = ctx.core.state.chats.get(target.key)?.messages ?? [];
    const page = historyPage(messages, request.offset, pageLimit(ctx, request.limit));
    return messagesResult(ctx.core.state, page.map((message) => ({ message, target })), ctx.userId);
  },

  messagesSearch(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const query = request.query.trim().toLowerCase();
    if (!query) throw badRequest("query must not be empty");
    if (codePoints(query) > MAX_QUERY_LENGTH) throw badRequest(`query is longer than ${MAX_QUERY_LENGTH} characters`);
    const offset = request.offset;
    const hits: MessageInChat[] = [];
    for (const chat of searchScope(ctx, target, request.scoped)) {
      for (const message of ctx.core.state.chats.get(chat.key)?.messages ?? []) {
        if (offset.case === "since" && message.messageId <= offset.value) continue;
        if (offset.case === "before" && message.messageId >= offset.value) continue;
        if (message.message.toLowerCase().includes(query)) hits.push({ message, target: chat });
      }
    }
    // Like history: `since` pages forwards (oldest first), otherwise newest first.
    const ascending = offset.case === "since";
    hits.sort((a, b) => (a.message.messageId < b.message.messageId === ascending ? -1 : 1));
    return messagesResult(ctx.core.state, hits.slice(0, pageLimit(ctx, undefined)), ctx.userId);
  },

  messagesGetPinnedMessages(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const log = ctx.core.state.chats.get(target.key);
    const pinned = (log?.messages ?? []).filter((m) => log?.pinned.has(m.messageId)).reverse();
    return messagesResult(ctx.core.state, pinned.map((message) => ({ message, target })), ctx.userId);
  },

  messagesGetUnreadMentions(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const ids = unreadMentions(ctx.core.state, target, ctx.userId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { messageIds: ids };
  },

  messagesGetEmbedPreview(request, ctx) {
    validateText(ctx, request.message);
    validateEntities(request.entities, request.message);
    const url = firstUrl(request.message, request.entities);
    if (!url) throw badRequest("message contains no link to preview");
    return embedFor(url, "message link");
  },
};
