import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { forbidden } from "../core/errors.js";
import type { CommunityRecord } from "../state/server-state.js";
import { effectivePermissions, permissionNames } from "./permissions.js";

// The role hierarchy, the building blocks of community-rules.ts. The docs say only that a higher
// priority "takes precedence"; this is Discord's rule: a member's rank is the highest `priority`
// among their roles (-1 with no roles). Without being the owner or holding ADMINISTRATOR, a member
// may only create, edit, delete, assign or override roles ranked strictly below their own rank,
// may only act on members ranked strictly below them, and may only grant or revoke permission bits
// they hold themselves. Nobody acts on the owner.

/** Whether `userId` is above the hierarchy: the owner, or a holder of ADMINISTRATOR. */
export function isPrivileged(community: CommunityRecord, userId: bigint): boolean {
  if (community.ownerId === userId) return true;
  const member = community.members.get(userId);
  let base = community.defaultPermissions;
  for (const roleId of member?.roleIds ?? []) base |= community.roles.get(roleId)?.permissions ?? 0n;
  return (base & BigInt(CommunityPermission.ADMINISTRATOR)) !== 0n;
}

/** A member's rank: the highest priority among their roles, -1 without roles. */
export function rankOf(community: CommunityRecord, userId: bigint): number {
  let rank = -1;
  for (const roleId of community.members.get(userId)?.roleIds ?? []) {
    const priority = community.roles.get(roleId)?.priority;
    if (priority !== undefined && priority > rank) rank = priority;
  }
  return rank;
}

/** 403 unless the caller may manage a role of `priority` (strictly below their rank). */
export function requireRoleBelow(caller: Caller, community: CommunityRecord, priority: number, what: string): void {
  if (isPrivileged(community, caller.userId)) return;
  const rank = rankOf(community, caller.userId);
  if (rank < 0) throw forbidden(`${what}: you have no role, so no role is below yours`);
  if (priority >= rank) {
    throw forbidden(`${what}: a role of priority ${priority} is not below your highest role (priority ${rank})`);
  }
}

/** 403 unless the caller may act on member `userId` (never the owner; otherwise strictly below the caller). */
export function requireMemberBelow(caller: Caller, community: CommunityRecord, userId: bigint, what: string): void {
  if (userId === community.ownerId) throw forbidden(`${what}: the owner of the community cannot be acted on`);
  if (isPrivileged(community, caller.userId)) return;
  const mine = rankOf(community, caller.userId);
  const theirs = rankOf(community, userId);
  if (theirs >= mine) throw forbidden(`${what}: member ${userId} has a role at or above your highest role`);
}

/**
 * 403 unless the caller holds every bit in `bits`; owner and admins hold all. With `channelId`, a
 * bit held community-wide or in that channel counts (as Discord: an override that denies you a
 * bit in a channel does not stop you from lifting it).
 */
export function requireHeldBits(caller: Caller, community: CommunityRecord, bits: bigint, what: string, channelId?: bigint): void {
  if (isPrivileged(community, caller.userId)) return;
  let held = effectivePermissions(community, caller.userId);
  if (channelId !== undefined) held |= effectivePermissions(community, caller.userId, channelId);
  const missing = bits & ~held;
  if (missing === 0n) return;
  throw forbidden(`${what}: you cannot grant or revoke permissions you do not hold (${permissionNames(missing).join(", ")})`);
}
