// Security: guessing credentials does not get into an account. Password-reset codes, email codes,
// sign-in passwords and TOTP codes are throttled per address (however many connections the guesses
// come over) and per connection (however many addresses it tries); a throttled attempt answers 429
// with a retry hint in its message, before the guess is even looked at. A code dies after a few wrong
// tries, so the real one stops working too. Over real WebSockets, with a fake clock: no waiting.
import { describe, expect, it } from "vitest";
import { type OsmiumClient, RpcError } from "../../src/index.js";
import type { ServerLimits } from "../../src/testing/index.js";
import { totpCode } from "../../src/testing/model/core/crypto.js";
import { secretOfOtpauthUrl } from "../support/base32.js";
import { useClockedServer } from "./support/clocked-server.js";

const EMAIL = "victim@abuse.test";
const PASSWORD = "victim-password-1";
// Small limits so the probes stay short; the defaults are checked separately.
const LIMITS: Partial<ServerLimits> = { attemptsPerAccount: 8, attemptsPerConnection: 4, attemptWindowMs: 60_000, codeAttempts: 3 };
const THROTTLED = /^too many failed attempts: try again in (\d+) seconds$/;

const startServer = useClockedServer();

/** A server with the victim's account; `stranger()` is a connection that has not signed in (an attacker's, or the owner's before sign-in). */
async function start(limits: Partial<ServerLimits> = LIMITS) {
  const started = await startServer(limits);
  const victim = await started.server.createUser({ name: "Victim", email: EMAIL, password: PASSWORD });
  return { ...started, victim, stranger: () => started.client() };
}

/** The call's outcome: "ok", or the error code (and the retry hint, for a 429). */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (e) {
    if (!(e instanceof RpcError)) throw e;
    if (e.errorCode === 429) {
      expect(e.errorMessage).toMatch(THROTTLED);
      return "429";
    }
    return String(e.errorCode);
  }
}

/** Every 6-digit code but `real`, in order. */
function* wrongCodes(real: string): Generator<string> {
  for (let n = 0; n < 1_000_000; n++) {
    const code = String(n).padStart(6, "0");
    if (code !== real) yield code;
  }
}

const tally = (results: string[]) => results.reduce<Record<string, number>>((t, r) => ({ ...t, [r]: (t[r] ?? 0) + 1 }), {});

describe("password reset under brute force", () => {
  it("guesses over one and then six connections never get in: 400 for the first 8, then 429; the real code is dead after 3 wrong tries", async () => {
    const { server, clock, stranger } = await start();
    const first = await stranger();
    await first.auth.resetPassword({ email: EMAIL });
    const real = server.lastCode(EMAIL, "reset-password") ?? "";
    const guesses = wrongCodes(real);
    const guess = (c: OsmiumClient) =>
      outcome(c.auth.resetPassword({ email: EMAIL, confirm: { code: guesses.next().value as string, newPassword: "attacker-password" } }));

    // One connection: its own budget of 4 failures, then 429 on every further guess.
    const one: string[] = [];
    for (let i = 0; i < 10; i++) one.push(await guess(first));
    expect(one).toEqual(["400", "400", "400", "400", "429", "429", "429", "429", "429", "429"]);

    // Fresh connections: the address's budget (8 failures in all) runs out after 4 more.
    const many: string[] = [];
    for (let c = 0; c < 6; c++) {
      const conn = await stranger();
      for (let i = 0; i < 10; i++) many.push(await guess(conn));
    }
    expect(tally(many)).toEqual({ "400": 4, "429": 56 });
    expect(many.slice(0, 5)).toEqual(["400", "400", "400", "400", "429"]);

    // Even the real code is refused while throttled, and dead once the window has passed.
    const late = await stranger();
    const confirmReal = () => late.auth.resetPassword({ email: EMAIL, confirm: { code: real, newPassword: "attacker-password" } });
    expect(await outcome(confirmReal())).toBe("429");
    clock.now += 60_000;
    await expect(confirmReal()).rejects.toMatchObject({ errorCode: 400, errorMessage: "code is incorrect or expired" });
    expect(server.codes(EMAIL).at(-1)).toMatchObject({ code: real, failures: 3 });

    // The account is untouched: the old password still signs in, the attacker's does not.
    const owner = await stranger();
    await expect(owner.auth.signIn({ email: EMAIL, password: "attacker-password" })).rejects.toMatchObject({ errorCode: 401 });
    expect((await owner.auth.signIn({ email: EMAIL, password: PASSWORD })).user?.name).toBe("Victim");
  });

  it("the 429 names the time left in the window; once it has passed, a new code works", async () => {
    const { server, clock, stranger } = await start();
    const client = await stranger();
    await client.auth.resetPassword({ email: EMAIL });
    for (let i = 0; i < 4; i++) await expect(client.auth.resetPassword({ email: EMAIL, confirm: { code: "x", newPassword: "whatever-123" } })).rejects.toMatchObject({ errorCode: 400 });
    clock.now += 20_500;
    await expect(client.auth.resetPassword({ email: EMAIL, confirm: { code: "x", newPassword: "whatever-123" } })).rejects.toMatchObject({
      errorCode: 429,
      errorMessage: "too many failed attempts: try again in 40 seconds",
    });
    clock.now += 39_500;
    await client.auth.resetPassword({ email: EMAIL });
    const code = server.lastCode(EMAIL, "reset-password") ?? "";
    await expect(client.auth.resetPassword({ email: EMAIL, confirm: { code, newPassword: "new-password-1" } })).resolves.toBeUndefined();
  });

  it("an address without an account is throttled exactly like one with an account", async () => {
    const { stranger } = await start();
    const results = async (email: string) => {
      const client = await stranger();
      const out: string[] = [];
      for (let i = 0; i < 6; i++) out.push(await outcome(client.auth.resetPassword({ email, confirm: { code: "123456", newPassword: "whatever-123" } })));
      return out;
    };
    expect(await results("nobody@abuse.test")).toEqual(await results(EMAIL));
  });

  it("a reset code expires after 15 minutes even when never guessed", async () => {
    const { server, clock, stranger } = await start();
    const client = await stranger();
    await client.auth.resetPassword({ email: EMAIL });
    const code = server.lastCode(EMAIL, "reset-password") ?? "";
    clock.now += 15 * 60_000 + 1;
    await expect(client.auth.resetPassword({ email: EMAIL, confirm: { code, newPassword: "new-password-1" } })).rejects.toMatchObject({
      errorCode: 400,
      errorMessage: "code is incorrect or expired",
    });
  });
});

