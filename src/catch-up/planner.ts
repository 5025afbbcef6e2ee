// Which chats to catch up, and from where: those whose newest message is newer than where the
// client stood in them, the most recently active first, at most `maxChats`.
import type { ChatRef } from "../../gen/osmium/client/refs_pb.js";
import type { ChatActivity } from "./scan.js";

/** One chat to recover: messages after `from` (exclusive) up to `until` (its newest at the scan). */
export interface ChatPlan {
  readonly key: string;
  readonly chatRef: ChatRef;
  readonly from: bigint;
  readonly until: bigint;
}

/** The chats to recover, and those `maxChats` left out. */
export interface Plan {
  readonly chats: readonly ChatPlan[];
  readonly leftOut: readonly ChatPlan[];
}

/**
 * Plans a catch-up from the scanned `activity` and `startOf` (where the client stood in a chat;
 * `undefined` when it has no starting point at all). A chat listed twice counts once.
 */
export function planCatchUp(activity: readonly ChatActivity[], startOf: (key: string) => bigint | undefined, maxChats: number): Plan {
  const behind = new Map<string, ChatPlan>();
  for (const chat of activity) {
    const from = startOf(chat.key);
    if (from === undefined || chat.lastMessageId <= from || behind.has(chat.key)) continue;
    behind.set(chat.key, { key: chat.key, chatRef: chat.chatRef, from, until: chat.lastMessageId });
  }
  const chats = [...behind.values()].sort((a, b) => (a.until > b.until ? -1 : a.until < b.until ? 1 : 0));
  return { chats: chats.slice(0, maxChats), leftOut: chats.slice(maxChats) };
}
