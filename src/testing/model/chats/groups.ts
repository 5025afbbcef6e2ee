import type { EditChat } from "../../../../gen/osmium/client/chats_pb.js";
import type { Group } from "../../../../gen/osmium/client/types_pb.js";
import { requireNoBlockAmong, requireNoBlockInGroup } from "../access/blocks.js";
import type { ChatTarget } from "../access/chat-target.js";
import { chatAudience, groupChangeAudience } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest, conflict, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { validateName } from "../core/text.js";
import { isEmptyFileRef } from "../media/file-store.js";
import { photoFromUpload } from "../media/photos.js";
import { groupKey } from "../state/chat-keys.js";
import type { GroupRecord, ServerState } from "../state/server-state.js";
import { groupView } from "../views/conversations.js";
import { usersView } from "../views/users.js";
import { leaveRooms } from "../voice/rooms.js";
import { findMessage } from "./chat-log.js";

// Group chats: created with their participants, edited by their owner, joined by being added or by
// invite, left by removal. Who may do each is decided in access/chat-rules.ts.

/** Most participants a group chat may have (chats.createChat, chats.addChatMember, auth.useInvite). */
export const MAX_GROUP_SIZE = 100;

/** Pushes the group's new state to its participants and to users it just lost. */
function pushGroup(core: ServerCore, group: GroupRecord, removed: bigint[] = []): void {
  const users = usersView(core.state, group.participants);
  core.pushTo(groupChangeAudience(group.participants, removed), (userId) => ({
    update: { case: "group", value: { group: groupView(group, userId), users } },
  }));
}

/** The group of a chat ref; 400 for other kinds of chat. */
export function requireGroup(target: ChatTarget, action: string): GroupRecord {
  if (!target.group) throw badRequest(`${action}: chat_ref must be a group chat`);
  return target.group;
}

/**
 * chats.createChat: a group owned by the caller with `others` (already checked as addable); they
 * join at once, without accepting (documented for groups). 400 past {@link MAX_GROUP_SIZE}.
 */
export function createGroup(caller: Caller, name: string, others: bigint[]): Group {
  const { core, userId } = caller;
  if (others.length + 1 > MAX_GROUP_SIZE) throw badRequest(`a group has at most ${MAX_GROUP_SIZE} participants`);
  requireNoBlockAmong(core.state, [userId, ...others], "users");
  const group: GroupRecord = { id: core.nextId(), name, ownerId: userId, participants: new Set([userId, ...others]) };
  core.state.groups.set(group.id, group);
  pushGroup(core, group);
  return groupView(group, userId);
}

/**
 * Adds `userId` to `group` (added by the owner, or by invite) and pushes the group: 409 when they
 * are in already, and 409 when the group is full, the same answer however they come in.
 */
export function joinGroup(core: ServerCore, group: GroupRecord, userId: bigint, alreadyIn: string): void {
  if (group.participants.has(userId)) throw conflict(alreadyIn);
  if (group.participants.size >= MAX_GROUP_SIZE) throw conflict(`group ${group.id} is full (${MAX_GROUP_SIZE} participants)`);
  requireNoBlockInGroup(core.state, group, userId);
  group.participants.add(userId);
  pushGroup(core, group);
}

/**
 * Takes `userId` out of `group` and pushes the group to the rest and to them. When the owner
 * leaves, the longest-standing participant becomes owner. The removed user leaves the group's voice
 * room; the last one out deletes the group, its log and its room.
 */
export function leaveGroup(core: ServerCore, group: GroupRecord, userId: bigint): void {
  if (!group.participants.has(userId)) throw notFound(`user_id: user ${userId} is not in this group`);
  group.participants.delete(userId);
  if (group.ownerId === userId) {
    const [heir] = group.participants;
    if (heir !== undefined) group.ownerId = heir;
  }
  const key = groupKey(group.id);
  if (group.participants.size === 0) {
    core.state.groups.delete(group.id);
    core.state.chats.delete(key);
    core.state.rooms.delete(key);
  } else {
    // Someone out of the group can no longer be in its voice room; the rest hear of it.
    leaveRooms(core, (_sessionId, p, room) => room.chatKey === key && p.userId === userId);
  }
  pushGroup(core, group, [userId]);
}

/**
 * The highlighted message of a chats.editChat: 400 when the call edits nothing; an id must be a
 * message of the chat (404); 0 (or an empty wrapper) clears it. `undefined` leaves it unchanged.
 */
export function highlightOf(state: ServerState, target: ChatTarget, request: EditChat): bigint | undefined {
  if (request.name === undefined && request.photo === undefined && request.highlightedMsgId === undefined) {
    throw badRequest("nothing to edit: set name, photo or highlighted_msg_id");
  }
  const highlightId = request.highlightedMsgId?.highlightedMsgId ?? 0n;
  if (highlightId !== 0n) findMessage(state, target, highlightId, "highlighted_msg_id");
  return request.highlightedMsgId === undefined ? undefined : highlightId;
}

/**
 * chats.editChat of a group, by its owner: name, photo (an unset or empty file ref removes it, as
 * in communities.editPhoto and settings.editProfilePhoto) and the highlighted message. Pushes the group.
 */
export function editGroup(caller: Caller, group: GroupRecord, request: EditChat, highlight: bigint | undefined): void {
  const { core, userId } = caller;
  const { name, photo } = request;
  const newName = name !== undefined ? validateName(core.limits, name, "name") : undefined;
  const newPhoto = photo && !isEmptyFileRef(photo.file) ? photoFromUpload(core, userId, photo.file, "photo.file") : undefined;
  if (newName !== undefined) group.name = newName;
  if (photo !== undefined) {
    if (newPhoto) group.photo = newPhoto;
    else delete group.photo;
  }
  if (highlight !== undefined) {
    if (highlight === 0n) delete group.highlightedMsgId;
    else group.highlightedMsgId = highlight;
  }
  pushGroup(core, group);
}

/** chats.editChat of a channel: only its highlighted message (names go through communities.editChannel). Pushes `channel` to its viewers. */
export function highlightInChannel(core: ServerCore, target: ChatTarget, highlight: bigint | undefined): void {
  const channel = target.channel;
  if (!channel) return;
  if (!highlight) delete channel.highlightedMsgId;
  else channel.highlightedMsgId = highlight;
  core.pushTo(chatAudience(target), { update: { case: "channel", value: { channel } } });
}
