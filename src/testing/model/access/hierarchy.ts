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
// they hold themselves: assigning or taking away a role grants or revokes its bits, so it is held
// to the same rule as creating or editing the role (requireCanChangeAccess). Nobody acts on the owner.

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

/**
 * A change to who holds which permission: the roles it touches (by priority) and the bits it grants
 * or revokes, community-wide or (with `channelId`) in one channel. `what` names the action in a refusal.
 */
export interface AccessChange {
  readonly what: string;
  readonly priorities?: readonly number[];
  readonly bits?: readonly { readonly bits: bigint; readonly channelId?: bigint }[];
}

/**
 * The one rule for every change to roles, their assignment, the default permissions and channel
 * overrides: unless the caller is the owner or an administrator, every role touched ranks strictly
 * below the caller's highest role, and every bit granted or revoked is one the caller holds
 * (community-wide, or in the channel for an override). ADMINISTRATOR is held only by the owner and
 * administrators, so nobody else can hand it out, even through a role ranked below them.
 */
export function requireCanChangeAccess(caller: Caller, community: CommunityRecord, change: AccessChange): void {
  if (isPrivileged(community, caller.userId)) return;
  for (const priority of change.priorities ?? []) requireRoleBelow(caller, community, priority, change.what);
  for (const { bits, channelId } of change.bits ?? []) requireHeldBits(caller, community, bits, change.what, channelId);
}

/** 403 unless a role of `priority` is strictly below the caller's rank. */
function requireRoleBelow(caller: Caller, community: CommunityRecord, priority: number, what: string): void {
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
 * 403 unless the caller holds every bit in `bits`. With `channelId`, a bit held community-wide or in
 * that channel counts (as Discord: an override that denies you a bit in a channel does not stop you
 * from lifting it).
 */
function requireHeldBits(caller: Caller, community: CommunityRecord, bits: bigint, what: string, channelId?: bigint): void {
  let held = effectivePermissions(community, caller.userId);
  if (channelId !== undefined) held |= effectivePermissions(community, caller.userId, channelId);
  const missing = bits & ~held;
  if (missing === 0n) return;
  throw forbidden(`${what}: you cannot grant or revoke permissions you do not hold (${permissionNames(missing).join(", ")})`);
}
