// What arrives in a conversation, kept in order, taken one at a time by the expectations: each
// expectation consumes the next item, so a test reads like the conversation it checks.

/** A FIFO of arrivals with waiting, bounded in time, for the next one. */
export class Inbox<T> {
  private readonly items: T[] = [];
  private taken = 0;
  private readonly waiters: Array<(item: T | undefined) => void> = [];
  private cancelled = false;

  /** True once waits were ended by {@link Inbox.cancelWaits}. */
  get closed(): boolean {
    return this.cancelled;
  }

  /** Everything that arrived, taken or not. */
  get all(): readonly T[] {
    return this.items;
  }

  /** What arrived and was not taken yet. */
  get unread(): readonly T[] {
    return this.items.slice(this.taken);
  }

  /** Adds an arrival; the oldest waiter, if any, takes it. */
  push(item: T): void {
    this.items.push(item);
    const waiter = this.waiters.shift();
    if (waiter) {
      this.taken++;
      waiter(item);
    }
  }

  /** Takes the next arrival, waiting at most `timeoutMs` for it; `undefined` when none came. */
  take(timeoutMs: number): Promise<T | undefined> {
    if (this.taken < this.items.length) return Promise.resolve(this.items[this.taken++]);
    if (this.cancelled) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
        resolve(undefined);
      }, timeoutMs);
      const waiter = (item: T | undefined) => {
        clearTimeout(timer);
        resolve(item);
      };
      this.waiters.push(waiter);
    });
  }

  /** Ends every wait with `undefined`, now and from now on (the harness is closing). */
  cancelWaits(): void {
    this.cancelled = true;
    for (const waiter of this.waiters.splice(0)) waiter(undefined);
  }
}
