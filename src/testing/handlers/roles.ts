import { create } from "@bufbuild/protobuf";
import { CommunityPermission as P, type CommunityRole, CommunityRoleSchema } from "../../../gen/osmium/client/types_pb.js";
import { accessSnapshot, communityAudience } from "../model/audiences/audiences.js";
import { validateName } from "../model/communities/communities.js";
import { badRequest, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { memberView } from "../model/views/views.js";
import { publishAccess } from "../model/communities/publish.js";
import { communityFor, requireHeldBits, requireRoleBelow, validatePermissionBits } from "../model/access/community-rules.js";

type Communities = NamespaceHandlers<"communities">;

/** Most roles a community may have (Discord's limit). */
export const MAX_ROLES = 250;

/** A role of `community` by id; 404 otherwise (the @everyone id is not an editable role). */
export function requireRole(community: CommunityRecord, roleId: bigint, argument = "id"): CommunityRole {
  const role = community.roles.get(roleId);
  if (!role) throw notFound(`${argument}: no role ${roleId} in community ${community.id}`);
  return role;
}

/** Checks the editable fields of a role (name, permission bits, colour). */
function validateRoleFields(ctx: CallContext, request: { name: string; permissions: bigint; color: number }): string {
  const name = validateName(ctx.core, request.name, "name");
  validatePermissionBits(request.permissions, "permissions");
  if (request.color > 0xffffff) throw badRequest(`color 0x${request.color.toString(16)} is not an RGB colour (at most 0xffffff)`);
  return name;
}

/**
 * `communities.*` role calls. Roles are managed with MODIFY_ROLES under the hierarchy of
 * community-rules.ts. The protocol has no role update, so role changes push nothing by
 * themselves; members whose permissions or visible channels change are told so (publishAccess).
 */
export const roleHandlers: Pick<
  Communities,
  "communitiesGetRoles" | "communitiesCreateRole" | "communitiesEditRole" | "communitiesDeleteRole" | "communitiesEditDefaultPermissions"
> = {
  communitiesGetRoles(request, ctx) {
    // The proto says roles are "meant to be admin only, currently not enforced": every member may read them.
    const community = communityFor(ctx, request.communityId);
    const roles = [...community.roles.values()].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
    return { roles, defaultPermissions: community.defaultPermissions };
  },

  communitiesCreateRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_ROLES, "creating a role");
    const name = validateRoleFields(ctx, request);
    requireRoleBelow(ctx, community, request.priority, "creating a role");
    requireHeldBits(ctx, community, request.permissions, "creating a role");
    if (community.roles.size >= MAX_ROLES) throw badRequest(`community ${community.id} already has ${MAX_ROLES} roles`);
    const role = create(CommunityRoleSchema, {
      id: ctx.core.nextId(),
      communityId: community.id,
      name,
      permissions: request.permissions,
      priority: request.priority,
      color: request.color,
      separated: request.separated,
      public: request.public,
    });
    // Nobody holds a new role yet, so nobody's permissions change and nothing is pushed:
    // clients see the role on their next communities.getRoles.
    community.roles.set(role.id, role);
  },

  communitiesEditRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_ROLES, "editing a role");
    const role = requireRole(community, request.id);
    const name = validateRoleFields(ctx, request);
    requireRoleBelow(ctx, community, role.priority, "editing a role");
    requireRoleBelow(ctx, community, request.priority, "editing a role");
    // Only the bits that change must be held: a moderator may rename a role that has bits they lack.
    requireHeldBits(ctx, community, role.permissions ^ request.permissions, "editing a role");
    const before = accessSnapshot(community);
    Object.assign(role, {
      name,
      permissions: request.permissions,
      priority: request.priority,
      color: request.color,
      separated: request.separated,
      public: request.public,
    });
    publishAccess(ctx.core, community, before);
  },

  communitiesDeleteRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_ROLES, "deleting a role");
    const role = requireRole(community, request.id);
    requireRoleBelow(ctx, community, role.priority, "deleting a role");
    const before = accessSnapshot(community);
    community.roles.delete(role.id);
    for (const overrides of community.overrides.values()) overrides.delete(role.id);
    const holders: bigint[] = [];
    for (const [userId, member] of community.members) {
      if (!member.roleIds.includes(role.id)) continue;
      member.roleIds = member.roleIds.filter((id) => id !== role.id);
      holders.push(userId);
    }
    // Each former holder's member record changed: everyone in the community sees member records.
    for (const userId of holders) {
      ctx.core.pushTo(communityAudience(community), {
        update: { case: "communityMember", value: { communityId: community.id, memberId: userId, member: memberView(community, userId) } },
      });
    }
    publishAccess(ctx.core, community, before);
  },

  communitiesEditDefaultPermissions(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.MODIFY_ROLES, "editing the default permissions");
    validatePermissionBits(request.permissions, "permissions");
    requireHeldBits(ctx, community, community.defaultPermissions ^ request.permissions, "editing the default permissions");
    const before = accessSnapshot(community);
    community.defaultPermissions = request.permissions;
    // Every member whose computed permissions change gets `community`; channel visibility moves
    // are published as `channel` / `channelDeleted`. Overrides are untouched, so no conversationPermissions.
    publishAccess(ctx.core, community, before);
  },
};
