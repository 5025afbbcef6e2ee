// The reconnect loop's bookkeeping: consecutive attempts since the last ready connection, the one
// backoff timer, and the decision to give up (issue 3 item 2: backoff with full jitter, bounded).
import { backoffDelayMs } from "./backoff.js";
import type { ConnectionConfig } from "./config.js";

/** Schedules reconnect attempts for one connection. */
export class Reconnector {
  /** Consecutive attempts since the connection was last ready (0 on the first connection). */
  attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

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

  /** Starts counting afresh (the connection became ready, or `connect()` started over). */
  reset(): void {
    this.attempt = 0;
  }
}
