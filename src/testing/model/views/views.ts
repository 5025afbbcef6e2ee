import { clone, create, type MessageInitShape } from "@bufbuild/protobuf";
import {
  type Community,
  CommunityMemberSchema,
  type CommunityMember,
  CommunitySchema,
  type Conversation,
  ConversationSchema,
  type Group,
  GroupSchema,
  type Message as ChatMessage,
  MessageSchema,
  NotifPrefs,
  type PermissionOverrides,
  PermissionOverridesSchema,
  type User,
  UserSchema,
} from "../../../../gen/osmium/client/types_pb.js";
import { ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { readMarkerKey } from "../state/chat-keys.js";
import { effectivePermissions } from "../access/permissions.js";
import type { CommunityRecord, GroupRecord, ServerState } from "../state/server-state.js";

// What one user sees of a record. Every result and update is built through these, so a field
// that depends on the viewer (owner flags, permissions, DM chat refs, unread counts) is right everywhere.

export function userView(state: ServerState, userId: bigint): User {
  const account = state.accounts.get(userId);
  return account ? clone(UserSchema, account.user) : create(UserSchema, { id: userId, name: "Deleted user" });
}

export function usersView(state: ServerState, userIds: Iterable<bigint>): User[] {
  return [...new Set(userIds)].map((id) => userView(state, id));
}

export function communityView(state: ServerState, community: CommunityRecord, viewerId: bigint): Community {
  return create(CommunitySchema, {
    id: community.id,
    owner: community.ownerId === viewerId,
    name: community.name,
    ...(community.photo ? { photo: community.photo } : {}),
    ...(community.username !== undefined ? { username: community.username } : {}),
    permissions: effectivePermissions(community, viewerId),
    notifPrefs: state.accounts.get(viewerId)?.notifPrefs.get(`community:${community.id}`) ?? NotifPrefs.DEFAULT,
  });
}

export function memberView(community: CommunityRecord, userId: bigint): CommunityMember {
  const member = community.members.get(userId);
  return create(CommunityMemberSchema, {
    id: userId,
    communityId: community.id,
    roleIds: member?.roleIds ?? [],
    ...(member?.nickname !== undefined ? { nickname: member.nickname } : {}),
  });
}

export function groupView(group: GroupRecord, viewerId: bigint): Group {
  return create(GroupSchema, {
    id: group.id,
    name: group.name,
    owner: group.ownerId === viewerId,
    participantIds: [...group.participants],
    ...(group.photo ? { photo: group.photo } : {}),
  });
}

/** A message as `viewerId` sees it: a DM's chat ref names the other user. */
export function messageView(message: ChatMessage, target: ChatTarget, viewerId: bigint): ChatMessage {
  const view = clone(MessageSchema, message);
  view.chatRef = create(ChatRefSchema, refFor(target, viewerId));
  return view;
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

/** The conversation entry of a chat for `viewerId` (read state, unread counts, notification prefs). */
export function conversationView(state: ServerState, target: ChatTarget, viewerId: bigint, chatId: bigint): Conversation {
  const log = state.chats.get(target.key);
  const last = log?.messages[log.messages.length - 1];
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

/**
 * The channel overrides that apply to `userId` (those of @everyone, i.e. the community id, and of
 * their roles, OR-ed), as `Conversation.permissions` of a channel shows them; `undefined` when none.
 */
export function channelOverridesView(community: CommunityRecord, userId: bigint, channelId: bigint): PermissionOverrides | undefined {
  const overrides = community.overrides.get(channelId);
  if (!overrides) return undefined;
  let pos = 0n;
  let neg = 0n;
  let any = false;
  for (const roleId of [community.id, ...(community.members.get(userId)?.roleIds ?? [])]) {
    const o = overrides.get(roleId);
    if (!o) continue;
    any = true;
    pos |= o.pos;
    neg |= o.neg;
  }
  return any ? create(PermissionOverridesSchema, { pos, neg }) : undefined;
}
