import { RelationshipStatus } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { forbidden } from "../core/errors.js";
import type { CommunityRecord, GroupRecord, ServerState } from "../state/server-state.js";
import type { ChatTarget } from "./chat-target.js";

// Blocks between users: every rule about them is here.
// - In a DM, a block by either side refuses what one does to the other: posting, forwarding,
//   editing, typing, reacting and calling (requireNotBlocked). So nothing new from a blocked user
//   reaches the blocker there: no message, no edit of an old one.
// - Nobody enters a group where a block stands between them and a participant, either way: not by
//   an invite (whoever made it), an add, or a new group (requireNoBlockInGroup, requireNoBlockAmong).
// - Nobody joins a community whose owner has blocked them, by any invite or add
//   (requireNotBlockedByOwner); members' own blocks do not keep anyone out of a community.
// - Messages already in groups and channels are delivered to everyone; hiding a blocked user's
//   messages there is the client's choice.
// A refusal never says who blocked whom, except that a community's owner did.

/** Whether `userId` has blocked `otherId`. */
export function hasBlocked(state: ServerState, userId: bigint, otherId: bigint): boolean {
  return state.accounts.get(userId)?.relationships.get(otherId) === RelationshipStatus.BLOCKED;
}

/** Whether either user has blocked the other. */
export function isBlocked(state: ServerState, a: bigint, b: bigint): boolean {
  return hasBlocked(state, a, b) || hasBlocked(state, b, a);
}

/** 403 in a DM where either side has blocked the other. */
export function requireNotBlocked(caller: Caller, target: ChatTarget, action: string): void {
  if (target.kind === "dm" && target.peerId !== undefined && isBlocked(caller.core.state, caller.userId, target.peerId)) {
    throw forbidden(`${action} is not possible: one of you has blocked the other`);
  }
}

/** Whether a block stands between `userId` and anyone in `others` (either direction). */
function blockedWithAny(state: ServerState, userId: bigint, others: Iterable<bigint>): boolean {
  for (const other of others) if (other !== userId && isBlocked(state, userId, other)) return true;
  return false;
}

/** 403 when a block stands between `userId` and a participant of `group`: however they come in, they stay out. */
export function requireNoBlockInGroup(state: ServerState, group: GroupRecord, userId: bigint): void {
  if (blockedWithAny(state, userId, group.participants)) {
    throw forbidden(`user ${userId} cannot join group ${group.id}: a block stands between them and a participant`);
  }
}

/** 403 when a block stands between any two of `userIds` (the participants of a new group). */
export function requireNoBlockAmong(state: ServerState, userIds: readonly bigint[], argument: string): void {
  if (userIds.some((id, i) => blockedWithAny(state, id, userIds.slice(i + 1)))) {
    throw forbidden(`${argument}: a block stands between two of the users`);
  }
}

/** 403 when the owner of `community` has blocked `userId`: they cannot join it by any way in. */
export function requireNotBlockedByOwner(state: ServerState, community: CommunityRecord, userId: bigint): void {
  if (hasBlocked(state, community.ownerId, userId)) {
    throw forbidden(`user ${userId} cannot join community ${community.id}: its owner has blocked them`);
  }
}
