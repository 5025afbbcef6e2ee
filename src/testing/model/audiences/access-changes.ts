import { channelOverridesOf, effectivePermissions } from "../access/permissions.js";
import { canViewChannel } from "../access/visibility.js";
import type { CommunityRecord } from "../state/server-state.js";

// Who must be told what when permissions may move in a community: take a snapshot before the
// change, another after, and compare (communities/publish.ts pushes what each member needs).

/**
 * What every member can reach in a community at one moment: community permissions, and per visible
 * channel the member's combined override (`pos:neg`).
 */
export type AccessSnapshot = Map<bigint, { permissions: bigint; visible: Map<bigint, string> }>;

/** Takes an {@link AccessSnapshot} of `community` now. */
export function accessSnapshot(community: CommunityRecord): AccessSnapshot {
  const snapshot: AccessSnapshot = new Map();
  for (const userId of community.members.keys()) {
    const visible = new Map<bigint, string>();
    for (const channelId of community.channels.keys()) {
      if (!canViewChannel(community, userId, channelId)) continue;
      const o = channelOverridesOf(community, userId, channelId);
      visible.set(channelId, `${o?.pos ?? 0n}:${o?.neg ?? 0n}`);
    }
    snapshot.set(userId, { permissions: effectivePermissions(community, userId), visible });
  }
  return snapshot;
}

/** How one member's access moved between two snapshots. */
export interface AccessChange {
  userId: bigint;
  /** Their community-wide permissions changed (they need a fresh `community`). */
  permissionsChanged: boolean;
  /** Channels they can see now and could not before (created, or VIEW_CHANNEL gained). */
  gained: bigint[];
  /** Channels they could see and no longer can (deleted, or VIEW_CHANNEL lost). */
  lost: bigint[];
  /** Channels they still see whose overrides for them changed. */
  overridesChanged: bigint[];
}

/**
 * Members (present in `after`) whose access differs between two snapshots of one community.
 * Members who left between the snapshots are not listed: whoever removed them tells them.
 */
export function accessChanges(before: AccessSnapshot, after: AccessSnapshot): AccessChange[] {
  const changes: AccessChange[] = [];
  for (const [userId, now] of after) {
    const was = before.get(userId);
    const change: AccessChange = {
      userId,
      permissionsChanged: was !== undefined && was.permissions !== now.permissions,
      gained: [...now.visible.keys()].filter((id) => !was?.visible.has(id)),
      lost: [...(was?.visible.keys() ?? [])].filter((id) => !now.visible.has(id)),
      overridesChanged: [...now.visible].filter(([id, o]) => was?.visible.has(id) && was.visible.get(id) !== o).map(([id]) => id),
    };
    if (change.permissionsChanged || change.gained.length || change.lost.length || change.overridesChanged.length) changes.push(change);
  }
  return changes;
}
