import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { MembersSchema, RemovedMembersSchema } from "../../../../gen/osmium/client/communities_pb.js";
import { ChannelType, Message_MessageType, MessageSchema } from "../../../../gen/osmium/client/types_pb.js";
import { requireNotBlockedByOwner } from "../access/blocks.js";
import { channelTarget, refFor } from "../access/chat-target.js";
import { channelViewers } from "../access/visibility.js";
import { communityAudience } from "../audiences/audiences.js";
import { announceMessage } from "../chats/post.js";
import { removeMessages } from "../chats/chat-log.js";
import { badRequest, conflict, forbidden, notFound } from "../core/errors.js";
import { createIdGenerator } from "../core/ids.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength } from "../core/text.js";
import { channelKey } from "../state/chat-keys.js";
import type { CommunityRecord, MemberRecord } from "../state/server-state.js";
import { communityView, memberView } from "../views/communities.js";
import { usersView, userView } from "../views/users.js";
import { leaveRooms } from "../voice/rooms.js";
import { changeAccess } from "./publish.js";

// Who is in a community: joining (communities.addMember and auth.useInvite share `joinCommunity`,
// so bans, pushes and join messages are the same whichever way a user comes in), leaving, removal
// and bans, and member records (nicknames, roles).

/** The ban on `userId` if it is still in force; an expired ban is lifted on the spot. */
export function activeBan(core: ServerCore, community: CommunityRecord, userId: bigint): { until?: bigint; reason?: string } | undefined {
  const ban = community.bans.get(userId);
  if (ban?.until !== undefined && ban.until <= core.nowMs()) {
    community.bans.delete(userId);
    return undefined;
  }
  return ban;
}

/**
 * Makes `userId` a member: 403 while banned, 409 when already in. Existing members get
 * `communityMemberCreated`; the newcomer's sessions get `community` (they fetch channels next),
 * and a JOIN message goes to the system messages channel when join messages are on.
 */
export function joinCommunity(core: ServerCore, community: CommunityRecord, userId: bigint): void {
  if (community.members.has(userId)) throw conflict(`user ${userId} is already a member of community ${community.id}`);
  if (activeBan(core, community, userId)) throw forbidden(`user ${userId} is banned from community ${community.id}`);
  requireNotBlockedByOwner(core.state, community, userId);
  const existing = communityAudience(community);
  community.members.set(userId, { roleIds: [] });
  core.pushTo(existing, {
    update: {
      case: "communityMemberCreated",
      value: { communityId: community.id, memberId: userId, member: memberView(community, userId), user: userView(core.state, userId) },
    },
  });
  core.pushTo([userId], (viewer) => ({
    update: { case: "community", value: { communityId: community.id, community: communityView(core.state, community, viewer) } },
  }));
  postJoinMessage(core, community, userId);
}

/** Posts a JOIN system message for `userId` when the community's settings ask for one. */
function postJoinMessage(core: ServerCore, community: CommunityRecord, userId: bigint): void {
  const system = community.settings.systemMessages;
  const channelId = system?.channelId;
  if (!system?.joinMessages || channelId === undefined) return;
  const channel = community.channels.get(channelId);
  if (!channel || channel.type !== ChannelType.TEXT) return;
  const target = channelTarget(community, channelId);
  const message = create(MessageSchema, { messageId: core.nextId(), authorId: userId, message: "", type: Message_MessageType.JOIN });
  core.state.chatLog(target.key).messages.push(message);
  announceMessage(core, target, message);
}

/**
 * Takes `userId` out of `community` (leaving or removed). The remaining members get
 * `communityMemberDeleted`; the user's own sessions get `communityDeleted`, because from their side
 * the community is gone (as Discord's GUILD_DELETE to a kicked user). `communityUnavailable` is
 * kept for outages, which this server never has.
 */
