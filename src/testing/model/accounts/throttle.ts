import type { ServerConnection } from "../core/connection.js";
import { rateLimited } from "../core/errors.js";
import type { AttemptCounter, ServerCore } from "../core/server-core.js";

// Guessing a secret must not pay off. Every check of a password, a TOTP code or an emailed code is
// charged, before it runs, to two budgets: the account it names and the connection it comes over
// (limits.attemptsPerAccount / attemptsPerConnection per limits.attemptWindowMs). A check that did
// not fail is refunded. Charging first matters: checks await (PBKDF2), so guesses sent at once over
// many connections would otherwise all pass the limit before the first failure was counted.

/** A charged attempt: call `refund()` when the check did not fail. */
export interface Attempt {
  refund(): void;
}

/** Budget keys: sign-in and codes by email address (so unknown addresses behave alike), signed-in checks by user. */
export const attemptKeys = {
  signIn: (email: string) => `sign-in:${email.trim().toLowerCase()}`,
  code: (kind: string, email: string) => `code:${kind}:${email.trim().toLowerCase()}`,
  account: (userId: bigint) => `account:${userId}`,
} as const;

// Expired counters are dropped once this many are held, so guessed addresses cannot pile up.
const SWEEP_THRESHOLD = 10_000;

/**
 * Charges one attempt to `accountKey` and to `connection`; 429 with the seconds left in the window
 * when either budget is used up (the secret is not even looked at then).
 */
export function chargeAttempt(core: ServerCore, connection: ServerConnection, accountKey: string): Attempt {
  const { attemptsPerAccount, attemptsPerConnection, attemptWindowMs } = core.limits;
  const now = core.now();
  const budgets = [
    { counter: counterOf(core, accountKey, now), max: attemptsPerAccount },
    { counter: counterOf(core, `connection:${connection.id}`, now), max: attemptsPerConnection },
  ];
  const spent = budgets.filter((b) => b.counter.count >= b.max);
  if (spent.length > 0) {
    const until = Math.max(...spent.map((b) => b.counter.startedAt + attemptWindowMs));
    throw rateLimited(`too many failed attempts: try again in ${Math.ceil((until - now) / 1000)} seconds`);
  }
  for (const b of budgets) b.counter.count++;
  return {
    refund: () => {
      for (const b of budgets) b.counter.count = Math.max(0, b.counter.count - 1);
    },
  };
}

/** Runs `check` as a charged attempt: refunded when it returns true. */
export async function attempt(core: ServerCore, connection: ServerConnection, accountKey: string, check: () => boolean | Promise<boolean>): Promise<boolean> {
  const charged = chargeAttempt(core, connection, accountKey);
  const ok = await check();
  if (ok) charged.refund();
  return ok;
}

/** The live counter of `key`; a new window starts when the old one is over or holds nothing. */
function counterOf(core: ServerCore, key: string, now: number): AttemptCounter {
  const window = core.limits.attemptWindowMs;
  if (core.attempts.size >= SWEEP_THRESHOLD) {
    for (const [k, c] of core.attempts) if (now - c.startedAt >= window) core.attempts.delete(k);
  }
  let counter = core.attempts.get(key);
  if (!counter || counter.count === 0 || now - counter.startedAt >= window) {
    counter = { count: 0, startedAt: now };
    core.attempts.set(key, counter);
  }
  return counter;
}
