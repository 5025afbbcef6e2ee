import { RelationshipStatus } from "../../../gen/osmium/client/types_pb.js";
import { changeRelationship } from "../model/accounts/relationships.js";
import { badRequest } from "../model/core/errors.js";
import { usersView } from "../model/views/users.js";
import type { NamespaceHandlers } from "./context.js";

/** `friends.*`: relationships (friends, requests, blocks) and platform friend sync. */
export const friendsHandlers: NamespaceHandlers<"friends"> = {
  friendsGetRelationships(_request, ctx) {
    const mine = [...ctx.account.relationships].filter(([, status]) => status !== RelationshipStatus.INVALID);
    return {
      relationships: mine.map(([userId, status]) => ({ userId, status })),
      users: usersView(ctx.core.state, mine.map(([userId]) => userId)),
    };
  },

  friendsChangeRelationship(request, ctx) {
    if (!request.user) throw badRequest("user is required");
    changeRelationship(ctx.core, ctx.userId, request.user.userId, request.change);
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
