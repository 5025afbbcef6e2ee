import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import { computePermissions } from "../../../helpers/permissions.js";
import type { CommunityRecord } from "../state/server-state.js";

/** Every permission bit the protocol defines, OR-ed. */
export const ALL_PERMISSIONS = Object.values(CommunityPermission)
  .filter((v): v is number => typeof v === "number")
  .reduce((all, bit) => all | BigInt(bit), 0n);

const bit = (flag: CommunityPermission): bigint => BigInt(flag);

/**
 * A member's effective permissions in a community, or in one of its channels: the SDK's own
 * `computePermissions` (owner and ADMINISTRATOR get everything; default | roles; then the
 * channel's @everyone override, then the member's role overrides), so server and clients agree.
 */
export function effectivePermissions(community: CommunityRecord, userId: bigint, channelId?: bigint): bigint {
  const member = community.members.get(userId);
  if (!member) return 0n;
  const overrides = channelId === undefined ? undefined : community.overrides.get(channelId);
  return computePermissions({
    owner: community.ownerId === userId,
    defaultPermissions: community.defaultPermissions,
    roles: community.roles.values(),
    memberRoleIds: member.roleIds,
    // The community id doubles as the id of its implicit @everyone role, as in Discord.
    everyoneRoleId: community.id,
    overrides: overrides ? [...overrides].map(([roleId, permissions]) => ({ roleId, permissions })) : [],
  });
}

/** Whether `permissions` include `flag` (ADMINISTRATOR implies every flag). */
export function hasPermission(permissions: bigint, flag: CommunityPermission): boolean {
  return (permissions & bit(flag)) !== 0n || (permissions & bit(CommunityPermission.ADMINISTRATOR)) !== 0n;
}
