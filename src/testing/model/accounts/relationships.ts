import { ChangeRelationship_RelationshipChangeType as Change } from "../../../../gen/osmium/client/friends_pb.js";
import { RelationshipStatus as S } from "../../../../gen/osmium/client/types_pb.js";
import { hasBlocked, isBlocked } from "../access/blocks.js";
import { ownSessions } from "../audiences/audiences.js";
import { badRequest, conflict, forbidden, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { ServerState } from "../state/server-state.js";

// The relationship model: each user holds their own side of a relationship (friend, incoming or
// outgoing request, blocked), and every change of a side is pushed to that user's sessions only.
// Both sides change together, by this state machine:
//
//   none ──REQUEST──▶ me: OUTGOING / them: INCOMING ──ACCEPT (them)──▶ FRIEND / FRIEND
//   REQUEST while INCOMING accepts (both asked: they are friends)
//   REMOVE: friendship, outgoing request (cancel) or incoming request (decline) → none / none
//   BLOCK: me: BLOCKED; their friend/request side is removed, a block of theirs stays
//   UNBLOCK: my BLOCKED side is removed; nothing is restored
//
// A blocked user learns nothing of the block beyond losing the relationship; their friend requests
// to the blocker answer 403. USER invites make friends too (connectByInvite).

/** Sides that belong to a friendship or a pending request (not blocks or suggestions). */
const FRIENDLY = new Set<S | undefined>([S.FRIEND, S.FRIEND_REQUEST_INCOMING, S.FRIEND_REQUEST_OUTGOING]);

/** `userId`'s side of the relationship with `otherId`, or `undefined` when there is none. */
export function relationshipOf(state: ServerState, userId: bigint, otherId: bigint): S | undefined {
  return state.accounts.get(userId)?.relationships.get(otherId);
}

/**
 * Sets `userId`'s side of the relationship with `otherId` (`undefined` removes it) and tells all of
 * `userId`'s sessions: `updateUserRelationship`, or `updateUserRelationshipDeleted` on removal.
 * Nothing is pushed when the side does not change.
 */
export function setRelationship(core: ServerCore, userId: bigint, otherId: bigint, status: S | undefined): void {
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
  setRelationship(core, a, b, S.FRIEND);
  setRelationship(core, b, a, S.FRIEND);
}

/** Friends of `userId`. */
export function friendsOf(state: ServerState, userId: bigint): bigint[] {
  const account = state.accounts.get(userId);
  if (!account) return [];
  return [...account.relationships].filter(([, s]) => s === S.FRIEND).map(([id]) => id);
}

/** friends.changeRelationship: one step of the state machine above, by `me` towards `them`. */
export function changeRelationship(core: ServerCore, me: bigint, them: bigint, change: Change): void {
  const state = core.state;
  if (them === me) throw badRequest("user: you cannot have a relationship with yourself");
  if (!state.accounts.has(them)) throw notFound(`user: no user ${them}`);
  const mine = relationshipOf(state, me, them);
  const theirs = relationshipOf(state, them, me);
  switch (change) {
    case Change.REQUEST_FRIEND:
      if (hasBlocked(state, them, me)) throw forbidden(`user ${them} does not accept friend requests from you`);
      if (mine === S.BLOCKED) throw conflict(`you blocked user ${them}: unblock them before sending a friend request`);
      if (mine === S.FRIEND) throw conflict(`you are already friends with user ${them}`);
      if (mine === S.FRIEND_REQUEST_OUTGOING) throw conflict(`a friend request to user ${them} is already pending`);
      if (mine === S.FRIEND_REQUEST_INCOMING) return befriend(core, me, them);
      setRelationship(core, me, them, S.FRIEND_REQUEST_OUTGOING);
      setRelationship(core, them, me, S.FRIEND_REQUEST_INCOMING);
      return;
    case Change.ACCEPT_FRIEND:
      if (mine !== S.FRIEND_REQUEST_INCOMING) throw notFound(`no friend request from user ${them}`);
      return befriend(core, me, them);
    case Change.REMOVE_FRIEND:
      if (!FRIENDLY.has(mine)) throw notFound(`no friendship or friend request with user ${them}`);
      setRelationship(core, me, them, undefined);
      if (FRIENDLY.has(theirs)) setRelationship(core, them, me, undefined);
      return;
    case Change.BLOCK:
      if (mine === S.BLOCKED) throw conflict(`user ${them} is already blocked`);
      setRelationship(core, me, them, S.BLOCKED);
      if (FRIENDLY.has(theirs)) setRelationship(core, them, me, undefined);
      return;
    case Change.UNBLOCK:
      if (mine !== S.BLOCKED) throw notFound(`user ${them} is not blocked`);
      setRelationship(core, me, them, undefined);
      return;
    default:
      throw badRequest(`change ${change} is not a valid relationship change`);
  }
}

/**
 * Using a USER invite: "connect with me". The two users become friends at once, like a
 * friend-invite link: sharing the link is the creator's consent. Either side's block wins over the
 * link; the message does not say who blocked whom.
 */
export function connectByInvite(core: ServerCore, me: bigint, creator: bigint): void {
  const state = core.state;
  if (creator === me) throw badRequest("this is your own invite");
  if (isBlocked(state, creator, me)) throw forbidden("you cannot connect with this user");
  if (relationshipOf(state, me, creator) === S.FRIEND) throw conflict(`you are already friends with user ${creator}`);
  befriend(core, me, creator);
}
