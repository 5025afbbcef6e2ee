import { CommunityPermission as P } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { badRequest, conflict, forbidden, notFound } from "../core/errors.js";
import type { CommunityRecord } from "../state/server-state.js";
import { hasBlocked } from "./blocks.js";
import { requireCanChangeAccess, requireMemberBelow } from "./hierarchy.js";
import { effectivePermissions, hasPermission } from "./permissions.js";
import { requireCommunity, requireRole } from "./visibility.js";

// Who may do what in a community. Every communities.* handler asks here: first the permission
// bit its action needs (the table below), then, for roles and members, the role hierarchy of
// hierarchy.ts. A refusal is 403; what the caller may not see is 404 (visibility.ts).

/** The permission bit each community action needs, and how a refusal names the action. */
const ACTIONS = {
  editCommunity: [P.MODIFY_COMMUNITY, "editing the community"],
  editPhoto: [P.MODIFY_COMMUNITY, "changing the community photo"],
  // Adding someone directly (no invite, no consent) manages who is in the community, like the
  // community's invites (invite-rules.ts): MODIFY_COMMUNITY.
  addMember: [P.MODIFY_COMMUNITY, "adding a member"],
  editSettings: [P.MODIFY_COMMUNITY, "editing the community settings"],
  // Creating inside a category needs the bit there (a category override may grant it).
  createChannel: [P.MODIFY_CHANNEL, "creating a channel"],
  editChannel: [P.MODIFY_CHANNEL, "editing a channel"],
  deleteChannel: [P.MODIFY_CHANNEL, "deleting a channel"],
  createRole: [P.MODIFY_ROLES, "creating a role"],
  editRole: [P.MODIFY_ROLES, "editing a role"],
  deleteRole: [P.MODIFY_ROLES, "deleting a role"],
  editDefaultPermissions: [P.MODIFY_ROLES, "editing the default permissions"],
  changeRoles: [P.MODIFY_ROLES, "changing a member's roles"],
  // The protocol has no nickname bit: others' nicknames are member management, so MODIFY_ROLES
  // ("assign roles to members") under the hierarchy.
  renameMember: [P.MODIFY_ROLES, "changing another member's nickname"],
  // Channel overrides are Discord's "manage permissions", which maps to MODIFY_ROLES, checked in
  // the channel itself (an override may grant or deny it there).
  setOverride: [P.MODIFY_ROLES, "setting a channel override"],
  deleteOverride: [P.MODIFY_ROLES, "deleting a channel override"],
  syncOverrides: [P.MODIFY_ROLES, "syncing channel overrides"],
  removeMembers: [P.REMOVE_MEMBERS, "removing members"],
  // The ban list is moderation data: REMOVE_MEMBERS, as for banning.
  listBans: [P.REMOVE_MEMBERS, "listing removed members"],
  unban: [P.REMOVE_MEMBERS, "unbanning members"],
} as const satisfies Record<string, readonly [P, string]>;

/** An action of {@link ACTIONS}. */
export type CommunityAction = keyof typeof ACTIONS;

/** 403 unless the caller holds the bit `action` needs (in `channelId` when given). */
export function requireAllowed(caller: Caller, community: CommunityRecord, action: CommunityAction, channelId?: bigint): void {
  const [flag, what] = ACTIONS[action];
  if (!hasPermission(effectivePermissions(community, caller.userId, channelId), flag)) {
    throw forbidden(`${what} needs the ${P[flag]} permission`);
  }
}

/** A community the caller is in (404 otherwise), and 403 unless they may do `action` there (in `channelId` when given). */
export function communityFor(caller: Caller, communityId: bigint, action?: CommunityAction, channelId?: bigint): CommunityRecord {
  const community = requireCommunity(caller, communityId);
  if (action !== undefined) requireAllowed(caller, community, action, channelId);
  return community;
}

// The community itself.

/** 403 unless the caller owns `community`: only the owner deletes it. */
export function requireCanDeleteCommunity(caller: Caller, community: CommunityRecord): void {
  if (community.ownerId !== caller.userId) throw forbidden(`only the owner can delete community ${community.id}`);
}

/** 409 for the owner: leaving would orphan the community (ownership transfer has no RPC). */
export function requireCanLeave(caller: Caller, community: CommunityRecord): void {
  if (community.ownerId === caller.userId) throw conflict(`the owner cannot leave community ${community.id}: delete it instead`);
}

/** 404 for an unknown user; 403 when they have blocked the caller: they cannot be pulled in by them (the message does not say why). */
export function requireCanAddMember(caller: Caller, userId: bigint): void {
  if (!caller.core.state.accounts.has(userId)) throw notFound(`user_id: no user ${userId}`);
  if (hasBlocked(caller.core.state, userId, caller.userId)) throw forbidden(`user ${userId} cannot be added by you`);
}

// Members.

/** Anyone may change their own nickname; another member's needs `renameMember` and a member below the caller. */
export function requireCanRename(caller: Caller, community: CommunityRecord, memberId: bigint): void {
  if (memberId === caller.userId) return;
  requireAllowed(caller, community, "renameMember");
  requireMemberBelow(caller, community, memberId, "changing a nickname");
}

