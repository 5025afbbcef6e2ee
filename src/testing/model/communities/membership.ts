import { create } from "@bufbuild/protobuf";
import { ChannelType, Message_MessageType, MessageSchema } from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { channelViewers, communityAudience } from "../audiences/audiences.js";
import { channelKey } from "../state/chat-keys.js";
import type { ServerCore } from "../core/server-core.js";
import { conflict, forbidden } from "../core/errors.js";
import { createIdGenerator } from "../core/ids.js";
import type { CommunityRecord } from "../state/server-state.js";
import { communityView, memberView, messageView, unreadCount, userView } from "../views/views.js";
import { leaveRooms } from "../voice/rooms.js";

// Joining, leaving and removal of community members, and the clean-up when channels or whole
// communities go away. communities.addMember uses `joinCommunity`; so can auth.useInvite, so that
// bans, pushes and join messages are the same whichever way a user comes in.

/** The ban on `userId` if it is still in force; an expired ban is lifted on the spot. */
export function activeBan(core: ServerCore, community: CommunityRecord, userId: bigint): { until?: bigint; reason?: string } | undefined {
  const ban = community.bans.get(userId);
  if (ban?.until !== undefined && ban.until <= core.nowMs()) {
    community.bans.delete(userId);
    return undefined;
  }
  return ban;
}

/** A ChatTarget for a channel, for the shared views (unread counts, message chat refs). */
export function channelTarget(community: CommunityRecord, channelId: bigint): ChatTarget {
  const channel = community.channels.get(channelId);
  return { key: channelKey(community.id, channelId), kind: "channel", community, ...(channel ? { channel } : {}), permissions: 0n };
}

/**
 * Makes `userId` a member: 403 while banned, 409 when already in. Existing members get
 * `communityMemberCreated`; the newcomer's sessions get `community` (they fetch channels next),
 * and a JOIN message goes to the system messages channel when join messages are on.
 */
export function joinCommunity(core: ServerCore, community: CommunityRecord, userId: bigint): void {
  if (community.members.has(userId)) throw conflict(`user ${userId} is already a member of community ${community.id}`);
  if (activeBan(core, community, userId)) throw forbidden(`user ${userId} is banned from community ${community.id}`);
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
  const message = create(MessageSchema, {
    messageId: core.nextId(),
    authorId: userId,
    message: "",
    type: Message_MessageType.JOIN,
  });
  core.state.chatLog(target.key).messages.push(message);
  core.pushTo(channelViewers(community, channelId), (viewer) => ({
    update: {
      case: "messageCreated",
      value: {
        message: messageView(message, target, viewer),
        channelUnreadCount: unreadCount(core.state, target, viewer),
        author: userView(core.state, userId),
      },
    },
  }));
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
    const gone = new Set(doomed);
    log.messages = log.messages.filter((m) => !gone.has(m.messageId));
    for (const id of doomed) {
      log.pinned.delete(id);
      log.reactions.delete(id);
      log.mentions.delete(id);
      core.state.messageMeta.delete(id);
    }
    core.pushTo(channelViewers(community, channelId), (viewer) => ({
      update: { case: "messageDeleted", value: { chatRef: refFor(target, viewer), messageIds: doomed } },
    }));
  }
}

/** The smallest message id minted at `ms` or later (ids are ms since the server's epoch << 22). */
const firstIdAt = (ms: bigint): bigint => createIdGenerator(() => Number(ms))();

/** Forgets everything kept for a channel: messages, read markers, voice room, overrides, settings. */
export function forgetChannel(core: ServerCore, community: CommunityRecord, channelId: bigint): void {
  const key = channelKey(community.id, channelId);
  const state = core.state;
  community.channels.delete(channelId);
  community.overrides.delete(channelId);
  community.parentSync.delete(channelId);
  for (const message of state.chats.get(key)?.messages ?? []) state.messageMeta.delete(message.messageId);
  state.chats.delete(key);
  for (const marker of [...state.readMarkers.keys()]) if (marker.endsWith(`|${key}`)) state.readMarkers.delete(marker);
  for (const [roomKey, room] of [...state.rooms]) if (room.chatKey === key) state.rooms.delete(roomKey);
  if (community.settings.systemMessages?.channelId === channelId) delete community.settings.systemMessages.channelId;
}

/** Deletes a whole community and everything kept for it (channels, invites, notification prefs). */
export function forgetCommunity(core: ServerCore, community: CommunityRecord): void {
  for (const channelId of [...community.channels.keys()]) forgetChannel(core, community, channelId);
  core.state.communities.delete(community.id);
  for (const [code, invite] of [...core.state.invites]) if (invite.targetId === community.id) core.state.invites.delete(code);
  for (const account of core.state.accounts.values()) account.notifPrefs.delete(`community:${community.id}`);
}
