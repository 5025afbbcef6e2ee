import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { ChannelOverridesSchema } from "../../../../gen/osmium/client/communities_pb.js";
import {
  type Channel,
  type ChannelOverrideSchema,
  ChannelType,
  type PermissionOverrides,
  PermissionOverridesSchema,
} from "../../../../gen/osmium/client/types_pb.js";
import { validatePermissionBits } from "../access/permissions.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { CommunityRecord } from "../state/server-state.js";
import { syncWithParent } from "./channels.js";
import { changeAccess } from "./publish.js";

// Channel overrides: per role, in one channel; the community id stands for @everyone. Who may set
// them is decided in access/community-rules.ts.
//
// parent_sync: a channel created in a category starts synced (a copy of the category's overrides);
// while synced it follows every change of the category's overrides; editing its own overrides
// ends the sync, and syncChannelOverrides copies the category's again and restores it.
// Every change pushes `channel` to the channel's viewers (their cue to refetch overrides), and
// access changes as communities/publish.ts describes (channelDeleted for those who lose the channel, ...).

/** An override's bits, checked: known bits, none both granted and denied. */
export function checkOverrideBits(permissions: PermissionOverrides | undefined): { pos: bigint; neg: bigint } {
  const pos = validatePermissionBits(permissions?.pos ?? 0n, "permissions.pos");
  const neg = validatePermissionBits(permissions?.neg ?? 0n, "permissions.neg");
  if ((pos & neg) !== 0n) throw badRequest(`permissions: bits 0x${(pos & neg).toString(16)} are both granted and denied`);
  return { pos, neg };
}

/** The override of `roleId` in a channel, if any. */
export const overrideOf = (community: CommunityRecord, channelId: bigint, roleId: bigint): PermissionOverrides | undefined =>
  community.overrides.get(channelId)?.get(roleId);

/** The override of `roleId` in a channel; 404 when there is none. */
export function requireOverride(community: CommunityRecord, channelId: bigint, roleId: bigint): PermissionOverrides {
  const override = overrideOf(community, channelId, roleId);
  if (!override) throw notFound(`role_id: channel ${channelId} has no override for role ${roleId}`);
  return override;
}

/** The bits that change when an override goes from `before` to `after` (either may be absent). */
export function changedBits(before: { pos: bigint; neg: bigint } | undefined, after: { pos: bigint; neg: bigint } | undefined): bigint {
  return ((before?.pos ?? 0n) ^ (after?.pos ?? 0n)) | ((before?.neg ?? 0n) ^ (after?.neg ?? 0n));
}

/** The bits syncing `channel` with its category would change, over every role either has an override for. */
export function bitsChangedBySync(community: CommunityRecord, channel: Channel, parentId: bigint): bigint {
  const mine = community.overrides.get(channel.id);
  const parents = community.overrides.get(parentId);
  let changed = 0n;
  for (const roleId of new Set([...(mine?.keys() ?? []), ...(parents?.keys() ?? [])])) {
    changed |= changedBits(mine?.get(roleId), parents?.get(roleId));
  }
  return changed;
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

/** communities.createChannelOverride: sets (or replaces) the override of `roleId` in a channel. */
export function setOverride(
  core: ServerCore,
  community: CommunityRecord,
  channelId: bigint,
  roleId: bigint,
  bits: { pos: bigint; neg: bigint },
): MessageInitShape<typeof ChannelOverrideSchema> {
  changeAccess(core, community, () => {
    let overrides = community.overrides.get(channelId);
    if (!overrides) community.overrides.set(channelId, (overrides = new Map()));
    overrides.set(roleId, create(PermissionOverridesSchema, bits));
    return afterDirectEdit(community, channelId);
  });
  return { communityId: community.id, channelId, roleId, permissions: bits };
}

/** communities.deleteChannelOverride: removes the override of `roleId` in a channel. */
export function deleteOverride(core: ServerCore, community: CommunityRecord, channelId: bigint, roleId: bigint): void {
  changeAccess(core, community, () => {
    const overrides = community.overrides.get(channelId);
    overrides?.delete(roleId);
    if (overrides?.size === 0) community.overrides.delete(channelId);
    return afterDirectEdit(community, channelId);
  });
}

/** communities.syncChannelOverrides: copies the category's overrides again and restores the sync. */
export function syncOverrides(core: ServerCore, community: CommunityRecord, channel: Channel, parentId: bigint): void {
  changeAccess(core, community, () => {
    syncWithParent(community, channel, parentId);
    return [channel.id];
  });
}

/** communities.getChannelOverrides: @everyone first, then by role priority; and whether the channel follows its category. */
export function overridesOf(community: CommunityRecord, channelId: bigint): MessageInitShape<typeof ChannelOverridesSchema> {
  const priority = (roleId: bigint) => (roleId === community.id ? -1 : (community.roles.get(roleId)?.priority ?? -1));
  const overrides = [...(community.overrides.get(channelId) ?? [])]
    .sort(([a], [b]) => priority(a) - priority(b) || (a < b ? -1 : 1))
    .map(([roleId, permissions]) => ({ communityId: community.id, channelId, roleId, permissions }));
  return { overrides, parentSync: community.parentSync.has(channelId) };
}

/** 400 unless `channel` is in a category (there is nothing to sync with otherwise); returns the category id. */
export function requireParent(channel: Channel): bigint {
  if (channel.parentId === undefined) throw badRequest(`channel ${channel.id} is not in a category: nothing to sync with`);
  return channel.parentId;
}
