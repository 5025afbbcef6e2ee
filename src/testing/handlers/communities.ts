import {
  communityFor,
  requireAllowed,
  requireCanAddMember,
  requireCanAssignRoles,
  requireCanChangeOverrideBits,
  requireCanChangeRoles,
  requireCanCreateRole,
  requireCanDeleteCommunity,
  requireCanDeleteRole,
  requireCanEditDefaultPermissions,
  requireCanEditRole,
  requireCanLeave,
  requireCanOverride,
  requireCanRemove,
  requireCanRename,
} from "../model/access/community-rules.js";
import { validatePermissionBits } from "../model/access/permissions.js";
import { requireCommunity, requireRole, visibleChannel } from "../model/access/visibility.js";
import { channelsOf, checkNewChannel, createChannel, deleteChannel, editChannel, roomStatesOf } from "../model/communities/channels.js";
import { communitiesOf, createCommunity, deleteCommunity, editCommunity, setCommunityPhoto } from "../model/communities/communities.js";
import { channelMemberList } from "../model/communities/member-list.js";
import {
  bansOf,
  checkBan,
  checkMemberIds,
  checkNickname,
  checkRoleIds,
  dropMember,
  editMember,
  joinCommunity,
  membersOf,
  removeMembers,
  requireMember,
  unbanMembers,
} from "../model/communities/membership.js";
import {
  bitsChangedBySync,
  changedBits,
  checkOverrideBits,
  deleteOverride,
  overrideOf,
  overridesOf,
  requireOverride,
  requireParent,
  setOverride,
  syncOverrides,
} from "../model/communities/overrides.js";
import { checkRoleFields, createRole, deleteRole, editRole, requireRoomForRole, rolesOf, setDefaultPermissions } from "../model/communities/roles.js";
import { editSettings } from "../model/communities/settings.js";
import { badRequest } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";

/**
 * `communities.*`: the community, its channels, roles, members, bans, channel overrides and
 * settings. Each handler asks access/community-rules.ts whether the caller may, then calls the model.
 */
