import { profileOf } from "../model/accounts/profile.js";
import { badRequest, notFound } from "../model/core/errors.js";
import { userView } from "../model/views/users.js";
import type { NamespaceHandlers } from "./context.js";

/** `users.*`: profiles and username lookup. */
export const usersHandlers: NamespaceHandlers<"users"> = {
  usersGetProfile(request, ctx) {
    if (!request.ref) throw badRequest("ref is required");
    return profileOf(ctx.core, request.ref.userId, ctx.userId, request.includeMutuals);
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
