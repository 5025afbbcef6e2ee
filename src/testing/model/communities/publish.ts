import { clone } from "@bufbuild/protobuf";
import { ChannelSchema, ChannelType } from "../../../../gen/osmium/client/types_pb.js";
import { channelOverridesOf } from "../access/permissions.js";
import { type AccessSnapshot, accessChanges, accessSnapshot } from "../audiences/access-changes.js";
import { communityAudience } from "../audiences/audiences.js";
import type { ServerCore } from "../core/server-core.js";
import type { CommunityRecord } from "../state/server-state.js";
import { communityView } from "../views/communities.js";

// How community changes reach clients. Anything that may move permissions (roles, default
// permissions, overrides, a channel changing category) is applied inside `changeAccess`, which
// compares access before and after (audiences/access-changes.ts) and tells each member exactly
// what changed for them:
//   - `community` when their computed permissions changed (Community.permissions is per viewer);
//   - `channel` for a channel they can now see (created, or VIEW_CHANNEL gained), and for a
//     channel in `changed` that they still see;
//   - `channelDeleted` for a channel they could see and no longer can (deleted or hidden), so
//     a client drops it exactly as if it had been deleted;
//   - `conversationPermissions` when the overrides that apply to them in a channel they still
//     see changed (Conversation.permissions mirrors them).
// Nobody hears about a channel they cannot see, before or after.

/** Pushes each of `userIds` their own view of `community` (owner flag, permissions, notification prefs). */
export function pushCommunity(core: ServerCore, community: CommunityRecord, userIds: Iterable<bigint> = communityAudience(community)): void {
  core.pushTo(userIds, (userId) => ({
    update: { case: "community", value: { communityId: community.id, community: communityView(core.state, community, userId) } },
  }));
}

/**
 * Applies `change` to `community` between two access snapshots and tells every member what changed
 * for them (see above). `change` returns the channels whose own fields changed: everyone who still
 * sees them gets the new version.
 */
export function changeAccess(core: ServerCore, community: CommunityRecord, change: () => Iterable<bigint> | void): void {
  const before = accessSnapshot(community);
  const changed = change() ?? [];
  publishAccess(core, community, before, changed);
}

/** Tells every member what changed for them since `before` (see above). */
function publishAccess(core: ServerCore, community: CommunityRecord, before: AccessSnapshot, changed: Iterable<bigint>): void {
  const after = accessSnapshot(community);
  const edited = new Set(changed);
  const changes = new Map(accessChanges(before, after).map((c) => [c.userId, c]));
  for (const [userId, now] of after) {
    const change = changes.get(userId);
    if (change?.permissionsChanged) pushCommunity(core, community, [userId]);
    const shown = new Set([...(change?.gained ?? []), ...[...edited].filter((id) => now.visible.has(id))]);
    for (const channel of community.channels.values()) {
      if (shown.has(channel.id)) core.pushTo([userId], { update: { case: "channel", value: { channel: clone(ChannelSchema, channel) } } });
    }
    for (const channelId of change?.lost ?? []) {
      core.pushTo([userId], { update: { case: "channelDeleted", value: { channel: { communityId: community.id, channelId } } } });
    }
    for (const channelId of change?.overridesChanged ?? []) {
      const channel = community.channels.get(channelId);
      if (!channel || channel.type === ChannelType.CATEGORY) continue;
      const permissions = channelOverridesOf(community, userId, channelId) ?? { pos: 0n, neg: 0n };
      core.pushTo([userId], {
        update: {
          case: "conversationPermissions",
          value: { chatRef: { ref: { case: "channel", value: { communityId: community.id, channelId } } }, permissions },
        },
      });
    }
  }
}
