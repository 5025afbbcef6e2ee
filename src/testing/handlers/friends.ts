import { ChangeRelationship_RelationshipChangeType as Change } from "../../../gen/osmium/client/friends_pb.js";
import { RelationshipStatus as S } from "../../../gen/osmium/client/types_pb.js";
import { badRequest, conflict, forbidden, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { befriend, hasBlocked, relationshipOf, setRelationship } from "../model/accounts/relationships.js";
import { usersView } from "../model/views/views.js";

// The relationship state machine. Each user holds their own side; both sides change together and
// each user's sessions hear only about their own side:
//
//   none ──REQUEST──▶ me: OUTGOING / them: INCOMING ──ACCEPT (them)──▶ FRIEND / FRIEND
//   REQUEST while INCOMING accepts (both asked: they are friends)
//   REMOVE: friendship, outgoing request (cancel) or incoming request (decline) → none / none
//   BLOCK: me: BLOCKED; their friend/request side is removed, a block of theirs stays
//   UNBLOCK: my BLOCKED side is removed; nothing is restored
//
// A blocked user learns nothing of the block beyond losing the relationship; their friend requests
// to the blocker answer 403.

/** Sides that belong to a friendship or a pending request (not blocks or suggestions). */
const FRIENDLY = new Set<S | undefined>([S.FRIEND, S.FRIEND_REQUEST_INCOMING, S.FRIEND_REQUEST_OUTGOING]);

/** `friends.*`: relationships (friends, requests, blocks) and platform friend sync. */
export const friendsHandlers: NamespaceHandlers<"friends"> = {
  friendsGetRelationships(_request, ctx) {
    const mine = [...ctx.account.relationships].filter(([, status]) => status !== S.INVALID);
    return {
      relationships: mine.map(([userId, status]) => ({ userId, status })),
      users: usersView(ctx.core.state, mine.map(([userId]) => userId)),
    };
  },

  friendsChangeRelationship(request, ctx) {
    const { core } = ctx;
    const state = core.state;
    const me = ctx.userId;
    if (!request.user) throw badRequest("user is required");
    const them = request.user.userId;
    if (them === me) throw badRequest("user: you cannot have a relationship with yourself");
    if (!state.accounts.has(them)) throw notFound(`user: no user ${them}`);
    const mine = relationshipOf(state, me, them);
    const theirs = relationshipOf(state, them, me);
    switch (request.change) {
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
        throw badRequest(`change ${request.change} is not a valid relationship change`);
    }
  },

  friendsSyncFriends(request, ctx) {
    const platform = request.platform.trim().toLowerCase();
    if (!platform) throw badRequest("platform is required (e.g. \"discord\")");
    if (!request.platformUserId.trim()) throw badRequest("platform_user_id is required");
    const account = ctx.account;
    account.syncedPlatforms ??= new Map();
    // Stored for the record; the reference server has no other platforms to match them against,
    // so no suggestions come of it.
    account.syncedPlatforms.set(platform, {
      platformUserId: request.platformUserId,
      friendIdsHashed: request.friendIdsHashed,
      communityIdsHashed: request.communityIdsHashed,
    });
  },
};
