import { CommunityPermission as P } from "../../../gen/osmium/client/types_pb.js";
import { requirePermission } from "../model/access/chat-target.js";
import { accessSnapshot, communityAudience } from "../model/audiences/audiences.js";
import { badRequest, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { codePoints } from "../model/core/text.js";
import { memberView, usersView, userView } from "../model/views/views.js";
import { activeBan, deleteMessagesSince, dropMember } from "../model/communities/membership.js";
import { publishAccess } from "../model/communities/publish.js";
import { communityFor, requireMemberBelow, requireRoleBelow } from "../model/access/community-rules.js";

type Communities = NamespaceHandlers<"communities">;

/** `communities.*` member calls: edit, remove (ban), list bans, unban, fetch. */
export const memberHandlers: Pick<
  Communities,
  | "communitiesEditMember"
  | "communitiesRemoveMembers"
  | "communitiesGetRemovedMembers"
  | "communitiesUnbanMembers"
  | "communitiesGetMembers"
> = {
  communitiesEditMember(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const member = community.members.get(request.memberId);
    if (!member) throw notFound(`member_id: no member ${request.memberId} in community ${community.id}`);
    const self = request.memberId === ctx.userId;
    const nickname = request.nickname?.trim();
    if (nickname !== undefined) {
      if (codePoints(nickname) > ctx.core.limits.nameLength) throw badRequest(`nickname is longer than ${ctx.core.limits.nameLength} characters`);
      // Anyone may change their own nickname. Others' nicknames are member management: the
      // protocol has no nickname bit, so MODIFY_ROLES ("assign roles to members") and the hierarchy.
      if (!self) {
        requirePermission(ctx, community, P.MODIFY_ROLES, "changing another member's nickname");
        requireMemberBelow(ctx, community, request.memberId, "changing a nickname");
      }
    }
    let roleIds: bigint[] | undefined;
    if (request.roleIds) {
      requirePermission(ctx, community, P.MODIFY_ROLES, "changing a member's roles");
      // One's own roles may be changed below one's rank; others' only when they rank below.
      if (!self) requireMemberBelow(ctx, community, request.memberId, "changing roles");
      roleIds = [...new Set(request.roleIds.roleIds)];
      for (const roleId of roleIds) {
        if (!community.roles.has(roleId)) throw badRequest(`role_ids: no role ${roleId} in community ${community.id}`);
      }
      const touched = [...roleIds.filter((id) => !member.roleIds.includes(id)), ...member.roleIds.filter((id) => !roleIds?.includes(id))];
      for (const roleId of touched) {
        requireRoleBelow(ctx, community, community.roles.get(roleId)?.priority ?? 0, `assigning role ${roleId}`);
      }
    }
    if (nickname === undefined && roleIds === undefined) return;
    const before = accessSnapshot(community);
    if (nickname !== undefined) {
      // An empty nickname removes it: the user's own name shows again.
      if (nickname) member.nickname = nickname;
      else delete member.nickname;
    }
    if (roleIds !== undefined) member.roleIds = roleIds;
    ctx.core.pushTo(communityAudience(community), {
      update: {
        case: "communityMember",
        value: { communityId: community.id, memberId: request.memberId, member: memberView(community, request.memberId) },
      },
    });
    publishAccess(ctx.core, community, before);
  },

  communitiesRemoveMembers(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.REMOVE_MEMBERS, "removing members");
    const ids = [...new Set(request.memberIds)];
    if (ids.length === 0) throw badRequest("member_ids must not be empty");
    if (ids.length > ctx.core.limits.pageSize) throw badRequest(`member_ids has more than ${ctx.core.limits.pageSize} ids`);
    // `until` and `delete_messages_since` are ms since the epoch, like every timestamp of this server.
    const until = request.until ? request.until : undefined;
    if (until !== undefined && until <= ctx.core.nowMs()) throw badRequest("until is in the past");
    const reason = request.reason?.trim() || undefined;
    if (reason && codePoints(reason) > ctx.core.limits.bioLength) throw badRequest(`reason is longer than ${ctx.core.limits.bioLength} characters`);
    // All or nothing: every id is checked before anyone is removed.
    for (const userId of ids) {
      if (userId === ctx.userId) throw badRequest("you cannot remove yourself: use communities.leaveCommunity");
      if (!ctx.core.state.accounts.has(userId)) throw notFound(`member_ids: no user ${userId}`);
      // A non-member may be banned ahead of time (keeps them from joining), as in Discord.
      if (community.members.has(userId) || userId === community.ownerId) requireMemberBelow(ctx, community, userId, "removing members");
    }
    for (const userId of ids) {
      community.bans.set(userId, { ...(until !== undefined ? { until } : {}), ...(reason ? { reason } : {}) });
      if (community.members.has(userId)) dropMember(ctx.core, community, userId);
    }
    if (request.deleteMessagesSince !== undefined) {
      deleteMessagesSince(ctx.core, community, new Set(ids), request.deleteMessagesSince);
    }
    return {
      members: ids.map((userId) => ({
        userId,
        user: userView(ctx.core.state, userId),
        ...(until !== undefined ? { until } : {}),
        ...(reason ? { reason } : {}),
      })),
    };
  },

  communitiesGetRemovedMembers(request, ctx) {
    // The ban list is moderation data: REMOVE_MEMBERS, as for banning.
    const community = communityFor(ctx, request.communityId, P.REMOVE_MEMBERS, "listing removed members");
    const banned = [...community.bans.keys()].filter((userId) => activeBan(ctx.core, community, userId));
    return {
      members: banned.map((userId) => {
        const ban = community.bans.get(userId);
        return {
          userId,
          user: userView(ctx.core.state, userId),
          ...(ban?.until !== undefined ? { until: ban.until } : {}),
          ...(ban?.reason !== undefined ? { reason: ban.reason } : {}),
        };
      }),
    };
  },

  communitiesUnbanMembers(request, ctx) {
    const community = communityFor(ctx, request.communityId, P.REMOVE_MEMBERS, "unbanning members");
    if (request.memberIds.length === 0) throw badRequest("member_ids must not be empty");
    // Idempotent: ids that are not banned are skipped. Unbanning does not re-add anyone and no
    // update kind exists for it, so nothing is pushed; the user may join again.
    for (const userId of request.memberIds) community.bans.delete(userId);
  },

  communitiesGetMembers(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    if (request.memberIds.length > ctx.core.limits.pageSize) {
      throw badRequest(`member_ids has more than ${ctx.core.limits.pageSize} ids`);
    }
    // Ids of non-members are skipped (as a missing row), not an error: a client may ask about
    // authors who have left.
    const ids = [...new Set(request.memberIds)].filter((id) => community.members.has(id));
    return { members: ids.map((id) => memberView(community, id)), users: usersView(ctx.core.state, ids) };
  },
};
