import { RelationshipStatus } from "../../../../gen/osmium/client/types_pb.js";
import { ownSessions } from "../audiences/audiences.js";
import type { ServerCore } from "../core/server-core.js";
import type { ServerState } from "../state/server-state.js";

// The relationship model: each user holds their own side of a relationship (friend, incoming or
// outgoing request, blocked), and every change of a side is pushed to that user's sessions only.
// friends.changeRelationship and USER invites both go through here.

/** `userId`'s side of the relationship with `otherId`, or `undefined` when there is none. */
export function relationshipOf(state: ServerState, userId: bigint, otherId: bigint): RelationshipStatus | undefined {
  return state.accounts.get(userId)?.relationships.get(otherId);
}

/** Whether `userId` has blocked `otherId`. */
export function hasBlocked(state: ServerState, userId: bigint, otherId: bigint): boolean {
  return relationshipOf(state, userId, otherId) === RelationshipStatus.BLOCKED;
}

/**
 * Sets `userId`'s side of the relationship with `otherId` (`undefined` removes it) and tells all of
 * `userId`'s sessions: `updateUserRelationship`, or `updateUserRelationshipDeleted` on removal.
 * Nothing is pushed when the side does not change.
 */
export function setRelationship(core: ServerCore, userId: bigint, otherId: bigint, status: RelationshipStatus | undefined): void {
  const account = core.state.accounts.get(userId);
  if (!account || account.relationships.get(otherId) === status) return;
  if (status === undefined) {
    account.relationships.delete(otherId);
    core.pushTo(ownSessions(userId), { update: { case: "updateUserRelationshipDeleted", value: { otherUserId: otherId } } });
  } else {
    account.relationships.set(otherId, status);
    core.pushTo(ownSessions(userId), {
      update: { case: "updateUserRelationship", value: { relationship: { userId: otherId, status } } },
    });
  }
}

/** Makes two users friends on both sides. */
export function befriend(core: ServerCore, a: bigint, b: bigint): void {
  setRelationship(core, a, b, RelationshipStatus.FRIEND);
  setRelationship(core, b, a, RelationshipStatus.FRIEND);
}

/** Friends of `userId`. */
export function friendsOf(state: ServerState, userId: bigint): bigint[] {
  const account = state.accounts.get(userId);
  if (!account) return [];
  return [...account.relationships].filter(([, s]) => s === RelationshipStatus.FRIEND).map(([id]) => id);
}
