import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ChatSchema } from "../../../gen/osmium/client/chats_pb.js";
import { CommunityPermission, type Conversation, type Message as ChatMessage } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor, requireChatPermission, resolveChat } from "../model/access/chat-target.js";
import { chatAudienceExcept, ownSessions } from "../model/audiences/audiences.js";
import { groupKey, selfKey } from "../model/state/chat-keys.js";
import type { ServerCore } from "../model/core/server-core.js";
import { badRequest } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { ALL_PERMISSIONS } from "../model/access/permissions.js";
import type { ServerState } from "../model/state/server-state.js";
import { conversationView, groupView, messageView, unreadCount, unreadMentions, usersView } from "../model/views/views.js";
import { advanceReadMarker, requireNotBlocked } from "../model/chats/chat-log.js";

// chats.*: the conversation list, one conversation, read markers and typing. Groups: groups.ts.

/** Page size of getChats when the caller gives no limit. */
const DEFAULT_LIMIT = 50;

/**
 * The id a conversation sorts by when it has no message yet: the group's or channel's id
 * (the protocol: "defaults to the chat id"); DMs and the self chat have no chat id, so 0.
 */
function chatIdOf(target: ChatTarget): bigint {
  return target.group?.id ?? target.channel?.id ?? 0n;
}

function lastMessage(state: ServerState, target: ChatTarget): ChatMessage | undefined {
  return state.chats.get(target.key)?.messages.at(-1);
}

/** Users a conversation refers to: both sides of a DM, the group's participants, the last author. */
function usersOf(target: ChatTarget, viewerId: bigint, last: ChatMessage | undefined): bigint[] {
  const ids = [viewerId];
  if (target.peerId !== undefined) ids.push(target.peerId);
  if (target.group) ids.push(...target.group.participants);
  if (last) ids.push(last.authorId);
  return ids;
}

/**
 * Chats in `viewerId`'s list: DMs with at least one message, the self chat once used, and every
 * group they are in (even before its first message). Channels are listed by communities.getChannels.
 */
function listedChats(state: ServerState, viewerId: bigint): ChatTarget[] {
  const out: ChatTarget[] = [];
  for (const [key, log] of state.chats) {
    if (log.messages.length === 0) continue;
    if (key === selfKey(viewerId)) out.push({ key, kind: "self", permissions: ALL_PERMISSIONS });
    if (!key.startsWith("dm:")) continue;
    const [a, b] = key.split(":").slice(1).map((x) => BigInt(x || 0));
    if (a === viewerId || b === viewerId) out.push({ key, kind: "dm", peerId: (a === viewerId ? b : a) ?? 0n, permissions: ALL_PERMISSIONS });
  }
  for (const group of state.groups.values()) {
    if (group.participants.has(viewerId)) out.push({ key: groupKey(group.id), kind: "group", group, permissions: ALL_PERMISSIONS });
  }
  return out;
}

/** The `Chat` result of one conversation for `viewerId` (getChat, editChat). */
export function chatResult(core: ServerCore, target: ChatTarget, viewerId: bigint): MessageInitShape<typeof ChatSchema> {
  const state = core.state;
  const last = lastMessage(state, target);
  return {
    chat: conversationView(state, target, viewerId, chatIdOf(target)),
    ...(last ? { message: messageView(last, target, viewerId) } : {}),
    users: usersView(state, usersOf(target, viewerId, last)),
    ...(target.group ? { group: groupView(target.group, viewerId) } : {}),
    ...(target.channel ? { channel: target.channel } : {}),
  };
}

/** `chats.*` calls about conversations (invites: invites.ts; groups: groups.ts). */
export const chatHandlers: Pick<NamespaceHandlers<"chats">, "chatsGetChats" | "chatsGetChat" | "chatsMarkChatRead" | "chatsSetTyping"> = {
  /**
   * Conversations newest activity first, paged on `last_message_id`: `max_id` keeps those below
   * it (older pages), `min_id` those above it (newer ones; with `min_id` alone the page is the
   * `limit` conversations closest above it), `limit` defaults to 50, capped at the page size.
   */
  chatsGetChats(request, ctx) {
    const state = ctx.core.state;
    const me = ctx.userId;
    if (request.limit !== undefined && request.limit < 1) throw badRequest("limit must be at least 1");
    const limit = Math.min(request.limit ?? DEFAULT_LIMIT, ctx.core.limits.pageSize);
    let entries = listedChats(state, me)
      .map((target) => ({ target, conversation: conversationView(state, target, me, chatIdOf(target)) }))
      .filter(({ conversation: c }) => request.maxId === undefined || c.lastMessageId < request.maxId)
      .filter(({ conversation: c }) => request.minId === undefined || c.lastMessageId > request.minId)
      .sort((a, b) => byLastMessageDesc(a.conversation, b.conversation));
    entries = request.minId !== undefined && request.maxId === undefined ? entries.slice(-limit) : entries.slice(0, limit);
    const lasts = entries.map(({ target }) => ({ target, last: lastMessage(state, target) }));
    return {
      chats: entries.map((e) => e.conversation),
      users: usersView(state, lasts.flatMap(({ target, last }) => usersOf(target, me, last))),
      groups: entries.flatMap(({ target }) => (target.group ? [groupView(target.group, me)] : [])),
      channels: [],
      messages: lasts.flatMap(({ target, last }) => (last ? [messageView(last, target, me)] : [])),
    };
  },

  chatsGetChat(request, ctx) {
    return chatResult(ctx.core, resolveChat(ctx, request.chatRef), ctx.userId);
  },

  /**
   * Moves the caller's read marker up to `message_id` (clamped to the newest message; never
   * backwards) and tells every session of the caller, this one included, with
   * `conversationLastRead`. Other users learn nothing: read states are private.
   */
  chatsMarkChatRead(request, ctx) {
    const state = ctx.core.state;
    const target = resolveChat(ctx, request.chatRef);
    const newest = lastMessage(state, target)?.messageId ?? 0n;
    const upTo = request.messageId < newest ? request.messageId : newest;
    if (!advanceReadMarker(state, target, ctx.userId, upTo)) return;
    ctx.core.pushTo(ownSessions(ctx.userId), {
      update: {
        case: "conversationLastRead",
        value: {
          chatRef: refFor(target, ctx.userId),
          lastReadMessageId: upTo,
          unreadCount: unreadCount(state, target, ctx.userId),
          unreadMentionsCount: unreadMentions(state, target, ctx.userId).length,
        },
      },
    });
  },

  /**
   * Pushes `chatTyping` to everyone in the chat except the typer (their own devices know).
   * Needs SEND_MESSAGES in channels; refused in a DM with a block. No server-side expiry.
   */
  chatsSetTyping(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireChatPermission(target, CommunityPermission.SEND_MESSAGES, "typing");
    requireNotBlocked(ctx, target, "typing");
    ctx.core.pushTo(chatAudienceExcept(target, ctx.userId), (userId) => ({
      update: {
        case: "chatTyping",
        value: {
          chatRef: refFor(target, userId),
          userId: ctx.userId,
          typing: request.typing,
          ...(request.action !== undefined ? { action: request.action } : {}),
        },
      },
    }));
  },
};

function byLastMessageDesc(a: Conversation, b: Conversation): number {
  return a.lastMessageId > b.lastMessageId ? -1 : a.lastMessageId < b.lastMessageId ? 1 : 0;
}
