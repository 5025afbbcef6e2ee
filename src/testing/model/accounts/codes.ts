import type { ServerConnection } from "../core/connection.js";
import { randomDigits } from "../core/crypto.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { IssuedCode, ServerState } from "../state/server-state.js";
import { attemptKeys, chargeAttempt } from "./throttle.js";

// One-time codes the server "emails" (email verification, password reset). Tests read them through
// the test API (`server.lastCode(email, kind)`); clients redeem them with auth.verifyEmail and
// auth.resetPassword.

/** How long a code stays valid, by kind (ms). */
export const CODE_LIFETIME_MS: Record<IssuedCode["kind"], bigint> = {
  // A verification link in a welcome email is typically good for a day.
  "verify-email": 24n * 60n * 60n * 1000n,
  // Reset codes grant account access, so they are short-lived.
  "reset-password": 15n * 60n * 1000n,
};

/** Issues a fresh 6-digit code for `email`; it supersedes every earlier code of the same kind. */
export function issueCode(core: ServerCore, kind: IssuedCode["kind"], email: string): string {
  const code = randomDigits(6);
  core.state.issuedCodes.push({ kind, email: email.toLowerCase(), code, issuedAt: core.nowMs() });
  return code;
}

/** The newest code of `kind` sent to `email`: the only one that can still work. */
export function newestCode(state: ServerState, kind: IssuedCode["kind"], email: string): IssuedCode | undefined {
  const wanted = email.trim().toLowerCase();
  return state.issuedCodes.filter((c) => c.kind === kind && c.email === wanted).at(-1);
}

/**
 * Redeems `code`: true when it is the newest code of `kind` sent to `email`, unused, unexpired and
 * not yet guessed wrong `limits.codeAttempts` times (a dead code stays dead, the right guess
 * included). A redeemed code cannot be used again. Every try is charged to the address and the
 * connection first (429 once either budget is spent), whether or not the address has an account.
 */
export function redeemCode(core: ServerCore, connection: ServerConnection, kind: IssuedCode["kind"], email: string, code: string): boolean {
  const charged = chargeAttempt(core, connection, attemptKeys.code(kind, email));
  const newest = newestCode(core.state, kind, email);
  if (!newest || newest.used || (newest.failures ?? 0) >= core.limits.codeAttempts) return false;
  if (newest.code !== code.trim()) {
    newest.failures = (newest.failures ?? 0) + 1;
    return false;
  }
  if (newest.issuedAt !== undefined && core.nowMs() - newest.issuedAt > CODE_LIFETIME_MS[kind]) return false;
  newest.used = true;
  charged.refund();
  return true;
}

/** The one answer for every failed code check: which emails have accounts must not leak. */
export const badCode = () => badRequest("code is incorrect or expired");
