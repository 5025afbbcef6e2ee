import type { ResetPassword } from "../../../../gen/osmium/client/auth_pb.js";
import type { ServerConnection } from "../core/connection.js";
import { hashPassword, verifyPassword } from "../core/crypto.js";
import { badRequest, forbidden } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { AccountRecord, SessionRecord } from "../state/server-state.js";
import { badCode, issueCode, redeemCode } from "./codes.js";
import { attempt, attemptKeys } from "./throttle.js";
import { revokeSessions, sessionsOf } from "./sessions.js";

/** Shortest password the server accepts (the same rule as sign-up). */
export const MIN_PASSWORD_LENGTH = 8;

/** 400 unless `password` is acceptable as a new password; `argument` names the field in the message. */
export function checkNewPassword(password: string, argument: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badRequest(`${argument} must be at least ${MIN_PASSWORD_LENGTH} characters`);
}

/**
 * settings.changePassword. A wrong password from a signed-in session is 403, not 401: the session
 * itself is still good. An account without a password (passwordless sign-up) sets its first one;
 * `current` is ignored then. With `revokeOthers`, every other session of the account ends.
 */
export async function changePassword(
  core: ServerCore,
  connection: ServerConnection,
  account: AccountRecord,
  session: SessionRecord,
  change: { currentPassword: string; newPassword: string; revokeSessions: boolean },
): Promise<void> {
  checkNewPassword(change.newPassword, "new_password");
  const stored = account.password;
  // A stolen session must not be a way to guess the password: charged like a sign-in.
  if (stored && !(await attempt(core, connection, attemptKeys.account(account.user.id), () => verifyPassword(change.currentPassword, stored)))) {
    throw forbidden("current_password is incorrect");
  }
  account.password = await hashPassword(change.newPassword);
  if (change.revokeSessions) {
    revokeSessions(core, connection, sessionsOf(core, account.user.id).filter((s) => s.id !== session.id));
  }
}

/**
 * auth.resetPassword: without `confirm`, "emails" a reset code; with it, sets the new password
 * when the code is right. The same empty answer whether or not the address has an account, and one
 * 400 for every failed code check: resets must not reveal which emails have accounts.
 */
export async function resetPassword(
  core: ServerCore,
  connection: ServerConnection,
  email: string,
  confirm: ResetPassword["confirm"],
): Promise<void> {
  const wanted = email.trim().toLowerCase();
  if (!wanted) throw badRequest("email is required");
  const account = core.state.accountByEmail(wanted);
  if (!confirm) {
    if (account) issueCode(core, "reset-password", wanted);
    return;
  }
  checkNewPassword(confirm.newPassword, "new_password");
  // The code is checked (and charged) first, so an address without an account is treated alike.
  if (!redeemCode(core, connection, "reset-password", wanted, confirm.code) || !account) throw badCode();
  account.password = await hashPassword(confirm.newPassword);
  // Receiving the code proves control of the mailbox, so the address counts as verified.
  account.emailConfirmed = true;
  // The old password may be compromised: a reset signs out every session.
  revokeSessions(core, connection, sessionsOf(core, account.user.id));
}
