import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { CommunityRolesSchema } from "../../../../gen/osmium/client/communities_pb.js";
import { type CommunityRole, CommunityRoleSchema } from "../../../../gen/osmium/client/types_pb.js";
import { validatePermissionBits } from "../access/permissions.js";
import { communityAudience } from "../audiences/audiences.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { validateName } from "../core/text.js";
import type { CommunityRecord } from "../state/server-state.js";
import { memberView } from "../views/communities.js";
import { changeAccess } from "./publish.js";

// A community's roles and default permissions. Who may change them is decided in
// access/community-rules.ts. The protocol has no role update, so role changes push nothing by
// themselves; members whose permissions or visible channels change are told so (changeAccess).

/** Most roles a community may have (Discord's limit). */
export const MAX_ROLES = 250;

/** The editable fields of a role. */
export type RoleFields = Pick<CommunityRole, "name" | "permissions" | "priority" | "color" | "separated" | "public">;

/** The fields of a create or edit, checked: the name, known permission bits, an RGB colour. */
export function checkRoleFields(core: ServerCore, request: RoleFields): RoleFields {
  const name = validateName(core.limits, request.name, "name");
  validatePermissionBits(request.permissions, "permissions");
  if (request.color > 0xffffff) throw badRequest(`color 0x${request.color.toString(16)} is not an RGB colour (at most 0xffffff)`);
  const { permissions, priority, color, separated } = request;
  return { name, permissions, priority, color, separated, public: request.public };
}

/**
 * communities.getRoles: highest priority first. The proto says roles are "meant to be admin only,
 * currently not enforced": every member may read them.
 */
export function rolesOf(community: CommunityRecord): MessageInitShape<typeof CommunityRolesSchema> {
  const roles = [...community.roles.values()].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  return { roles, defaultPermissions: community.defaultPermissions };
}

/** 400 when `community` has {@link MAX_ROLES} roles. */
export function requireRoomForRole(community: CommunityRecord): void {
  if (community.roles.size >= MAX_ROLES) throw badRequest(`community ${community.id} already has ${MAX_ROLES} roles`);
}

/**
 * communities.createRole. Nobody holds a new role yet, so nobody's permissions change and nothing
 * is pushed: clients see the role on their next communities.getRoles.
 */
export function createRole(core: ServerCore, community: CommunityRecord, fields: RoleFields): void {
  const role = create(CommunityRoleSchema, { id: core.nextId(), communityId: community.id, ...fields });
  community.roles.set(role.id, role);
}

/** communities.editRole: replaces every editable field. */
export function editRole(core: ServerCore, community: CommunityRecord, role: CommunityRole, fields: RoleFields): void {
  changeAccess(core, community, () => void Object.assign(role, fields));
}

/**
 * communities.deleteRole: the role goes from every member and every channel override. Each former
 * holder's member record changed, and everyone in the community sees member records.
 */
export function deleteRole(core: ServerCore, community: CommunityRecord, role: CommunityRole): void {
  changeAccess(core, community, () => {
    community.roles.delete(role.id);
    for (const overrides of community.overrides.values()) overrides.delete(role.id);
    const holders: bigint[] = [];
    for (const [userId, member] of community.members) {
      if (!member.roleIds.includes(role.id)) continue;
      member.roleIds = member.roleIds.filter((id) => id !== role.id);
      holders.push(userId);
    }
    for (const userId of holders) {
      core.pushTo(communityAudience(community), {
        update: { case: "communityMember", value: { communityId: community.id, memberId: userId, member: memberView(community, userId) } },
      });
    }
  });
}

/**
 * communities.editDefaultPermissions: every member whose computed permissions change gets
 * `community`; channel visibility moves are published as `channel` / `channelDeleted`. Overrides
 * are untouched, so no conversationPermissions.
 */
export function setDefaultPermissions(core: ServerCore, community: CommunityRecord, permissions: bigint): void {
  changeAccess(core, community, () => {
    community.defaultPermissions = permissions;
  });
}
