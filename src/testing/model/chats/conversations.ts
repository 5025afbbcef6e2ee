import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChatsSchema, GetChats } from "../../../../gen/osmium/client/chats_pb.js";
import type { TypingAction } from "../../../../gen/osmium/client/chats_pb.js";
import type { Conversation } from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, dmTarget, groupTarget, refFor, selfTarget } from "../access/chat-target.js";
import { chatAudienceExcept } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest } from "../core/errors.js";
import type { ServerLimits } from "../core/options.js";
import { selfKey } from "../state/chat-keys.js";
import type { ServerState } from "../state/server-state.js";
import { conversationView, groupView, lastMessage, usersOf } from "../views/conversations.js";
import { messageView } from "../views/messages.js";
import { usersView } from "../views/users.js";
import { DEFAULT_PAGE } from "./history.js";

// The conversation list (chats.getChats) and typing indicators.

/**
 * Chats in `viewerId`'s list: DMs with at least one message, the self chat once used, and every
 * group they are in (even before its first message). Channels are listed by communities.getChannels.
 */
function listedChats(state: ServerState, viewerId: bigint): ChatTarget[] {
  const out: ChatTarget[] = [];
  for (const [key, log] of state.chats) {
    if (log.messages.length === 0) continue;
    if (key === selfKey(viewerId)) out.push(selfTarget(viewerId));
    if (!key.startsWith("dm:")) continue;
    const [a, b] = key.split(":").slice(1).map((x) => BigInt(x || 0));
    if (a === viewerId || b === viewerId) out.push(dmTarget(viewerId, (a === viewerId ? b : a) ?? 0n));
  }
  for (const group of state.groups.values()) {
    if (group.participants.has(viewerId)) out.push(groupTarget(group));
  }
  return out;
}

const byLastMessageDesc = (a: Conversation, b: Conversation): number =>
  a.lastMessageId > b.lastMessageId ? -1 : a.lastMessageId < b.lastMessageId ? 1 : 0;

/**
 * chats.getChats: conversations newest activity first, paged on `last_message_id`: `max_id` keeps
 * those below it (older pages), `min_id` those above it (newer ones; with `min_id` alone the page is
 * the `limit` conversations closest above it), `limit` defaults to 50, capped at the page size.
 */
export function chatsPage(state: ServerState, limits: ServerLimits, viewerId: bigint, request: GetChats): MessageInitShape<typeof ChatsSchema> {
  if (request.limit !== undefined && request.limit < 1) throw badRequest("limit must be at least 1");
  const limit = Math.min(request.limit ?? DEFAULT_PAGE, limits.pageSize);
  let entries = listedChats(state, viewerId)
    .map((target) => ({ target, conversation: conversationView(state, target, viewerId) }))
    .filter(({ conversation: c }) => request.maxId === undefined || c.lastMessageId < request.maxId)
    .filter(({ conversation: c }) => request.minId === undefined || c.lastMessageId > request.minId)
    .sort((a, b) => byLastMessageDesc(a.conversation, b.conversation));
  entries = request.minId !== undefined && request.maxId === undefined ? entries.slice(-limit) : entries.slice(0, limit);
  const lasts = entries.map(({ target }) => ({ target, last: lastMessage(state, target) }));
  return {
    chats: entries.map((e) => e.conversation),
    users: usersView(state, lasts.flatMap(({ target, last }) => usersOf(target, viewerId, last))),
    groups: entries.flatMap(({ target }) => (target.group ? [groupView(target.group, viewerId)] : [])),
    // Channels come from communities.getChannels.
    channels: [],
    messages: lasts.flatMap(({ target, last }) => (last ? [messageView(last, target, viewerId)] : [])),
  };
}

/** chats.setTyping: pushes `chatTyping` to everyone in the chat except the typer (their own devices know). No server-side expiry. */
export function setTyping(caller: Caller, target: ChatTarget, typing: boolean, action: TypingAction | undefined): void {
  caller.core.pushTo(chatAudienceExcept(target, caller.userId), (userId) => ({
    update: {
      case: "chatTyping",
      value: {
        chatRef: refFor(target, userId),
        userId: caller.userId,
        typing,
        ...(action !== undefined ? { action } : {}),
      },
    },
  }));
}
