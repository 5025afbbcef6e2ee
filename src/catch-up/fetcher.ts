// Recovers one chat: `getHistory` pages `since` the last message recovered (exclusive, oldest
// first; docs/protocol.md#pagination) until the chat's newest message at the scan, an empty page,
// or the per-chat bound. Servers may cap a page below what was asked, so a short page ends nothing.
import type { Message, User } from "../../gen/osmium/client/types_pb.js";
import { AbortError } from "../errors.js";
import type { CatchUpCalls } from "./host.js";
import type { ChatPlan } from "./planner.js";

/** Messages asked for per page; the protocol's default page is 50, the reference server's cap 100. */
const PAGE = 100;

/** A recovered message and its author's profile when the page carried it. */
export interface RecoveredMessage {
  readonly message: Message;
  readonly author: User | undefined;
}

/** How recovering one chat went. */
export interface ChatRecovery {
  /** Messages handed to `deliver`. */
  readonly recovered: number;
  /** True when the per-chat bound stopped it before the chat's newest message. */
  readonly truncated: boolean;
}

const byId = (a: Message, b: Message): number => (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0);

/**
 * Fetches `chat`'s missed messages page by page and hands each page to `deliver`, oldest first,
 * at most `max` in all. Throws what a call throws; AbortError once `signal` fired, even when a
 * page arrived meanwhile, so nothing is delivered after an abort.
 */
export async function recoverChat(
  calls: CatchUpCalls,
  chat: ChatPlan,
  max: number,
  signal: AbortSignal,
  deliver: (page: readonly RecoveredMessage[]) => void,
): Promise<ChatRecovery> {
  let cursor = chat.from;
  let recovered = 0;
  while (cursor < chat.until) {
    if (recovered >= max) return { recovered, truncated: true };
    const limit = Math.min(max - recovered, PAGE);
    const page = await calls.messages.getHistory({ chatRef: chat.chatRef, limit, offset: { case: "since", value: cursor } }, { signal });
    if (signal.aborted) throw new AbortError("messages.getHistory", signal.reason);
    const fresh = page.messages.filter((m) => m.messageId > cursor).sort(byId).slice(0, max - recovered);
    const last = fresh.at(-1);
    if (last === undefined) break;
    const authors = new Map(page.users.map((user) => [user.id, user]));
    deliver(fresh.map((message) => ({ message, author: authors.get(message.authorId) })));
    recovered += fresh.length;
    cursor = last.messageId;
  }
  return { recovered, truncated: false };
}
