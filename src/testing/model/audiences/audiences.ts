import type { ChatTarget } from "../access/chat-target.js";
import { channelViewers } from "../access/visibility.js";
import type { CommunityRecord, ServerState } from "../state/server-state.js";

// Who receives which update: every recipient rule of the reference server lives in this folder.
// The model never picks recipients by hand; it calls one of these and `core.pushTo`. The protocol
// documents no recipients beyond a chat's participants (docs/protocol.md#updates).

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

/** A chat's audience without `userId` (typing: the typer's own devices need no indicator). */
export function chatAudienceExcept(target: ChatTarget, userId: bigint): bigint[] {
  return chatAudience(target).filter((id) => id !== userId);
}

/** Every member of a community (community-wide updates: community, roles, members). */
export function communityAudience(community: CommunityRecord): bigint[] {
  return [...community.members.keys()];
}

/**
 * Who hears of a change to a group: its participants, plus users it just lost (so a removed user
 * learns they are out).
 */
export function groupChangeAudience(participants: Iterable<bigint>, removed: Iterable<bigint> = []): bigint[] {
  return [...new Set([...participants, ...removed])];
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

/** A user's own sessions (account-scoped updates: read markers, and the like). */
export function ownSessions(userId: bigint): bigint[] {
  return [userId];
}
