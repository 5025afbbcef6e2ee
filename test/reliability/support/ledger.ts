// What every fault test checks: each call settles exactly once, nothing is rejected unhandled, and
// nothing is thrown out of the event loop. The ledger counts settlements twice over: by the promise
// the caller holds, and by the SDK's own `onOutcome` interceptor hook (called once per settled call).
import { afterEach, beforeEach, expect } from "vitest";
import { type InterceptedOutcome, type Interceptor, OsmiumError } from "../../../src/index.js";

/** How one tracked call ended. */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

// The handshake's own calls go through the same table; the ledger counts only the test's calls.
const handshakeMethods = new Set(["core.initialize", "auth.authorize"]);

/** Counts calls made, settled, and reported settled by the SDK. */
export class CallLedger {
  made = 0;
  resolved = 0;
  rejected = 0;
  /** Calls written to the connection (handshake calls excluded). */
  sent = 0;
  /** `onOutcome` reports, in order (handshake calls excluded). */
  readonly outcomes: InterceptedOutcome[] = [];
  private sentWaiters: Array<{ count: number; resolve: () => void }> = [];
  /** The interceptor to pass in the client's `interceptors` option. */
  readonly interceptor: Interceptor = {
    onCall: (call) => {
      if (handshakeMethods.has(call.method)) return;
      this.sent++;
      this.sentWaiters = this.sentWaiters.filter((w) => (w.count <= this.sent ? void w.resolve() : true));
    },
    onOutcome: (outcome) => {
      if (!handshakeMethods.has(outcome.method)) this.outcomes.push(outcome);
    },
  };

  /** Resolves once `count` calls have been written to the connection. */
  whenSent(count: number): Promise<void> {
    if (this.sent >= count) return Promise.resolve();
    return new Promise((resolve) => this.sentWaiters.push({ count, resolve }));
  }

  /** Tracks one call: the returned promise never rejects (so the call can never be unhandled). */
  track<T>(call: Promise<T>): Promise<Settled<T>> {
    this.made++;
    return call.then(
      (value) => {
        this.resolved++;
        return { ok: true, value } as const;
      },
      (error: unknown) => {
        this.rejected++;
        return { ok: false, error } as const;
      },
    );
  }

  /** Calls made and not settled yet. */
  get open(): number {
    return this.made - this.resolved - this.rejected;
  }

  /** Asserts every tracked call settled, once, and the SDK reported each settlement once. */
  expectAllSettledOnce(): void {
    expect({ open: this.open, settled: this.resolved + this.rejected, outcomes: this.outcomes.length }).toEqual({
      open: 0,
      settled: this.made,
      outcomes: this.made,
    });
  }
}

/** The error codes of the failed calls among `results`, in order (`"ok"` for successes). */
export function codesOf(results: readonly Settled<unknown>[]): string[] {
  return results.map((r) => (r.ok ? "ok" : OsmiumError.is(r.error) ? r.error.code : `not an OsmiumError: ${String(r.error)}`));
}

/** Records unhandled rejections and uncaught exceptions during each test; afterEach asserts none happened. */
export function useProcessWatch(): { readonly problems: unknown[] } {
  const problems: unknown[] = [];
  const onRejection = (reason: unknown): void => void problems.push(["unhandledRejection", reason]);
  const onException = (error: unknown): void => void problems.push(["uncaughtException", error]);
  beforeEach(() => {
    problems.length = 0;
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onException);
  });
  afterEach(async () => {
    // Node reports an unhandled rejection after the microtask queue drains: give it two macrotasks.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
    expect(problems).toEqual([]);
  });
  return { problems };
}

/** Resolves after `ms` (for waits no event announces; never used to assert speed). */
export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