/** Changing a member's roles needs `changeRoles`; one's own roles may be changed, others' only when they rank below. */
export function requireCanChangeRoles(caller: Caller, community: CommunityRecord, memberId: bigint): void {
  requireAllowed(caller, community, "changeRoles");
  if (memberId !== caller.userId) requireMemberBelow(caller, community, memberId, "changing roles");
}

/**
 * Every role added to or taken from a member must rank below the caller, and the caller must hold
 * every bit it carries, community-wide and in each channel override of the role: assigning a role
 * grants those bits, taking it away revokes them.
 */
export function requireCanAssignRoles(caller: Caller, community: CommunityRecord, before: readonly bigint[], after: readonly bigint[]): void {
  const touched = [...after.filter((id) => !before.includes(id)), ...before.filter((id) => !after.includes(id))];
  for (const roleId of touched) {
    const role = community.roles.get(roleId);
    if (role) requireCanChangeAccess(caller, community, { what: `assigning role ${roleId}`, priorities: [role.priority], bits: reachOf(community, role) });
  }
}

/** The bits a role carries: its permissions community-wide, and its overrides' bits in each channel. */
function reachOf(community: CommunityRecord, role: RoleRank & { id: bigint }): { bits: bigint; channelId?: bigint }[] {
  const reach: { bits: bigint; channelId?: bigint }[] = [{ bits: role.permissions }];
  for (const [channelId, overrides] of community.overrides) {
    const o = overrides.get(role.id);
    if (o) reach.push({ bits: o.pos | o.neg, channelId });
  }
  return reach;
}

/**
 * 400/404/403 unless the caller may remove (ban) `userId`: not themself (they leave instead), an
 * existing user, and a member (or the owner) must rank below the caller. A non-member may be banned
 * ahead of time (keeps them from joining), as in Discord.
 */
export function requireCanRemove(caller: Caller, community: CommunityRecord, userId: bigint): void {
  if (userId === caller.userId) throw badRequest("you cannot remove yourself: use communities.leaveCommunity");
  if (!caller.core.state.accounts.has(userId)) throw notFound(`member_ids: no user ${userId}`);
  if (community.members.has(userId) || userId === community.ownerId) requireMemberBelow(caller, community, userId, "removing members");
}

// Roles: a role is created, edited, deleted or assigned only below the caller's rank, and only
// with permission bits the caller holds.

/** What a role's rules look at. */
export interface RoleRank {
  priority: number;
  permissions: bigint;
}

/** A new role must rank below the caller and carry only bits they hold. */
export function requireCanCreateRole(caller: Caller, community: CommunityRecord, role: RoleRank): void {
  requireCanChangeAccess(caller, community, { what: "creating a role", priorities: [role.priority], bits: [{ bits: role.permissions }] });
}

/**
 * An edited role must rank below the caller before and after; only the bits that change must be
 * held (a moderator may rename a role that has bits they lack).
 */
export function requireCanEditRole(caller: Caller, community: CommunityRecord, role: RoleRank, next: RoleRank): void {
  const change = { what: "editing a role", priorities: [role.priority, next.priority] };
  requireCanChangeAccess(caller, community, { ...change, bits: [{ bits: role.permissions ^ next.permissions }] });
}

/** A deleted role must rank below the caller, who must hold its bits: deleting it revokes them from every holder and override. */
export function requireCanDeleteRole(caller: Caller, community: CommunityRecord, role: RoleRank & { id: bigint }): void {
  requireCanChangeAccess(caller, community, { what: "deleting a role", priorities: [role.priority], bits: reachOf(community, role) });
}

/** The default permissions change only in bits the caller holds. */
export function requireCanEditDefaultPermissions(caller: Caller, community: CommunityRecord, next: bigint): void {
  requireCanChangeAccess(caller, community, { what: "editing the default permissions", bits: [{ bits: community.defaultPermissions ^ next }] });
}

/**
 * Setting or deleting the override of `roleId` in a channel: the action's bit in that channel, and
 * a role below the caller (404 for an unknown role). @everyone (the community id) ranks below
 * every role, so anyone allowed to manage overrides may set its override.
 */
export function requireCanOverride(
  caller: Caller,
  community: CommunityRecord,
  channelId: bigint,
  roleId: bigint,
  action: "setOverride" | "deleteOverride",
): void {
  requireAllowed(caller, community, action, channelId);
  if (roleId !== community.id) {
    requireCanChangeAccess(caller, community, { what: ACTIONS[action][1], priorities: [requireRole(community, roleId, "role_id").priority] });
  }
}

/** The bits an override change grants or revokes must be held, community-wide or in the channel. */
export function requireCanChangeOverrideBits(
  caller: Caller,
  community: CommunityRecord,
  channelId: bigint,
  changed: bigint,
  action: "setOverride" | "deleteOverride" | "syncOverrides",
): void {
  requireCanChangeAccess(caller, community, { what: ACTIONS[action][1], bits: [{ bits: changed, channelId }] });
}
