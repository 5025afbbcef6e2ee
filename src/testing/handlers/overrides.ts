import { create } from "@bufbuild/protobuf";
import { ChannelType, CommunityPermission as P, PermissionOverridesSchema } from "../../../gen/osmium/client/types_pb.js";
import { requirePermission } from "../model/access/chat-target.js";
import { accessSnapshot } from "../model/audiences/audiences.js";
import { badRequest, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import type { CommunityRecord } from "../model/state/server-state.js";
import { syncWithParent } from "./channels.js";
import { publishAccess } from "../model/communities/publish.js";
import { communityFor, requireHeldBits, requireRoleBelow, validatePermissionBits, visibleChannel } from "../model/access/community-rules.js";
import { requireRole } from "./roles.js";

type Communities = NamespaceHandlers<"communities">;

// Channel overrides are per role; the community id stands for @everyone (see permissions.ts).
// Editing them is Discord's "manage permissions", which maps to MODIFY_ROLES, checked in the
// channel itself (an override may grant or deny it there), under the role hierarchy, and only
// with bits the caller holds in that channel.
//
// parent_sync: a channel created in a category starts synced (a copy of the category's overrides);
// while synced it follows every change of the category's overrides; editing its own overrides
// ends the sync, and syncChannelOverrides copies the category's again and restores it.
// Every change pushes `channel` to the channel's viewers (their cue to refetch overrides), and
// access changes as publishAccess describes (channelDeleted for those who lose the channel, ...).

/** 400/403/404 unless the caller may set overrides for `roleId` in a channel. */
function checkOverrideTarget(ctx: CallContext, community: CommunityRecord, channelId: bigint, roleId: bigint, action: string): void {
  requirePermission(ctx, community, P.MODIFY_ROLES, action, channelId);
  // @everyone ranks below every role, so anyone allowed to manage overrides may set its override.
  if (roleId !== community.id) requireRoleBelow(ctx, community, requireRole(community, roleId, "role_id").priority, action);
}

/** Re-copies a category's overrides into the channels synced with it; returns their ids. */
function propagateToSynced(community: CommunityRecord, categoryId: bigint): bigint[] {
  const synced = [...community.channels.values()].filter((c) => c.parentId === categoryId && community.parentSync.has(c.id));
  for (const child of synced) syncWithParent(community, child, categoryId);
  return synced.map((c) => c.id);
}

/** After a direct edit of `channelId`'s overrides: it no longer follows its category; a category's synced channels follow it. */
function afterDirectEdit(community: CommunityRecord, channelId: bigint): bigint[] {
  community.parentSync.delete(channelId);
  const channel = community.channels.get(channelId);
  return [channelId, ...(channel?.type === ChannelType.CATEGORY ? propagateToSynced(community, channelId) : [])];
}

/** `communities.*` channel override calls. */
export const overrideHandlers: Pick<
  Communities,
  | "communitiesCreateChannelOverride"
  | "communitiesDeleteChannelOverride"
  | "communitiesGetChannelOverrides"
  | "communitiesSyncChannelOverrides"
> = {
  communitiesCreateChannelOverride(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    checkOverrideTarget(ctx, community, channel.id, request.roleId, "setting a channel override");
    const pos = validatePermissionBits(request.permissions?.pos ?? 0n, "permissions.pos");
    const neg = validatePermissionBits(request.permissions?.neg ?? 0n, "permissions.neg");
    if ((pos & neg) !== 0n) throw badRequest(`permissions: bits 0x${(pos & neg).toString(16)} are both granted and denied`);
    const old = community.overrides.get(channel.id)?.get(request.roleId);
    requireHeldBits(ctx, community, (pos ^ (old?.pos ?? 0n)) | (neg ^ (old?.neg ?? 0n)), "setting a channel override", channel.id);
    const before = accessSnapshot(community);
    let overrides = community.overrides.get(channel.id);
    if (!overrides) community.overrides.set(channel.id, (overrides = new Map()));
    overrides.set(request.roleId, create(PermissionOverridesSchema, { pos, neg }));
    publishAccess(ctx.core, community, before, afterDirectEdit(community, channel.id));
    return { override: { communityId: community.id, channelId: channel.id, roleId: request.roleId, permissions: { pos, neg } } };
  },

  communitiesDeleteChannelOverride(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    requirePermission(ctx, community, P.MODIFY_ROLES, "deleting a channel override", channel.id);
    const overrides = community.overrides.get(channel.id);
    const old = overrides?.get(request.roleId);
    if (!overrides || !old) throw notFound(`role_id: channel ${channel.id} has no override for role ${request.roleId}`);
    checkOverrideTarget(ctx, community, channel.id, request.roleId, "deleting a channel override");
    requireHeldBits(ctx, community, old.pos | old.neg, "deleting a channel override", channel.id);
    const before = accessSnapshot(community);
    overrides.delete(request.roleId);
    if (overrides.size === 0) community.overrides.delete(channel.id);
    publishAccess(ctx.core, community, before, afterDirectEdit(community, channel.id));
  },

  communitiesGetChannelOverrides(request, ctx) {
    // Anyone who sees the channel may read its overrides: clients need them to explain permissions.
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    const priority = (roleId: bigint) => (roleId === community.id ? -1 : (community.roles.get(roleId)?.priority ?? -1));
    const overrides = [...(community.overrides.get(channel.id) ?? [])]
      .sort(([a], [b]) => priority(a) - priority(b) || (a < b ? -1 : 1))
      .map(([roleId, permissions]) => ({ communityId: community.id, channelId: channel.id, roleId, permissions }));
    return { overrides, parentSync: community.parentSync.has(channel.id) };
  },

  communitiesSyncChannelOverrides(request, ctx) {
    const community = communityFor(ctx, request.communityId);
    const channel = visibleChannel(ctx, community, request.channelId);
    requirePermission(ctx, community, P.MODIFY_ROLES, "syncing channel overrides", channel.id);
    if (channel.parentId === undefined) throw badRequest(`channel ${channel.id} is not in a category: nothing to sync with`);
    // Syncing rewrites the channel's overrides: the caller must hold every bit that changes.
    const mine = community.overrides.get(channel.id);
    const parents = community.overrides.get(channel.parentId);
    let changedBits = 0n;
    for (const roleId of new Set([...(mine?.keys() ?? []), ...(parents?.keys() ?? [])])) {
      const a = mine?.get(roleId);
      const b = parents?.get(roleId);
      changedBits |= ((a?.pos ?? 0n) ^ (b?.pos ?? 0n)) | ((a?.neg ?? 0n) ^ (b?.neg ?? 0n));
    }
    requireHeldBits(ctx, community, changedBits, "syncing channel overrides", channel.id);
    const before = accessSnapshot(community);
    syncWithParent(community, channel, channel.parentId);
    publishAccess(ctx.core, community, before, [channel.id]);
  },
};
