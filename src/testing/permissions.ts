import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import type { CommunityRecord } from "./state.js";

/** Every permission bit the protocol defines, OR-ed. */
export const ALL_PERMISSIONS = Object.values(CommunityPermission)
  .filter((v): v is number => typeof v === "number")
  .reduce((all, bit) => all | BigInt(bit), 0n);

const bit = (flag: CommunityPermission): bigint => BigInt(flag);

/**
 * A member's effective permissions in a community, or in one of its channels.
 * Owner and ADMINISTRATOR get everything; otherwise default | roles, then the channel's role
 * overrides: all matching `neg` removed, then all matching `pos` added.
 */
export function effectivePermissions(community: CommunityRecord, userId: bigint, channelId?: bigint): bigint {
  const member = community.members.get(userId);
  if (!member) return 0n;
  if (community.ownerId === userId) return ALL_PERMISSIONS;
  let base = community.defaultPermissions;
  for (const roleId of member.roleIds) base |= community.roles.get(roleId)?.permissions ?? 0n;
  if (base & bit(CommunityPermission.ADMINISTRATOR)) return ALL_PERMISSIONS;
  if (channelId === undefined) return base;
  const overrides = community.overrides.get(channelId);
  if (!overrides) return base;
  let pos = 0n;
  let neg = 0n;
  // The community id doubles as the id of its implicit @everyone role, as in Discord.
  for (const roleId of [community.id, ...member.roleIds]) {
    const o = overrides.get(roleId);
    if (o) {
      pos |= o.pos;
      neg |= o.neg;
    }
  }
  return (base & ~neg) | pos;
}

/** Whether `permissions` include `flag` (ADMINISTRATOR implies every flag). */
export function hasPermission(permissions: bigint, flag: CommunityPermission): boolean {
  return (permissions & bit(flag)) !== 0n || (permissions & bit(CommunityPermission.ADMINISTRATOR)) !== 0n;
}
