import { authorizeConnection, revokeSessions, sessionFor, sessionsOf, sessionView } from "../model/accounts/sessions.js";
import { resendVerification, verifyEmail } from "../model/accounts/email.js";
import { resetPassword } from "../model/accounts/passwords.js";
import { checkCredentials, signUp } from "../model/accounts/sign-in.js";
import { requireOwnSession } from "../model/access/ownership.js";
import { badRequest, unauthorized } from "../model/core/errors.js";
import { invitePreview, liveInvite } from "../model/invites/invites.js";
import { redeemInvite } from "../model/invites/redeem.js";
import type { NamespaceHandlers } from "./context.js";

/** `auth.*`: signing up and in, sessions, password reset, email verification, invites. */
export const authHandlers: NamespaceHandlers<"auth"> = {
  async authSignUp(request, ctx) {
    const account = await signUp(ctx.core, request);
    return authorizeConnection(ctx.core, ctx.connection, sessionFor(ctx.core, ctx.connection, account.user.id));
  },

  async authSignIn(request, ctx) {
    const account = await checkCredentials(ctx.core, ctx.connection, request);
    return authorizeConnection(ctx.core, ctx.connection, sessionFor(ctx.core, ctx.connection, account.user.id));
  },

  authAuthorize(request, ctx) {
    const session = ctx.core.state.sessionsByToken.get(request.token);
    if (!session) throw unauthorized("token is invalid or its session was revoked");
    return authorizeConnection(ctx.core, ctx.connection, session);
  },

  authGetSessions(_request, ctx) {
    return { sessions: sessionsOf(ctx.core, ctx.userId).map(sessionView), current: ctx.session.id };
  },

  authRevokeSessions(request, ctx) {
    if (request.sessionIds.length === 0) throw badRequest("session_ids must not be empty");
    // Every id is checked before any is revoked: a bad id fails the whole call with nothing changed.
    const sessions = [...new Set(request.sessionIds)].map((id) => requireOwnSession(ctx, id));
    revokeSessions(ctx.core, ctx.connection, sessions);
  },

  async authResetPassword(request, ctx) {
    await resetPassword(ctx.core, ctx.connection, request.email, request.confirm);
  },

  authVerifyEmail(request, ctx) {
    verifyEmail(ctx.core, ctx.connection, request.email, request.code);
  },

  authResendEmailVerification(request, ctx) {
    resendVerification(ctx.core, ctx.account, request.email);
  },

  authLookupInvite(request, ctx) {
    // Public call: a visitor who is not signed in sees the preview as user 0 (no owner flag, no permissions).
    return invitePreview(ctx.core.state, liveInvite(ctx.core, request.code), ctx.connection.session?.userId ?? 0n);
  },

  authUseInvite(request, ctx) {
    redeemInvite(ctx.core, liveInvite(ctx.core, request.code), ctx.userId);
  },
};