describe("email verification codes", () => {
  it("die after 3 wrong tries and are throttled per address", async () => {
    const { server, stranger } = await start({ ...LIMITS, attemptsPerConnection: 100 });
    const client = await stranger();
    await client.auth.signUp({ name: "New", email: "new@abuse.test", password: "new-password-1" });
    const real = server.lastCode("new@abuse.test", "verify-email") ?? "";
    const guesses = wrongCodes(real);
    const results: string[] = [];
    for (let i = 0; i < 10; i++) results.push(await outcome(client.auth.verifyEmail({ email: "new@abuse.test", code: guesses.next().value as string })));
    expect(results).toEqual(["400", "400", "400", "400", "400", "400", "400", "400", "429", "429"]);
    const other = await stranger();
    expect(await outcome(other.auth.verifyEmail({ email: "new@abuse.test", code: real }))).toBe("429");
  });
});

describe("sign-in under brute force", () => {
  it("wrong passwords over many connections: 401 for the address's 8, then 429 even for the right password", async () => {
    const { clock, stranger } = await start();
    const results: string[] = [];
    for (let c = 0; c < 4; c++) {
      const conn = await stranger();
      for (let i = 0; i < 3; i++) results.push(await outcome(conn.auth.signIn({ email: EMAIL, password: `guess-${c}-${i}` })));
    }
    expect(results).toEqual(["401", "401", "401", "401", "401", "401", "401", "401", "429", "429", "429", "429"]);
    const owner = await stranger();
    expect(await outcome(owner.auth.signIn({ email: EMAIL, password: PASSWORD }))).toBe("429");
    clock.now += 60_000;
    expect(await outcome(owner.auth.signIn({ email: EMAIL, password: PASSWORD }))).toBe("ok");
  });

  it("one connection trying many addresses is stopped after its own 4 failures", async () => {
    const { stranger } = await start();
    const conn = await stranger();
    const results: string[] = [];
    for (let i = 0; i < 6; i++) results.push(await outcome(conn.auth.signIn({ email: `user${i}@abuse.test`, password: "password-1" })));
    expect(results).toEqual(["401", "401", "401", "401", "429", "429"]);
    // Another connection is not affected by that one's budget.
    expect(await outcome((await stranger()).auth.signIn({ email: EMAIL, password: PASSWORD }))).toBe("ok");
  });

  it("successful sign-ins do not use up the budget", async () => {
    const { stranger } = await start();
    const conn = await stranger();
    for (let i = 0; i < 10; i++) expect(await outcome(conn.auth.signIn({ email: EMAIL, password: PASSWORD }))).toBe("ok");
  });

  it("TOTP codes: wrong ones after the right password count toward the same budget; the right code is refused while throttled", async () => {
    const { clock, victim, stranger, client } = await start();
    const { right, wrong } = await withTotp(await client(victim.token), clock.now);

    const results: string[] = [];
    for (let c = 0; c < 3; c++) {
      const conn = await stranger();
      for (let i = 0; i < 4; i++) results.push(await outcome(conn.auth.signIn({ email: EMAIL, password: PASSWORD, totp: wrong.next().value as string })));
    }
    expect(results).toEqual(["401", "401", "401", "401", "401", "401", "401", "401", "429", "429", "429", "429"]);
    const late = await stranger();
    expect(await outcome(late.auth.signIn({ email: EMAIL, password: PASSWORD, totp: right }))).toBe("429");
  });

  it("TOTP codes of a signed-in session (turning 2FA off) are throttled per account", async () => {
    const { clock, victim, client } = await start({ ...LIMITS, attemptsPerConnection: 100 });
    const { owner, right, wrong } = await withTotp(await client(victim.token), clock.now);
    const results: string[] = [];
    for (let i = 0; i < 10; i++) results.push(await outcome(owner.settings.setupTotp({ enabled: false, code: wrong.next().value as string })));
    expect(results).toEqual(["403", "403", "403", "403", "403", "403", "403", "403", "429", "429"]);
    expect(await outcome(owner.settings.setupTotp({ enabled: false, code: right }))).toBe("429");
  });

  it("changing the password: wrong current passwords are throttled per account", async () => {
    const { victim, client } = await start({ ...LIMITS, attemptsPerConnection: 100 });
    const owner = await client(victim.token);
    const results: string[] = [];
    for (let i = 0; i < 9; i++) results.push(await outcome(owner.settings.changePassword({ currentPassword: `guess-${i}`, newPassword: "new-password-1", revokeSessions: false })));
    expect(results).toEqual(["403", "403", "403", "403", "403", "403", "403", "403", "429"]);
    expect(await outcome(owner.settings.changePassword({ currentPassword: PASSWORD, newPassword: "new-password-1", revokeSessions: false }))).toBe("429");
  });
});

