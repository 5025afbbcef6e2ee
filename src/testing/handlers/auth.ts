import { createAccount, createSession } from "../model/accounts/accounts.js";
import { issueCode, redeemCode } from "../model/accounts/codes.js";
import { hashPassword, verifyPassword, verifyTotp } from "../model/core/crypto.js";
import { badRequest, conflict, notFound, rateLimited, unauthorized } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { checkNewPassword } from "../model/accounts/passwords.js";
import { revokeSessions, sessionsOf } from "../model/accounts/sessions.js";
import type { SessionRecord } from "../model/state/server-state.js";
import { userView } from "../model/views/views.js";

/** Binds the connection to a session and answers the `Authorization` result. */
function authorizeConnection(ctx: CallContext, session: SessionRecord) {
  ctx.connection.session = session;
  session.lastActive = ctx.core.nowMs();
  return { token: session.token, user: userView(ctx.core.state, session.userId), sessionId: session.id };
}

/** A new session carrying the device info the connection gave at `core.initialize`. */
function newSession(ctx: CallContext, userId: bigint): SessionRecord {
  const client = ctx.connection.client;
  return createSession(ctx.core, userId, {
    clientId: client?.clientId ?? 0,
    deviceType: client?.deviceType ?? "",
    deviceVersion: client?.deviceVersion ?? "",
    appVersion: client?.appVersion ?? "",
  });
}

type AuthHandlers = NamespaceHandlers<"auth">;

/** `auth.*` handshake calls: sign up, sign in, authorize. */
export const authHandshakeHandlers: Pick<AuthHandlers, "authSignUp" | "authSignIn" | "authAuthorize"> = {
  async authSignUp(request, ctx) {
    if ((request.email === undefined) !== (request.password === undefined)) {
      throw badRequest("email and password go together: give both, or neither for a passwordless account");
    }
    const account = await createAccount(ctx.core, {
      name: request.name,
      ...(request.email !== undefined ? { email: request.email } : {}),
      ...(request.password !== undefined ? { password: request.password } : {}),
    });
    if (account.email) issueCode(ctx.core, "verify-email", account.email);
    return authorizeConnection(ctx, newSession(ctx, account.user.id));
  },

  async authSignIn(request, ctx) {
    const account = ctx.core.state.accountByEmail(request.email);
    // One message for unknown email and wrong password: do not reveal which accounts exist.
    const denied = () => unauthorized("email or password is incorrect");
    if (!account?.password) throw denied();
    if (!(await verifyPassword(request.password, account.password))) throw denied();
    if (account.totp?.enabled) {
      if (request.totp === undefined) throw unauthorized("this account needs a TOTP code (totp)");
      // Trimmed as settings.setupTotp does (totp.ts): codes are often pasted with a stray space or newline.
      const code = request.totp.trim();
      const backup = account.totp.backupCodes.find((c) => !c.used && c.code === code);
      if (backup) backup.used = true;
      else if (!(await verifyTotp(account.totp.secret, code, ctx.core.now()))) throw unauthorized("totp code is incorrect");
    }
    return authorizeConnection(ctx, newSession(ctx, account.user.id));
  },

  authAuthorize(request, ctx) {
    const session = ctx.core.state.sessionsByToken.get(request.token);
    if (!session) throw unauthorized("token is invalid or its session was revoked");
    return authorizeConnection(ctx, session);
  },
};

/** How soon a verification email may be sent again (ms): real servers throttle resends. */
export const RESEND_INTERVAL_MS = 60_000n;

/** One answer for every failed code check: which emails have accounts must not leak. */
const badCode = () => badRequest("code is incorrect or expired");

/** `auth.*` account calls: sessions, password reset, email verification. */
export const authAccountHandlers: Pick<
  AuthHandlers,
  "authGetSessions" | "authRevokeSessions" | "authResetPassword" | "authVerifyEmail" | "authResendEmailVerification"
> = {
  authGetSessions(_request, ctx) {
    return {
      sessions: sessionsOf(ctx.core, ctx.userId).map((s) => ({
        id: s.id,
        clientId: s.clientId,
        deviceType: s.deviceType,
        deviceVersion: s.deviceVersion,
        // Initialize carries no app name; the server has nothing to report.
        appName: "",
        appVersion: s.appVersion,
        // Milliseconds, as [D: auth/sessions] says (the other docs page gives no unit).
        lastActive: s.lastActive,
      })),
      current: ctx.session.id,
    };
  },

  authRevokeSessions(request, ctx) {
    if (request.sessionIds.length === 0) throw badRequest("session_ids must not be empty");
    // Check every id before revoking any: a bad id fails the whole call with nothing changed.
    // Another user's session answers 404 like an unknown one (session ids are not for probing).
    const sessions = [...new Set(request.sessionIds)].map((id) => {
      const session = ctx.core.state.sessions.get(id);
      if (!session || session.userId !== ctx.userId) throw notFound(`session_ids: no session ${id}`);
      return session;
    });
    revokeSessions(ctx.core, ctx.connection, sessions);
  },

  async authResetPassword(request, ctx) {
    const email = request.email.trim().toLowerCase();
    if (!email) throw badRequest("email is required");
    const account = ctx.core.state.accountByEmail(email);
    if (!request.confirm) {
      // The same empty answer whether or not the address has an account: resets must not reveal it.
      if (account) issueCode(ctx.core, "reset-password", email);
      return;
    }
    checkNewPassword(request.confirm.newPassword, "new_password");
    if (!account || !redeemCode(ctx.core, "reset-password", email, request.confirm.code)) throw badCode();
    account.password = await hashPassword(request.confirm.newPassword);
    // Receiving the code proves control of the mailbox, so the address counts as verified.
    account.emailConfirmed = true;
    // The old password may be compromised: a reset signs out every session.
    revokeSessions(ctx.core, ctx.connection, sessionsOf(ctx.core, account.user.id));
  },

  authVerifyEmail(request, ctx) {
    const account = ctx.core.state.accountByEmail(request.email);
    if (!account || !redeemCode(ctx.core, "verify-email", request.email, request.code)) throw badCode();
    account.emailConfirmed = true;
  },

  authResendEmailVerification(request, ctx) {
    const account = ctx.account;
    if (!account.email) throw badRequest("the account has no email address to verify");
    if (request.email !== undefined && request.email.trim().toLowerCase() !== account.email) {
      throw badRequest("email does not match the account's address");
    }
    if (account.emailConfirmed) throw conflict("email is already verified");
    const last = ctx.core.state.issuedCodes.filter((c) => c.kind === "verify-email" && c.email === account.email).at(-1);
    if (last?.issuedAt !== undefined && ctx.core.nowMs() - last.issuedAt < RESEND_INTERVAL_MS) {
      throw rateLimited(`a verification code was sent less than ${RESEND_INTERVAL_MS / 1000n} seconds ago`);
    }
    issueCode(ctx.core, "verify-email", account.email);
  },
};
