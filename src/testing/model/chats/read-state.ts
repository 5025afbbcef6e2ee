import { type ChatTarget, refFor } from "../access/chat-target.js";
import { ownSessions } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { readMarkerKey } from "../state/chat-keys.js";
import type { ServerState } from "../state/server-state.js";
import { lastMessage, unreadCount, unreadMentions } from "../views/conversations.js";

// Read markers: how far each user has read each chat. Read states are private: only the reader's
// own sessions hear of them.

/**
 * Moves `userId`'s read marker in `target` forward to `messageId` (never backwards) and clears
 * their mentions up to it. Returns whether the marker moved.
 */
export function advanceReadMarker(state: ServerState, target: ChatTarget, userId: bigint, messageId: bigint): boolean {
  const key = readMarkerKey(userId, target.key);
  if (messageId <= (state.readMarkers.get(key) ?? 0n)) return false;
  state.readMarkers.set(key, messageId);
  const log = state.chats.get(target.key);
  for (const [id, users] of log?.mentions ?? []) {
    if (id > messageId) continue;
    users.delete(userId);
    if (users.size === 0) log?.mentions.delete(id);
  }
  return true;
}

/**
 * chats.markChatRead: moves the caller's read marker up to `messageId` (clamped to the newest
 * message; never backwards) and, when it moved, tells every session of the caller, the calling one
 * included, with `conversationLastRead`.
 */
export function markRead(caller: Caller, target: ChatTarget, messageId: bigint): void {
  const { core, userId } = caller;
  const state = core.state;
  const newest = lastMessage(state, target)?.messageId ?? 0n;
  const upTo = messageId < newest ? messageId : newest;
  if (!advanceReadMarker(state, target, userId, upTo)) return;
  core.pushTo(ownSessions(userId), {
    update: {
      case: "conversationLastRead",
      value: {
        chatRef: refFor(target, userId),
        lastReadMessageId: upTo,
        unreadCount: unreadCount(state, target, userId),
        unreadMentionsCount: unreadMentions(state, target, userId).length,
      },
    },
  });
}

/** messages.getUnreadMentions: ids of messages after `userId`'s read marker that mention them, ascending. */
export function unreadMentionIds(state: ServerState, target: ChatTarget, userId: bigint): bigint[] {
  return unreadMentions(state, target, userId).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