describe("defaults", () => {
  it("10 failures per address and 20 per connection in a 15-minute window; a code dies after 5 wrong tries", async () => {
    const { server, clock, stranger } = await start({});
    const results: string[] = [];
    for (let c = 0; c < 3; c++) {
      const conn = await stranger();
      for (let i = 0; i < 4; i++) results.push(await outcome(conn.auth.signIn({ email: EMAIL, password: `guess-${c}-${i}` })));
    }
    expect(tally(results)).toEqual({ "401": 10, "429": 2 });
    clock.now += 15 * 60_000;
    const conn = await stranger();
    const many: string[] = [];
    for (let i = 0; i < 22; i++) many.push(await outcome(conn.auth.signIn({ email: `u${i}@abuse.test`, password: "password-1" })));
    expect(tally(many)).toEqual({ "401": 20, "429": 2 });

    await (await stranger()).auth.resetPassword({ email: EMAIL });
    const real = server.lastCode(EMAIL, "reset-password") ?? "";
    const guesses = wrongCodes(real);
    const guesser = await stranger();
    for (let i = 0; i < 5; i++) await outcome(guesser.auth.resetPassword({ email: EMAIL, confirm: { code: guesses.next().value as string, newPassword: "attacker-password" } }));
    await expect(guesser.auth.resetPassword({ email: EMAIL, confirm: { code: real, newPassword: "attacker-password" } })).rejects.toMatchObject({ errorCode: 400 });
  });
});

/** The victim's own client, with two-factor authentication turned on; the right code now, and wrong ones. */
async function withTotp(owner: OsmiumClient, now: number) {
  const secret = secretOfOtpauthUrl((await owner.settings.setupTotp({ enabled: true })).url);
  await owner.settings.setupTotp({ enabled: true, code: await totpCode(secret, now) });
  return { owner, right: await totpCode(secret, now), wrong: await wrongTotps(secret, now) };
}

/** 6-digit codes that are not valid TOTP codes at `timeMs` (the current step, nor one either side). */
async function wrongTotps(secret: Uint8Array, timeMs: number): Promise<Generator<string>> {
  const valid = await Promise.all([-1, 0, 1].map((step) => totpCode(secret, timeMs, step)));
  return (function* () {
    for (let n = 0; n < 1_000_000; n++) {
      const code = String(n).padStart(6, "0");
      if (!valid.includes(code)) yield code;
    }
  })();
}
