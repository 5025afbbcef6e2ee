import { InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { forbidden, notFound } from "../core/errors.js";
import type { InviteRecord, ServerState } from "../state/server-state.js";
import { effectivePermissions, hasPermission } from "./permissions.js";

// Who manages invites. Anyone who can see a chat may create an invite to it (invites/invites.ts
// says what each chat's invite points at); its creator may list and delete it, and so may whoever
// manages the target's invites.

/** What an invite points at. */
export type InviteTarget = Pick<InviteRecord, "targetType" | "targetId">;

/**
 * Whether `userId` may list and delete every invite of `target`, not only their own:
 * MODIFY_COMMUNITY holders for a community, the owner for a group; USER invites are the creator's alone.
 */
export function managesInvitesOf(state: ServerState, target: InviteTarget, userId: bigint): boolean {
  if (target.targetType === InviteType.COMMUNITY) {
    const community = state.communities.get(target.targetId);
    return !!community && hasPermission(effectivePermissions(community, userId), CommunityPermission.MODIFY_COMMUNITY);
  }
  if (target.targetType === InviteType.GROUP) return state.groups.get(target.targetId)?.ownerId === userId;
  return false;
}

/**
 * 404/403 unless the caller may delete `invite`: its creator may; so may whoever manages the
 * target's invites. Outsiders must not learn the invite exists (404); insiders without rights get 403.
 */
export function requireCanDeleteInvite(caller: Caller, invite: InviteRecord, code: string): void {
  const { userId: me, core } = caller;
  if (invite.creatorId === me) return;
  const state = core.state;
  const insider =
    (invite.targetType === InviteType.COMMUNITY && state.communities.get(invite.targetId)?.members.has(me)) ||
    (invite.targetType === InviteType.GROUP && state.groups.get(invite.targetId)?.participants.has(me));
  if (!insider) throw notFound(`invite ${code} not found`);
  if (!managesInvitesOf(state, invite, me)) {
    throw forbidden(
      invite.targetType === InviteType.COMMUNITY
        ? "deleting another member's invite needs the MODIFY_COMMUNITY permission"
        : "only the group owner can delete another participant's invite",
    );
  }
}
