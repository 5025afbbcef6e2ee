import type { MessageInitShape } from "@bufbuild/protobuf";
import type { GetHistory, MessagesSchema, Search } from "../../../../gen/osmium/client/messages_pb.js";
import { ChannelType, type Message as ChatMessage } from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, channelTarget } from "../access/chat-target.js";
import { effectivePermissions } from "../access/permissions.js";
import { canViewChannel } from "../access/visibility.js";
import type { Caller } from "../core/caller.js";
import { badRequest } from "../core/errors.js";
import type { ServerLimits } from "../core/options.js";
import { checkLength } from "../core/text.js";
import type { ServerState } from "../state/server-state.js";
import { type MessageInChat, messagesResult } from "../views/messages.js";

// Reading chats: history pages, search and pins (docs/protocol.md#pagination).

/** Page size when the caller gives no limit (the protocol's documented default). */
export const DEFAULT_PAGE = 50;
/** Longest search query, in code points. */
const MAX_QUERY_LENGTH = 256;

/** The page size of a call: `limit` (default 50), capped at the server's page size; 400 for 0. */
export function pageLimit(limits: ServerLimits, limit: number | undefined): number {
  if (limit === undefined) return Math.min(DEFAULT_PAGE, limits.pageSize);
  if (limit < 1) throw badRequest("limit must be at least 1");
  return Math.min(limit, limits.pageSize);
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
 * One page of a log, as the protocol documents `getHistory`:
 * - `since`: after the id (exclusive), oldest first;
 * - `before`: before the id (exclusive), newest first;
 * - no offset: the latest page, newest first (`before` the end);
 * - `around`: `floor(limit / 2)` older messages, the message itself when it exists, and the rest
 *   newer ones, newest first like the default page. A short side is not back-filled from the other.
 */
function historyPage(messages: ChatMessage[], offset: GetHistory["offset"], limit: number): ChatMessage[] {
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

type Messages = MessageInitShape<typeof MessagesSchema>;

/** messages.getHistory: one page of `target`, as `viewerId` sees it. */
export function historyOf(state: ServerState, limits: ServerLimits, target: ChatTarget, request: GetHistory, viewerId: bigint): Messages {
  const messages = state.chats.get(target.key)?.messages ?? [];
  const page = historyPage(messages, request.offset, pageLimit(limits, request.limit));
  return messagesResult(state, page.map((message) => ({ message, target })), viewerId);
}

/**
 * Chats a search covers: the chat itself, or for an unscoped channel search every channel of the
 * community the caller can view (the proto: "a scoped query searches only the specific channel,
 * rather than the entire parent").
 */
function searchScope(caller: Caller, target: ChatTarget, scoped: boolean): ChatTarget[] {
  const community = target.community;
  if (target.kind !== "channel" || scoped || !community) return [target];
  return [...community.channels.values()]
    .filter((c) => c.type !== ChannelType.CATEGORY && canViewChannel(community, caller.userId, c.id))
    .map((c) => channelTarget(community, c.id, effectivePermissions(community, caller.userId, c.id)));
}

/**
 * messages.search: a case-insensitive substring of 1 to 256 code points. Like history, `since`
 * pages forwards (oldest first), otherwise newest first; one page at most.
 */
export function searchMessages(caller: Caller, target: ChatTarget, request: Search): Messages {
  const { core } = caller;
  const query = request.query.trim().toLowerCase();
  if (!query) throw badRequest("query must not be empty");
  checkLength(query, MAX_QUERY_LENGTH, "query");
  const offset = request.offset;
  const hits: MessageInChat[] = [];
  for (const chat of searchScope(caller, target, request.scoped)) {
    for (const message of core.state.chats.get(chat.key)?.messages ?? []) {
      if (offset.case === "since" && message.messageId <= offset.value) continue;
      if (offset.case === "before" && message.messageId >= offset.value) continue;
      if (message.message.toLowerCase().includes(query)) hits.push({ message, target: chat });
    }
  }
  const ascending = offset.case === "since";
  hits.sort((a, b) => (a.message.messageId < b.message.messageId === ascending ? -1 : 1));
  return messagesResult(core.state, hits.slice(0, pageLimit(core.limits, undefined)), caller.userId);
}

/** messages.getPinnedMessages: newest first. */
export function pinnedMessages(state: ServerState, target: ChatTarget, viewerId: bigint): Messages {
  const log = state.chats.get(target.key);
  const pinned = (log?.messages ?? []).filter((m) => log?.pinned.has(m.messageId)).reverse();
  return messagesResult(state, pinned.map((message) => ({ message, target })), viewerId);
}
