// The reconnect loop's bookkeeping: consecutive attempts since the last healthy connection, the one
// backoff timer, and the decision to give up (backoff with full jitter, bounded). A connection is
// healthy once it stayed ready for `resetAfterMs`: a server that completes the handshake and drops
// the connection right after must meet growing delays, not a fresh backoff on every handshake.
import { backoffDelayMs } from "./backoff.js";
import type { ConnectionConfig } from "./config.js";

/** Schedules reconnect attempts for one connection. */
export class Reconnector {
  /** Consecutive attempts since the connection was last healthy (0 on the first connection). */
  attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readySince: number | undefined;

  /** Creates an idle reconnector; `policy` undefined means never reconnect. */
  constructor(private readonly policy: ConnectionConfig["reconnect"]) {}

  /** Whether another attempt is allowed. */
  get canRetry(): boolean {
    return this.policy !== undefined && this.attempt < this.policy.maxAttempts;
  }

  /** Why no attempt follows, for the error it ends with. */
  giveUpReason(): string {
    return this.policy === undefined ? " and reconnect is off" : `; gave up after ${this.attempt} reconnect attempts`;
  }

  /** Counts an attempt and calls `run` after its backoff; returns the attempt number and delay. */
  schedule(run: () => void): { attempt: number; delayMs: number } {
    if (this.policy === undefined) throw new Error("reconnect is off");
    this.attempt++;
    const delayMs = backoffDelayMs(this.attempt, this.policy);
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, delayMs);
    return { attempt: this.attempt, delayMs };
  }

  /** Runs the pending attempt now (the network came back); false when none is pending. */
  hurry(run: () => void): boolean {
    if (this.timer === undefined) return false;
    this.cancel();
    run();
    return true;
  }

  /** Clears the pending attempt, if any. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Starts counting afresh (`connect()` started over). */
  reset(): void {
    this.attempt = 0;
    this.readySince = undefined;
  }

  /** The connection became ready at `now` (ms). */
  ready(now: number): void {
    this.readySince = now;
  }

  /** The connection was lost at `now` (ms): the count starts over if it had stayed ready long enough. */
  lost(now: number): void {
    if (this.readySince !== undefined && this.policy !== undefined && now - this.readySince >= this.policy.resetAfterMs) this.attempt = 0;
    this.readySince = undefined;
  }
}
