import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { ChatSchema } from "../../../../gen/osmium/client/chats_pb.js";
import {
  type Conversation,
  ConversationSchema,
  type Group,
  GroupSchema,
  type Message as ChatMessage,
  NotifPrefs,
} from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { readMarkerKey } from "../state/chat-keys.js";
import type { GroupRecord, ServerState } from "../state/server-state.js";
import { messageView } from "./messages.js";
import { usersView } from "./users.js";

// What one user sees of a conversation: read state, unread counts, notification level, the
// group, and the `Chat` result of chats.getChat.

/** A group as `viewerId` sees it (their owner flag). */
export function groupView(group: GroupRecord, viewerId: bigint): Group {
  return create(GroupSchema, {
    id: group.id,
    name: group.name,
    owner: group.ownerId === viewerId,
    participantIds: [...group.participants],
    ...(group.photo ? { photo: group.photo } : {}),
  });
}

/** The newest message of a chat. */
export function lastMessage(state: ServerState, target: ChatTarget): ChatMessage | undefined {
  return state.chats.get(target.key)?.messages.at(-1);
}

/** Unread messages of `viewerId` in a chat: those after the read marker, not written by the viewer. */
export function unreadCount(state: ServerState, target: ChatTarget, viewerId: bigint): number {
  const lastRead = state.readMarkers.get(readMarkerKey(viewerId, target.key)) ?? 0n;
  const log = state.chats.get(target.key);
  if (!log) return 0;
  let count = 0;
  for (let i = log.messages.length - 1; i >= 0; i--) {
    const m = log.messages[i];
    if (!m || m.messageId <= lastRead) break;
    if (m.authorId !== viewerId) count++;
  }
  return count;
}

/** Mentions of `viewerId` in a chat not read yet. */
export function unreadMentions(state: ServerState, target: ChatTarget, viewerId: bigint): bigint[] {
  const log = state.chats.get(target.key);
  if (!log) return [];
  return [...log.mentions].filter(([, users]) => users.has(viewerId)).map(([id]) => id);
}

/**
 * The id a conversation sorts by when it has no message yet: the group's or channel's id
 * (the protocol: "defaults to the chat id"); DMs and the self chat have no chat id, so 0.
 */
export function chatIdOf(target: ChatTarget): bigint {
  return target.group?.id ?? target.channel?.id ?? 0n;
}

/** The conversation entry of a chat for `viewerId` (read state, unread counts, notification prefs). */
export function conversationView(state: ServerState, target: ChatTarget, viewerId: bigint, chatId = chatIdOf(target)): Conversation {
  const last = lastMessage(state, target);
  const init: MessageInitShape<typeof ConversationSchema> = {
    chatRef: refFor(target, viewerId),
    // The protocol says: defaults to the chat id when there is no message yet (used for sorting).
    lastMessageId: last?.messageId ?? chatId,
    lastReadMessageId: state.readMarkers.get(readMarkerKey(viewerId, target.key)) ?? 0n,
    unreadCount: unreadCount(state, target, viewerId),
    notifPrefs: state.accounts.get(viewerId)?.notifPrefs.get(target.key) ?? NotifPrefs.DEFAULT,
    unreadMentionsCount: unreadMentions(state, target, viewerId).length,
  };
  return create(ConversationSchema, init);
}

/** Users a conversation refers to: the viewer, both sides of a DM, the group's participants, the last author. */
export function usersOf(target: ChatTarget, viewerId: bigint, last: ChatMessage | undefined): bigint[] {
  const ids = [viewerId];
  if (target.peerId !== undefined) ids.push(target.peerId);
  if (target.group) ids.push(...target.group.participants);
  if (last) ids.push(last.authorId);
  return ids;
}

/** The `Chat` result of one conversation for `viewerId` (getChat, editChat, and the `chat` update). */
export function chatResult(state: ServerState, target: ChatTarget, viewerId: bigint): MessageInitShape<typeof ChatSchema> {
  const last = lastMessage(state, target);
  return {
    chat: conversationView(state, target, viewerId),
    ...(last ? { message: messageView(last, target, viewerId) } : {}),
    users: usersView(state, usersOf(target, viewerId, last)),
    ...(target.group ? { group: groupView(target.group, viewerId) } : {}),
    ...(target.channel ? { channel: target.channel } : {}),
  };
}
