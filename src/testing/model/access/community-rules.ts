import { type Channel, ChannelType, CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import { requireCommunity, requirePermission } from "./chat-target.js";
import { badRequest, forbidden, notFound } from "../core/errors.js";
import type { CallContext } from "../../handlers/context.js";
import { ALL_PERMISSIONS, effectivePermissions, hasPermission } from "./permissions.js";
import type { CommunityRecord } from "../state/server-state.js";

// The rules shared by every communities.* handler: finding what the caller may see (404 for what
// they may not, so existence never leaks), the permission bit an action needs (403), and the
// Discord-like role hierarchy.
//
// Hierarchy (the docs say only that a higher priority "takes precedence"; this is Discord's rule):
// a member's rank is the highest `priority` among their roles (-1 with no roles). Without being
// the owner or holding ADMINISTRATOR, a member may only create, edit, delete, assign or override
// roles ranked strictly below their own rank, may only act on members ranked strictly below them,
// and may only grant or revoke permission bits they hold themselves. Nobody acts on the owner.

/** A community the caller is in, and 403 unless they hold `flag` (in `channelId` when given). */
export function communityFor(
  ctx: CallContext,
  communityId: bigint,
  flag?: CommunityPermission,
  action = "this action",
  channelId?: bigint,
): CommunityRecord {
  const community = requireCommunity(ctx, communityId);
  if (flag !== undefined) requirePermission(ctx, community, flag, action, channelId);
  return community;
}

/** A channel (or category) of `community` the caller can see; 404 otherwise. */
export function visibleChannel(ctx: CallContext, community: CommunityRecord, channelId: bigint, argument = "channel_id"): Channel {
  const channel = community.channels.get(channelId);
  if (!channel || !hasPermission(effectivePermissions(community, ctx.userId, channelId), CommunityPermission.VIEW_CHANNEL)) {
    throw notFound(`${argument}: no channel ${channelId} in community ${community.id}`);
  }
  return channel;
}

/** A category of `community` the caller can see; 400 for anything else (as a bad argument). */
export function visibleCategory(ctx: CallContext, community: CommunityRecord, channelId: bigint, argument = "parent_id"): Channel {
  const channel = community.channels.get(channelId);
  const visible = channel && hasPermission(effectivePermissions(community, ctx.userId, channelId), CommunityPermission.VIEW_CHANNEL);
  if (!visible || channel.type !== ChannelType.CATEGORY) throw badRequest(`${argument}: ${channelId} is not a category of this community`);
  return channel;
}

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
export function requireRoleBelow(ctx: CallContext, community: CommunityRecord, priority: number, what: string): void {
  if (isPrivileged(community, ctx.userId)) return;
  const rank = rankOf(community, ctx.userId);
  if (rank < 0) throw forbidden(`${what}: you have no role, so no role is below yours`);
  if (priority >= rank) {
    throw forbidden(`${what}: a role of priority ${priority} is not below your highest role (priority ${rank})`);
  }
}

/** 403 unless the caller may act on member `userId` (never the owner; otherwise strictly below the caller). */
export function requireMemberBelow(ctx: CallContext, community: CommunityRecord, userId: bigint, what: string): void {
  if (userId === community.ownerId) throw forbidden(`${what}: the owner of the community cannot be acted on`);
  if (isPrivileged(community, ctx.userId)) return;
  const mine = rankOf(community, ctx.userId);
  const theirs = rankOf(community, userId);
  if (theirs >= mine) throw forbidden(`${what}: member ${userId} has a role at or above your highest role`);
}

/** 400 when `bits` has bits outside the protocol's CommunityPermission flags. */
export function validatePermissionBits(bits: bigint, argument: string): bigint {
  const unknown = bits & ~ALL_PERMISSIONS;
  if (unknown !== 0n) throw badRequest(`${argument} has unknown permission bits 0x${unknown.toString(16)}`);
  return bits;
}

/**
 * 403 unless the caller holds every bit in `bits`; owner and admins hold all. With `channelId`, a
 * bit held community-wide or in that channel counts (as Discord: an override that denies you a
 * bit in a channel does not stop you from lifting it).
 */
export function requireHeldBits(ctx: CallContext, community: CommunityRecord, bits: bigint, what: string, channelId?: bigint): void {
  if (isPrivileged(community, ctx.userId)) return;
  let held = effectivePermissions(community, ctx.userId);
  if (channelId !== undefined) held |= effectivePermissions(community, ctx.userId, channelId);
  const missing = bits & ~held;
  if (missing === 0n) return;
  const names = Object.entries(CommunityPermission)
    .filter(([, v]) => typeof v === "number" && v !== 0 && (BigInt(v) & missing) !== 0n)
    .map(([k]) => k);
  throw forbidden(`${what}: you cannot grant or revoke permissions you do not hold (${names.join(", ")})`);
}

/** Channels of `community` in sidebar order: top level by position, each category followed by its children. */
export function sidebarOrder(community: CommunityRecord): Channel[] {
  const byPosition = (a: Channel, b: Channel) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...community.channels.values()];
  const out: Channel[] = [];
  const orphans = all.filter((c) => c.parentId !== undefined && !community.channels.has(c.parentId));
  for (const top of all.filter((c) => c.parentId === undefined).concat(orphans).sort(byPosition)) {
    out.push(top);
    if (top.type === ChannelType.CATEGORY) out.push(...all.filter((c) => c.parentId === top.id).sort(byPosition));
  }
  return out;
}