export function dropMember(core: ServerCore, community: CommunityRecord, userId: bigint): void {
  community.members.delete(userId);
  // A departed member can no longer be in the community's voice rooms; each room's channel viewers hear of it.
  const roomKeys = new Set([...community.channels.keys()].map((channelId) => channelKey(community.id, channelId)));
  leaveRooms(core, (_sessionId, p, room) => p.userId === userId && roomKeys.has(room.chatKey));
  core.pushTo(communityAudience(community), {
    update: { case: "communityMemberDeleted", value: { communityId: community.id, memberId: userId } },
  });
  core.pushTo([userId], { update: { case: "communityDeleted", value: { communityId: community.id } } });
}

/** The smallest message id minted at `ms` or later (ids are ms since the server's epoch << 22). */
const firstIdAt = (ms: bigint): bigint => createIdGenerator(() => Number(ms))();

/**
 * Deletes the messages `authorIds` sent in any channel of `community` from `sinceMs` on (ms since
 * the epoch; 0 = all), and pushes one `messageDeleted` per channel to its viewers.
 */
export function deleteMessagesSince(core: ServerCore, community: CommunityRecord, authorIds: Set<bigint>, sinceMs: bigint): void {
  // A message's send time is in messageMeta; for a message without one (seeded), its id is this
  // server's snowflake, and the first id minted at `since` (by a generator frozen then) is the cut-off.
  const cutoff = sinceMs === 0n ? 0n : firstIdAt(sinceMs);
  const sentSince = (id: bigint) => {
    const sentAt = core.state.messageMeta.get(id)?.sentAt;
    return sentAt !== undefined ? sentAt >= sinceMs : id >= cutoff;
  };
  for (const channelId of community.channels.keys()) {
    const target = channelTarget(community, channelId);
    const log = core.state.chats.get(target.key);
    if (!log) continue;
    const doomed = log.messages.filter((m) => authorIds.has(m.authorId) && sentSince(m.messageId)).map((m) => m.messageId);
    if (doomed.length === 0) continue;
    removeMessages(core.state, log, new Set(doomed));
    core.pushTo(channelViewers(community, channelId), (viewer) => ({
      update: { case: "messageDeleted", value: { chatRef: refFor(target, viewer), messageIds: doomed } },
    }));
  }
}

/** What a removal records: until when (ms since the epoch; unset = for good) and why. */
export interface Ban {
  until?: bigint;
  reason?: string;
}

/**
 * The ban of a communities.removeMembers call, checked: `until` must be in the future (0 or unset
 * means permanent), `reason` at most `bioLength`. Like every timestamp of this server, `until` and
 * `delete_messages_since` are ms since the epoch.
 */
export function checkBan(core: ServerCore, request: { until?: bigint | undefined; reason?: string | undefined }): Ban {
  const until = request.until ? request.until : undefined;
  if (until !== undefined && until <= core.nowMs()) throw badRequest("until is in the past");
  const reason = request.reason?.trim() || undefined;
  if (reason) checkLength(reason, core.limits.bioLength, "reason");
  return { ...(until !== undefined ? { until } : {}), ...(reason ? { reason } : {}) };
}

/** 400 unless `ids` is a non-empty list of at most a page of ids; returns them deduplicated. */
export function checkMemberIds(core: ServerCore, ids: bigint[]): bigint[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw badRequest("member_ids must not be empty");
  if (unique.length > core.limits.pageSize) throw badRequest(`member_ids has more than ${core.limits.pageSize} ids`);
  return unique;
}

/** One entry of a `RemovedMembers` result. */
function removedView(core: ServerCore, userId: bigint, ban: Ban) {
  return {
    userId,
    user: userView(core.state, userId),
    ...(ban.until !== undefined ? { until: ban.until } : {}),
    ...(ban.reason !== undefined ? { reason: ban.reason } : {}),
  };
}

/**
 * communities.removeMembers, once every id is allowed: bans them (a non-member may be banned ahead
 * of time, which keeps them from joining, as in Discord), drops the members, and deletes their
 * messages since `deleteMessagesSince` when given.
 */
