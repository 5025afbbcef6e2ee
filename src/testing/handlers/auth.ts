import { createAccount, createSession } from "../accounts.js";
import { verifyPassword, verifyTotp } from "../crypto.js";
import { badRequest, unauthorized } from "../errors.js";
import type { CallContext, NamespaceHandlers } from "../handler.js";
import type { SessionRecord } from "../state.js";
import { userView } from "../views.js";

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
    if (account.email) {
      ctx.core.state.issuedCodes.push({ kind: "verify-email", email: account.email, code: verificationCode(ctx) });
    }
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
      const backup = account.totp.backupCodes.find((c) => !c.used && c.code === request.totp);
      if (backup) backup.used = true;
      else if (!(await verifyTotp(account.totp.secret, request.totp, ctx.core.now()))) throw unauthorized("totp code is incorrect");
    }
    return authorizeConnection(ctx, newSession(ctx, account.user.id));
  },

  authAuthorize(request, ctx) {
    const session = ctx.core.state.sessionsByToken.get(request.token);
    if (!session) throw unauthorized("token is invalid or its session was revoked");
    return authorizeConnection(ctx, session);
  },
};

/** A 6-digit code "emailed" to the user; tests read it with `server.lastCode()`. */
export function verificationCode(ctx: CallContext): string {
  return String(Number(ctx.core.nextId() % 900_000n) + 100_000);
}