export const communitiesHandlers: NamespaceHandlers<"communities"> = {
  // The community itself.

  communitiesCreateCommunity(request, ctx) {
    createCommunity(ctx.core, ctx.userId, request.name);
  },

  communitiesGetCommunities(_request, ctx) {
    return communitiesOf(ctx.core, ctx.account);
  },

  communitiesEditCommunity(request, ctx) {
    editCommunity(ctx.core, communityFor(ctx, request.communityId, "editCommunity"), request);
  },

  communitiesEditPhoto(request, ctx) {
    setCommunityPhoto(ctx.core, ctx.userId, communityFor(ctx, request.communityId, "editPhoto"), request.file);
  },

  communitiesLeaveCommunity(request, ctx) {
    const community = requireCommunity(ctx, request.communityId);
    requireCanLeave(ctx, community);
    dropMember(ctx.core, community, ctx.userId);
  },

  communitiesDeleteCommunity(request, ctx) {
    const community = requireCommunity(ctx, request.communityId);
    requireCanDeleteCommunity(ctx, community);
    deleteCommunity(ctx.core, community);
  },

  communitiesAddMember(request, ctx) {
    const community = communityFor(ctx, request.communityId, "addMember");
    requireCanAddMember(ctx, request.userId);
    joinCommunity(ctx.core, community, request.userId);
  },

  communitiesEditSettings(request, ctx) {
    return editSettings(ctx.core, communityFor(ctx, request.communityId, "editSettings"), request.settings);
  },

  // Channels.

  communitiesCreateChannel(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    checkNewChannel(ctx, community, request.type, request.parentId);
    requireAllowed(ctx, community, "createChannel", request.parentId);
    createChannel(ctx.core, community, request);
  },

  communitiesEditChannel(request, ctx) {
    if (!request.channel) throw badRequest("channel is required");
    const community = communityFor(ctx, request.channel.communityId);
    const channel = visibleChannel(ctx, community, request.channel.channelId, "channel");
    requireAllowed(ctx, community, "editChannel", channel.id);
    editChannel(ctx, community, channel, request);
  },

  communitiesDeleteChannel(request, ctx) {
    if (!request.channel) throw badRequest("channel is required");
    const community = communityFor(ctx, request.channel.communityId);
    const channel = visibleChannel(ctx, community, request.channel.channelId, "channel");
    requireAllowed(ctx, community, "deleteChannel", channel.id);
    deleteChannel(ctx.core, community, channel);
  },

  communitiesGetChannels(request, ctx) {
    return channelsOf(ctx.core, communityFor(ctx, request.communityId), ctx.userId);
  },

  communitiesGetChannelMembers(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    return { entries: channelMemberList(ctx.core, community, channel.id) };
  },

  communitiesGetRoomStates(request, ctx) {
    return roomStatesOf(ctx.core, communityFor(ctx, request.communityId), ctx.userId);
  },

  // Roles.

  communitiesGetRoles(request, ctx) {
    return rolesOf(communityFor(ctx, request.communityId));
  },

  communitiesCreateRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, "createRole");
    const fields = checkRoleFields(ctx.core, request);
    requireCanCreateRole(ctx, community, fields);
    requireRoomForRole(community);
    createRole(ctx.core, community, fields);
  },

  communitiesEditRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, "editRole");
    const role = requireRole(community, request.id);
    const fields = checkRoleFields(ctx.core, request);
    requireCanEditRole(ctx, community, role, fields);
    editRole(ctx.core, community, role, fields);
  },

  communitiesDeleteRole(request, ctx) {
    const community = communityFor(ctx, request.communityId, "deleteRole");
    const role = requireRole(community, request.id);
    requireCanDeleteRole(ctx, community, role);
    deleteRole(ctx.core, community, role);
  },

  communitiesEditDefaultPermissions(request, ctx) {
    const community = communityFor(ctx, request.communityId, "editDefaultPermissions");
    const permissions = validatePermissionBits(request.permissions, "permissions");
    requireCanEditDefaultPermissions(ctx, community, permissions);
    setDefaultPermissions(ctx.core, community, permissions);
  },

  // Members and bans.

  communitiesGetMembers(request, ctx) {
    return membersOf(ctx.core, communityFor(ctx, request.communityId), request.memberIds);
  },

  communitiesEditMember(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const member = requireMember(community, request.memberId);
    const nickname = request.nickname !== undefined ? checkNickname(ctx.core, request.nickname) : undefined;
    if (nickname !== undefined) requireCanRename(ctx, community, request.memberId);
    let roleIds: bigint[] | undefined;
    if (request.roleIds) {
      requireCanChangeRoles(ctx, community, request.memberId);
      roleIds = checkRoleIds(community, request.roleIds.roleIds);
      requireCanAssignRoles(ctx, community, member.roleIds, roleIds);
    }
    editMember(ctx.core, community, request.memberId, { nickname, roleIds });
  },

  communitiesRemoveMembers(request, ctx) {
    const community = communityFor(ctx, request.communityId, "removeMembers");
    const ids = checkMemberIds(ctx.core, request.memberIds);
    const ban = checkBan(ctx.core, request);
    // All or nothing: every id is checked before anyone is removed.
    for (const userId of ids) requireCanRemove(ctx, community, userId);
    return removeMembers(ctx.core, community, ids, ban, request.deleteMessagesSince);
  },

  communitiesGetRemovedMembers(request, ctx) {
    return bansOf(ctx.core, communityFor(ctx, request.communityId, "listBans"));
  },

  communitiesUnbanMembers(request, ctx) {
    unbanMembers(communityFor(ctx, request.communityId, "unban"), request.memberIds);
  },

  // Channel overrides (per role; the community id stands for @everyone).

  communitiesGetChannelOverrides(request, ctx) {
    // Anyone who sees the channel may read its overrides: clients need them to explain permissions.
    const community = communityFor(ctx, request.communityId);
    return overridesOf(community, visibleChannel(ctx, community, request.channelId).id);
  },

  communitiesCreateChannelOverride(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    requireCanOverride(ctx, community, channel.id, request.roleId, "setOverride");
    const bits = checkOverrideBits(request.permissions);
    const old = overrideOf(community, channel.id, request.roleId);
    requireCanChangeOverrideBits(ctx, community, channel.id, changedBits(old, bits), "setOverride");
    return { override: setOverride(ctx.core, community, channel.id, request.roleId, bits) };
  },

  communitiesDeleteChannelOverride(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    requireAllowed(ctx, community, "deleteOverride", channel.id);
    const old = requireOverride(community, channel.id, request.roleId);
    requireCanOverride(ctx, community, channel.id, request.roleId, "deleteOverride");
    requireCanChangeOverrideBits(ctx, community, channel.id, changedBits(old, undefined), "deleteOverride");
    deleteOverride(ctx.core, community, channel.id, request.roleId);
  },

  communitiesSyncChannelOverrides(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    requireAllowed(ctx, community, "syncOverrides", channel.id);
    const parentId = requireParent(channel);
    // Syncing rewrites the channel's overrides: the caller must hold every bit that changes.
    requireCanChangeOverrideBits(ctx, community, channel.id, bitsChangedBySync(community, channel, parentId), "syncOverrides");
    syncOverrides(ctx.core, community, channel, parentId);
  },
};