export function removeMembers(
  core: ServerCore,
  community: CommunityRecord,
  ids: bigint[],
  ban: Ban,
  deleteSince: bigint | undefined,
): MessageInitShape<typeof RemovedMembersSchema> {
  for (const userId of ids) {
    community.bans.set(userId, { ...ban });
    if (community.members.has(userId)) dropMember(core, community, userId);
  }
  if (deleteSince !== undefined) deleteMessagesSince(core, community, new Set(ids), deleteSince);
  return { members: ids.map((userId) => removedView(core, userId, ban)) };
}

/** communities.getRemovedMembers: the bans in force. */
export function bansOf(core: ServerCore, community: CommunityRecord): MessageInitShape<typeof RemovedMembersSchema> {
  const banned = [...community.bans.keys()].filter((userId) => activeBan(core, community, userId));
  return { members: banned.map((userId) => removedView(core, userId, community.bans.get(userId) ?? {})) };
}

/**
 * communities.unbanMembers: idempotent (ids that are not banned are skipped). Unbanning does not
 * re-add anyone and no update kind exists for it, so nothing is pushed; the user may join again.
 */
export function unbanMembers(community: CommunityRecord, ids: bigint[]): void {
  if (ids.length === 0) throw badRequest("member_ids must not be empty");
  for (const userId of ids) community.bans.delete(userId);
}

/** communities.getMembers: the members among `ids`; ids of non-members are skipped (a client may ask about authors who have left). */
export function membersOf(core: ServerCore, community: CommunityRecord, ids: bigint[]): MessageInitShape<typeof MembersSchema> {
  if (ids.length > core.limits.pageSize) throw badRequest(`member_ids has more than ${core.limits.pageSize} ids`);
  const members = [...new Set(ids)].filter((id) => community.members.has(id));
  return { members: members.map((id) => memberView(community, id)), users: usersView(core.state, members) };
}

/** The member `memberId` of `community`; 404 otherwise. */
export function requireMember(community: CommunityRecord, memberId: bigint): MemberRecord {
  const member = community.members.get(memberId);
  if (!member) throw notFound(`member_id: no member ${memberId} in community ${community.id}`);
  return member;
}

/** A nickname trimmed; 400 past the name limit. An empty one removes the nickname. */
export function checkNickname(core: ServerCore, nickname: string): string {
  const trimmed = nickname.trim();
  checkLength(trimmed, core.limits.nameLength, "nickname");
  return trimmed;
}

/** The role ids of an edit, deduplicated; 400 for one that is not a role of the community. */
export function checkRoleIds(community: CommunityRecord, roleIds: bigint[]): bigint[] {
  const unique = [...new Set(roleIds)];
  for (const roleId of unique) {
    if (!community.roles.has(roleId)) throw badRequest(`role_ids: no role ${roleId} in community ${community.id}`);
  }
  return unique;
}

/**
 * communities.editMember, once allowed: sets the nickname (empty removes it: the user's own name
 * shows again) and the roles. Every member gets `communityMember`; whoever's access changed hears
 * of it. Nothing to change changes nothing.
 */
export function editMember(
  core: ServerCore,
  community: CommunityRecord,
  memberId: bigint,
  edit: { nickname: string | undefined; roleIds: bigint[] | undefined },
): void {
  const member = community.members.get(memberId);
  if (!member || (edit.nickname === undefined && edit.roleIds === undefined)) return;
  changeAccess(core, community, () => {
    if (edit.nickname !== undefined) {
      if (edit.nickname) member.nickname = edit.nickname;
      else delete member.nickname;
    }
    if (edit.roleIds !== undefined) member.roleIds = edit.roleIds;
    core.pushTo(communityAudience(community), {
      update: { case: "communityMember", value: { communityId: community.id, memberId, member: memberView(community, memberId) } },
    });
  });
}
