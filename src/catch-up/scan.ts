// Which chats changed: the conversation list (DMs, groups, saved messages) newest activity first,
// and every community's channels, each with its `last_message_id`. The protocol lists channels
// only per community (`communities.getChannels`), never in `chats.getChats` (docs/protocol.md#pagination).
import type { ChatRef } from "../../gen/osmium/client/refs_pb.js";
import type { Conversation } from "../../gen/osmium/client/types_pb.js";
import { paginate } from "../helpers/pagination/paginate.js";
import { chatRefKey } from "../helpers/refs.js";
import type { CatchUpCalls } from "./host.js";

/** One chat of the scan: where it is and the newest message it has. */
export interface ChatActivity {
  readonly key: string;
  readonly chatRef: ChatRef;
  readonly lastMessageId: bigint;
}

/** How far a scan goes. */
export interface ScanLimits {
  /** Conversations per `getChats` page. */
  readonly pageSize: number;
  /** Stop paging the conversation list at a conversation with no message newer than this. */
  readonly stopAt: bigint | undefined;
  /** Stop paging once this many conversations that `counts` accepts were listed. */
  readonly enough: number;
  readonly counts: (chat: ChatActivity) => boolean;
  readonly signal: AbortSignal;
}

function activity(conversation: Conversation): ChatActivity[] {
  const chatRef = conversation.chatRef;
  return chatRef?.ref.case ? [{ key: chatRefKey(chatRef), chatRef, lastMessageId: conversation.lastMessageId }] : [];
}

/** Lists the chats' activity: conversations down to `stopAt` (or one page without it), then every channel. */
export async function scanActivity(calls: CatchUpCalls, limits: ScanLimits): Promise<ChatActivity[]> {
  const { signal, stopAt } = limits;
  const found: ChatActivity[] = [];
  let counted = 0;
  const pages = paginate("catchUp", undefined, "descending", signal, async (cursor) => {
    const { chats } = await calls.chats.getChats({ limit: limits.pageSize, ...(cursor === undefined ? {} : { maxId: cursor }) }, { signal });
    return { items: chats, next: chats.at(-1)?.lastMessageId };
  });
  for await (const conversation of pages) {
    const chats = activity(conversation);
    found.push(...chats);
    // The list runs newest first: past `stopAt`, nothing further down has anything new.
    if (stopAt === undefined || conversation.lastMessageId <= stopAt) break;
    counted += chats.filter(limits.counts).length;
    if (counted >= limits.enough) break;
  }
  const { communities } = await calls.communities.getCommunities({}, { signal });
  for (const community of communities) {
    const { conversations } = await calls.communities.getChannels({ communityId: community.id }, { signal });
    for (const conversation of conversations) found.push(...activity(conversation));
  }
  return found;
}
