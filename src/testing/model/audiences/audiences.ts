import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import type { ChatTarget } from "../access/chat-target.js";
import { effectivePermissions, hasPermission } from "../access/permissions.js";
import type { CommunityRecord, ServerState } from "../state/server-state.js";
import { channelOverridesView } from "../views/views.js";

// Who receives which update: every recipient rule of the reference server lives in this file.
// Handlers never pick recipients by hand; they call one of these and `core.pushTo`.

/** Users who receive the updates of a chat: both sides of a DM, group participants, channel viewers. */
export function chatAudience(target: ChatTarget): bigint[] {
  switch (target.kind) {
    case "self":
      return [BigInt(target.key.slice("self:".length))];
    case "dm": {
      const [, a, b] = target.key.split(":");
      return [BigInt(a ?? 0), BigInt(b ?? 0)];
    }
    case "group":
      return [...(target.group?.participants ?? [])];
    case "channel":
      return target.community && target.channel ? channelViewers(target.community, target.channel.id) : [];
  }
}

/** Members who hold VIEW_CHANNEL in a channel. */
export function channelViewers(community: CommunityRecord, channelId: bigint): bigint[] {
  return [...community.members.keys()].filter((userId) =>
    hasPermission(effectivePermissions(community, userId, channelId), CommunityPermission.VIEW_CHANNEL),
  );
}

/** Every member of a community (community-wide updates: community, roles, members). */
export function communityAudience(community: CommunityRecord): bigint[] {
  return [...community.members.keys()];
}

/**
 * Users who see `userId`'s profile and status: the user (all sessions), people sharing a DM,
 * a group or a community with them, and people they have a relationship with.
 */
export function acquaintances(state: ServerState, userId: bigint): bigint[] {
  const out = new Set<bigint>([userId]);
  for (const other of state.accounts.get(userId)?.relationships.keys() ?? []) out.add(other);
  for (const group of state.groups.values()) if (group.participants.has(userId)) for (const p of group.participants) out.add(p);
  for (const community of state.communities.values()) {
    if (community.members.has(userId)) for (const m of community.members.keys()) out.add(m);
  }
  for (const key of state.chats.keys()) {
    if (!key.startsWith("dm:")) continue;
    const [a, b] = key.split(":").slice(1).map(BigInt);
    if (a === userId && b !== undefined) out.add(b);
    if (b === userId && a !== undefined) out.add(a);
  }
  return [...out];
}

/**
 * What every member can reach in a community at one moment: community permissions, and per visible
 * channel the member's combined override (`pos:neg`). Take one before a change that may move
 * permissions, then {@link accessChanges} says who must be told what.
 */
export type AccessSnapshot = Map<bigint, { permissions: bigint; visible: Map<bigint, string> }>;

/** Takes an {@link AccessSnapshot} of `community` now. */
export function accessSnapshot(community: CommunityRecord): AccessSnapshot {
  const snapshot: AccessSnapshot = new Map();
  for (const userId of community.members.keys()) {
    const visible = new Map<bigint, string>();
    for (const channelId of community.channels.keys()) {
      if (!hasPermission(effectivePermissions(community, userId, channelId), CommunityPermission.VIEW_CHANNEL)) continue;
      const o = channelOverridesView(community, userId, channelId);
      visible.set(channelId, `${o?.pos ?? 0n}:${o?.neg ?? 0n}`);
    }
    snapshot.set(userId, { permissions: effectivePermissions(community, userId), visible });
  }
  return snapshot;
}

/** How one member's access moved between two snapshots. */
export interface AccessChange {
  userId: bigint;
  /** Their community-wide permissions changed (they need a fresh `community`). */
  permissionsChanged: boolean;
  /** Channels they can see now and could not before (created, or VIEW_CHANNEL gained). */
  gained: bigint[];
  /** Channels they could see and no longer can (deleted, or VIEW_CHANNEL lost). */
  lost: bigint[];
  /** Channels they still see whose overrides for them changed. */
  overridesChanged: bigint[];
}

/**
 * Members (present in `after`) whose access differs between two snapshots of one community.
 * Members who left between the snapshots are not listed: whoever removed them tells them.
 */
export function accessChanges(before: AccessSnapshot, after: AccessSnapshot): AccessChange[] {
  const changes: AccessChange[] = [];
  for (const [userId, now] of after) {
    const was = before.get(userId);
    const change: AccessChange = {
      userId,
      permissionsChanged: was !== undefined && was.permissions !== now.permissions,
      gained: [...now.visible.keys()].filter((id) => !was?.visible.has(id)),
      lost: [...(was?.visible.keys() ?? [])].filter((id) => !now.visible.has(id)),
      overridesChanged: [...now.visible].filter(([id, o]) => was?.visible.has(id) && was.visible.get(id) !== o).map(([id]) => id),
    };
    if (change.permissionsChanged || change.gained.length || change.lost.length || change.overridesChanged.length) changes.push(change);
  }
  return changes;
}

/** A user's own sessions (account-scoped updates: read markers, and the like). */
export function ownSessions(userId: bigint): bigint[] {
  return [userId];
}

/** A chat's audience without `userId` (typing: the typer's own devices need no indicator). */
export function chatAudienceExcept(target: ChatTarget, userId: bigint): bigint[] {
  return chatAudience(target).filter((id) => id !== userId);
}

/**
 * Who hears of a change to a group: its participants, plus users it just lost (so a removed user
 * learns they are out).
 */
export function groupChangeAudience(participants: Iterable<bigint>, removed: Iterable<bigint> = []): bigint[] {
  return [...new Set([...participants, ...removed])];
}
