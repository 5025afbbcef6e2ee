import { InviteType } from "../../../../gen/osmium/client/auth_pb.js";
import { CommunityPermission } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { forbidden, notFound } from "../core/errors.js";
import type { InviteRecord, ServerState } from "../state/server-state.js";
import { effectivePermissions, hasPermission } from "./permissions.js";
import { canViewChannel } from "./visibility.js";

// Who may invite, and who manages invites. Anyone who can see a chat may create an invite to it
// (invites/invites.ts says what each chat's invite points at); its creator may list and delete it,
// and so may whoever manages the target's invites. An invite works only while its creator still has
// the right to create it (mayInvite): a creator who is removed, banned or can no longer see the
// channel cannot let anyone in, themself included, through an invite made earlier.

/** What an invite points at (with the channel it was made from, for a community). */
export type InviteTarget = Pick<InviteRecord, "targetType" | "targetId" | "channelId">;

/**
 * Whether `userId` may invite to `target`: a member of the community who sees the invite's channel
 * (any channel when the invite names none: the owner's discovery invite), a participant of the
 * group, or, for a USER invite, the user it connects with.
 */
export function mayInvite(state: ServerState, userId: bigint, target: InviteTarget): boolean {
  switch (target.targetType) {
    case InviteType.COMMUNITY: {
      const community = state.communities.get(target.targetId);
      if (!community?.members.has(userId)) return false;
      return target.channelId === undefined || (community.channels.has(target.channelId) && canViewChannel(community, userId, target.channelId));
    }
    case InviteType.GROUP:
      return state.groups.get(target.targetId)?.participants.has(userId) === true;
    case InviteType.USER:
      return target.targetId === userId && state.accounts.has(userId);
    default:
      return false;
  }
}

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
