import { badRequest, notFound } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { friendsOf } from "../model/accounts/relationships.js";
import { userView } from "../model/views/views.js";

/** `users.*`: profiles and username lookup. */
export const usersHandlers: NamespaceHandlers<"users"> = {
  usersGetProfile(request, ctx) {
    if (!request.ref) throw badRequest("ref is required");
    const state = ctx.core.state;
    const userId = request.ref.userId;
    const account = state.accounts.get(userId);
    if (!account) throw notFound(`ref: no user ${userId}`);
    const me = ctx.userId;
    // Mutuals of one's own profile would be everything one has; they are left empty.
    const mutuals = request.includeMutuals && userId !== me;
    const mutualCommunities = mutuals
      ? [...state.communities.values()].filter((c) => c.members.has(me) && c.members.has(userId)).map((c) => c.id)
      : [];
    const theirFriends = new Set(mutuals ? friendsOf(state, userId) : []);
    const mutualFriends = mutuals ? friendsOf(state, me).filter((id) => theirFriends.has(id)) : [];
    return {
      ref: { userId },
      bio: account.bio,
      ...(account.premiumSince !== undefined ? { premiumSince: account.premiumSince } : {}),
      ...(account.banner ? { banner: account.banner } : {}),
      mutualCommunities,
      mutualFriends,
    };
  },

  usersLookupUsername(request, ctx) {
    // A leading "@" is how people write usernames; accept it.
    const username = request.username.trim().replace(/^@/, "");
    if (!username) throw badRequest("username is required");
    const account = ctx.core.state.accountByUsername(username);
    if (!account) throw notFound(`no user with username ${username}`);
    return { user: userView(ctx.core.state, account.user.id) };
  },
};
