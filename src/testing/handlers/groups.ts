import { create } from "@bufbuild/protobuf";
import { type ChatPhoto, ChatPhotoSchema, CommunityPermission } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, requireChatPermission, resolveChat } from "../model/access/chat-target.js";
import { chatAudience, groupChangeAudience } from "../model/audiences/audiences.js";
import { groupKey } from "../model/state/chat-keys.js";
import { validateName } from "../model/communities/communities.js";
import { badRequest, conflict, forbidden, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { finalizeUpload, isEmptyFileRef } from "../model/media/file-store.js";
import type { GroupRecord } from "../model/state/server-state.js";
import { groupView, usersView } from "../model/views/views.js";
import { leaveRooms } from "../model/voice/rooms.js";
import { findMessage, isBlocked } from "../model/chats/chat-log.js";
import { chatResult } from "./chats.js";

// chats.*: group chats (create, edit, add and remove members).

/** Most participants a group chat may have (chats.createChat, chats.addChatMember, auth.useInvite). */
export const MAX_GROUP_SIZE = 100;

/** 409 when `group` has no room for one more participant, however they come in (added or by invite). */
export function requireRoomIn(group: GroupRecord): void {
  if (group.participants.size >= MAX_GROUP_SIZE) throw conflict(`group ${group.id} is full (${MAX_GROUP_SIZE} participants)`);
}

/** Pushes the group's new state to its participants and to users it just lost. */
function pushGroup(ctx: CallContext, group: GroupRecord, removed: bigint[] = []): void {
  const users = usersView(ctx.core.state, group.participants);
  ctx.core.pushTo(groupChangeAudience(group.participants, removed), (userId) => ({
    update: { case: "group", value: { group: groupView(group, userId), users } },
  }));
}

/** The group of a chat ref; 400 for other kinds of chat. */
function requireGroup(target: ChatTarget, action: string): GroupRecord {
  if (!target.group) throw badRequest(`${action}: chat_ref must be a group chat`);
  return target.group;
}

function requireOwner(ctx: CallContext, group: GroupRecord, action: string): void {
  if (group.ownerId !== ctx.userId) throw forbidden(`only the group owner can ${action}`);
}

/** 404 for an unknown user, 403 when they and the caller have blocked one another. */
function requireAddable(ctx: CallContext, userId: bigint, argument: string): void {
  if (!ctx.core.state.accounts.has(userId)) throw notFound(`${argument}: no user ${userId}`);
  if (isBlocked(ctx.core.state, ctx.userId, userId)) throw forbidden(`${argument}: user ${userId} cannot be added (blocked)`);
}

/** A photo from an upload: it must be an image (its type is sniffed: photos carry no MIME type). */
function photoFrom(ctx: CallContext, file: Parameters<typeof finalizeUpload>[2]): ChatPhoto {
  const record = finalizeUpload(ctx.core, ctx.userId, file, { argument: "photo.file" });
  if (!record.mimetype.startsWith("image/")) {
    // The upload is consumed either way; the file it became must not outlive the failed call.
    ctx.core.state.files.delete(record.id);
    throw badRequest("photo.file is not an image (PNG, JPEG, GIF or WebP)");
  }
  // No image decoding in the reference server, so no low-resolution preview.
  return create(ChatPhotoSchema, { fileId: record.id });
}

/** `chats.*` calls about group chats. */
export const groupHandlers: Pick<
  NamespaceHandlers<"chats">,
  "chatsCreateChat" | "chatsEditChat" | "chatsAddChatMember" | "chatsRemoveChatMember"
> = {
  chatsCreateChat(request, ctx) {
    const name = validateName(ctx.core, request.name, "name");
    const others = [...new Set(request.users.map((u) => u.userId))].filter((id) => id !== ctx.userId);
    others.forEach((id, i) => requireAddable(ctx, id, `users[${i}]`));
    if (others.length + 1 > MAX_GROUP_SIZE) throw badRequest(`a group has at most ${MAX_GROUP_SIZE} participants`);
    // Users join at once, without accepting (documented for groups).
    const group: GroupRecord = { id: ctx.core.nextId(), name, ownerId: ctx.userId, participants: new Set([ctx.userId, ...others]) };
    ctx.core.state.groups.set(group.id, group);
    pushGroup(ctx, group);
    return groupView(group, ctx.userId);
  },

  /**
   * Groups: the owner edits name, photo and highlighted message (pushes `group`). Channels: only
   * the highlighted message, with MODIFY_CHANNEL (pushes `channel`; names go through
   * communities.editChannel). DMs and the self chat have nothing to edit (400).
   */
  chatsEditChat(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { name, photo, highlightedMsgId: highlighted } = request;
    if (name === undefined && photo === undefined && highlighted === undefined) {
      throw badRequest("nothing to edit: set name, photo or highlighted_msg_id");
    }
    // 0 (or an empty wrapper) clears the highlighted message; an id must be a message of this chat.
    const highlightId = highlighted?.highlightedMsgId ?? 0n;
    if (highlightId !== 0n) findMessage(ctx.core.state, target, highlightId, "highlighted_msg_id");
    if (target.kind === "channel" && target.channel) {
      if (name !== undefined || photo !== undefined) throw badRequest("a channel's name and settings are edited with communities.editChannel");
      requireChatPermission(target, CommunityPermission.MODIFY_CHANNEL, "changing the highlighted message");
      const channel = target.channel;
      if (highlightId === 0n) delete channel.highlightedMsgId;
      else channel.highlightedMsgId = highlightId;
      ctx.core.pushTo(chatAudience(target), { update: { case: "channel", value: { channel } } });
      return chatResult(ctx.core, target, ctx.userId);
    }
    const group = requireGroup(target, "editChat");
    requireOwner(ctx, group, "edit the group");
    const newName = name !== undefined ? validateName(ctx.core, name, "name") : undefined;
    // An unset or empty file ref removes the photo, as in communities.editPhoto and settings.editProfilePhoto.
    const newPhoto = photo && !isEmptyFileRef(photo.file) ? photoFrom(ctx, photo.file) : undefined;
    if (newName !== undefined) group.name = newName;
    if (photo !== undefined) {
      if (newPhoto) group.photo = newPhoto;
      else delete group.photo;
    }
    if (highlighted !== undefined) {
      if (highlightId === 0n) delete group.highlightedMsgId;
      else group.highlightedMsgId = highlightId;
    }
    pushGroup(ctx, group);
    return chatResult(ctx.core, target, ctx.userId);
  },

  chatsAddChatMember(request, ctx) {
    const group = requireGroup(resolveChat(ctx, request.chatRef), "addChatMember");
    requireOwner(ctx, group, "add members");
    requireAddable(ctx, request.userId, "user_id");
    if (group.participants.has(request.userId)) throw conflict(`user ${request.userId} is already in this group`);
    requireRoomIn(group);
    group.participants.add(request.userId);
    pushGroup(ctx, group);
  },

  /**
   * The owner removes anyone; anyone removes themself (leaves). The removed user leaves the
   * group's voice room. When the owner leaves, the longest-standing participant becomes owner; the
   * last one out deletes the group, its log and its room.
   */
  chatsRemoveChatMember(request, ctx) {
    const group = requireGroup(resolveChat(ctx, request.chatRef), "removeChatMember");
    if (request.userId !== ctx.userId) requireOwner(ctx, group, "remove other members");
    if (!group.participants.has(request.userId)) throw notFound(`user_id: user ${request.userId} is not in this group`);
    group.participants.delete(request.userId);
    if (group.ownerId === request.userId) {
      const [heir] = group.participants;
      if (heir !== undefined) group.ownerId = heir;
    }
    const key = groupKey(group.id);
    if (group.participants.size === 0) {
      ctx.core.state.groups.delete(group.id);
      ctx.core.state.chats.delete(key);
      ctx.core.state.rooms.delete(key);
    } else {
      // Someone out of the group can no longer be in its voice room; the rest hear of it.
      leaveRooms(ctx.core, (_sessionId, p, room) => room.chatKey === key && p.userId === request.userId);
    }
    pushGroup(ctx, group, [request.userId]);
  },
};
