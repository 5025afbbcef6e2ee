import { type Channel, ChannelType, CommunityPermission, type CommunityRole } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { badRequest, notFound } from "../core/errors.js";
import type { CommunityRecord } from "../state/server-state.js";
import { effectivePermissions, hasPermission } from "./permissions.js";

// Who may see a community, a channel or a role. What one may not see answers 404, as if it did not
// exist, so existence never leaks: a community to non-members, a channel to members without
// VIEW_CHANNEL.

/** A community the caller is a member of; 404 otherwise (non-members must not learn it exists). */
export function requireCommunity(caller: Caller, communityId: bigint, argument = "community_id"): CommunityRecord {
  const community = caller.core.state.communities.get(communityId);
  if (!community || !community.members.has(caller.userId)) throw notFound(`${argument}: no community ${communityId}`);
  return community;
}

/** Whether `userId` sees a channel (or category) of `community`: VIEW_CHANNEL there. */
export function canViewChannel(community: CommunityRecord, userId: bigint, channelId: bigint): boolean {
  return hasPermission(effectivePermissions(community, userId, channelId), CommunityPermission.VIEW_CHANNEL);
}

/** Members who see a channel: its viewers, who receive its updates. */
export function channelViewers(community: CommunityRecord, channelId: bigint): bigint[] {
  return [...community.members.keys()].filter((userId) => canViewChannel(community, userId, channelId));
}

/** A channel (or category) of `community` the caller can see; 404 otherwise. */
export function visibleChannel(caller: Caller, community: CommunityRecord, channelId: bigint, argument = "channel_id"): Channel {
  const channel = community.channels.get(channelId);
  if (!channel || !canViewChannel(community, caller.userId, channelId)) {
    throw notFound(`${argument}: no channel ${channelId} in community ${community.id}`);
  }
  return channel;
}

/** A category of `community` the caller can see; 400 for anything else (as a bad argument). */
export function visibleCategory(caller: Caller, community: CommunityRecord, channelId: bigint, argument = "parent_id"): Channel {
  const channel = community.channels.get(channelId);
  const visible = channel && canViewChannel(community, caller.userId, channelId);
  if (!visible || channel.type !== ChannelType.CATEGORY) throw badRequest(`${argument}: ${channelId} is not a category of this community`);
  return channel;
}

/** A role of `community` by id; 404 otherwise (the @everyone id is not an editable role). */
export function requireRole(community: CommunityRecord, roleId: bigint, argument = "id"): CommunityRole {
  const role = community.roles.get(roleId);
  if (!role) throw notFound(`${argument}: no role ${roleId} in community ${community.id}`);
  return role;
}
