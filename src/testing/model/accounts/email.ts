import type { ServerConnection } from "../core/connection.js";
import { badRequest, conflict, rateLimited } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { AccountRecord } from "../state/server-state.js";
import { checkEmail } from "./accounts.js";
import { badCode, issueCode, newestCode, redeemCode } from "./codes.js";

// An account's email address and its verification.

/** How soon a verification email may be sent again (ms): real servers throttle resends. */
export const RESEND_INTERVAL_MS = 60_000n;

/** auth.verifyEmail: marks the address verified when `code` is the newest one sent to it (throttled as codes.ts says). */
export function verifyEmail(core: ServerCore, connection: ServerConnection, email: string, code: string): void {
  // The code is checked (and charged) first, so an address without an account is treated alike.
  const redeemed = redeemCode(core, connection, "verify-email", email, code);
  const account = core.state.accountByEmail(email);
  if (!redeemed || !account) throw badCode();
  account.emailConfirmed = true;
}

/** auth.resendEmailVerification: a new code for the account's unverified address, at most once a minute. */
export function resendVerification(core: ServerCore, account: AccountRecord, email: string | undefined): void {
  if (!account.email) throw badRequest("the account has no email address to verify");
  if (email !== undefined && email.trim().toLowerCase() !== account.email) {
    throw badRequest("email does not match the account's address");
  }
  if (account.emailConfirmed) throw conflict("email is already verified");
  const last = newestCode(core.state, "verify-email", account.email);
  if (last?.issuedAt !== undefined && core.nowMs() - last.issuedAt < RESEND_INTERVAL_MS) {
    throw rateLimited(`a verification code was sent less than ${RESEND_INTERVAL_MS / 1000n} seconds ago`);
  }
  issueCode(core, "verify-email", account.email);
}

/**
 * settings.changeEmail: the address changes at once and is unverified until the code sent to it
 * is redeemed (auth.verifyEmail).
 */
export function changeEmail(core: ServerCore, account: AccountRecord, newEmail: string): void {
  const email = checkEmail(newEmail, "new_email");
  if (account.email === email) throw badRequest("new_email is already the account's address");
  if (core.state.accountByEmail(email)) throw conflict("email is already registered");
  account.email = email;
  account.emailConfirmed = false;
  issueCode(core, "verify-email", email);
}
