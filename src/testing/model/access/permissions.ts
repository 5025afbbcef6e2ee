import { create } from "@bufbuild/protobuf";
import { CommunityPermission, type PermissionOverrides, PermissionOverridesSchema } from "../../../../gen/osmium/client/types_pb.js";
import { computePermissions } from "../../../helpers/permissions.js";
import { badRequest } from "../core/errors.js";
import type { CommunityRecord } from "../state/server-state.js";

// Permission bits: what a member holds in a community or one of its channels. Who may do what
// with them is decided in community-rules.ts and chat-rules.ts.

/** Every permission bit the protocol defines, OR-ed. */
export const ALL_PERMISSIONS = Object.values(CommunityPermission)
  .filter((v): v is number => typeof v === "number")
  .reduce((all, bit) => all | BigInt(bit), 0n);

const bit = (flag: CommunityPermission): bigint => BigInt(flag);

/**
 * A member's effective permissions in a community, or in one of its channels: the SDK's own
 * `computePermissions` (owner and ADMINISTRATOR get everything; default | roles; then the
 * channel's @everyone override, then the member's role overrides), so server and clients agree.
 * The protocol documents no algorithm: docs/protocol.md#permissions says why this one.
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

/** 400 when `bits` has bits outside the protocol's CommunityPermission flags. */
export function validatePermissionBits(bits: bigint, argument: string): bigint {
  const unknown = bits & ~ALL_PERMISSIONS;
  if (unknown !== 0n) throw badRequest(`${argument} has unknown permission bits 0x${unknown.toString(16)}`);
  return bits;
}

/** The names of the flags set in `bits`, in bit order (for error messages). */
export function permissionNames(bits: bigint): string[] {
  return Object.entries(CommunityPermission)
    .filter(([, v]) => typeof v === "number" && v !== 0 && (BigInt(v) & bits) !== 0n)
    .map(([k]) => k);
}

/**
 * The channel overrides that apply to `userId` (those of @everyone, i.e. the community id, and of
 * their roles, OR-ed), as `Conversation.permissions` of a channel shows them; `undefined` when none.
 */
export function channelOverridesOf(community: CommunityRecord, userId: bigint, channelId: bigint): PermissionOverrides | undefined {
  const overrides = community.overrides.get(channelId);
  if (!overrides) return undefined;
  let pos = 0n;
  let neg = 0n;
  let any = false;
  for (const roleId of [community.id, ...(community.members.get(userId)?.roleIds ?? [])]) {
    const o = overrides.get(roleId);
    if (!o) continue;
    any = true;
    pos |= o.pos;
    neg |= o.neg;
  }
  return any ? create(PermissionOverridesSchema, { pos, neg }) : undefined;
}
