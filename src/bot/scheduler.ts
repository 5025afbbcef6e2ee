// Per-chat ordering with a bound: the updates of one chat run one after another, in arrival order;
// different chats run side by side, at most `concurrency` at once, taking turns (a busy chat goes
// to the back of the line after each update, so it cannot starve the others). At most `maxPending`
// updates wait or run; past that, `push` refuses.

/** One update's work; `run` never rejects, `drop` is called instead when it will never run. */
export interface ChatJob {
  run(): Promise<void>;
  drop(): void;
}

/** Runs jobs in order per key, different keys concurrently up to a bound. */
export class ChatScheduler {
  private readonly queues = new Map<string, ChatJob[]>();
  private readonly ready: string[] = [];
  private running = 0;
  private pending = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxPending: number,
  ) {}

  /** Updates waiting or running. */
  get size(): number {
    return this.pending;
  }

  /** Queues `job` behind the earlier jobs of `key`; false (and nothing queued) when `maxPending` jobs are already pending. */
  push(key: string, job: ChatJob): boolean {
    if (this.pending >= this.maxPending) return false;
    this.pending++;
    const queue = this.queues.get(key);
    if (queue) {
      queue.push(job);
      return true;
    }
    this.queues.set(key, [job]);
    this.ready.push(key);
    this.pump();
    return true;
  }

  /** Resolves once nothing is pending. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops every job that has not started (each gets `drop()`); running ones finish. Returns how many were dropped. */
  clear(): number {
    let dropped = 0;
    for (const [key, queue] of this.queues) {
      // A chat's head is running unless the chat is still waiting for a slot.
      const keep = this.ready.includes(key) ? 0 : 1;
      for (const job of queue.splice(keep)) {
        dropped++;
        job.drop();
      }
      if (queue.length === 0) this.queues.delete(key);
    }
    this.ready.length = 0;
    this.pending -= dropped;
    this.settleIdle();
    return dropped;
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const key = this.ready.shift();
      if (key === undefined) return;
      this.start(key);
    }
  }

  private start(key: string): void {
    const queue = this.queues.get(key);
    const job = queue?.[0];
    if (!queue || !job) return;
    this.running++;
    // `run` never rejects; should one break that promise, the line must still move on.
    const finish = (): void => {
      queue.shift();
      this.running--;
      this.pending--;
      if (queue.length > 0) this.ready.push(key);
      else this.queues.delete(key);
      this.pump();
      this.settleIdle();
    };
    void job.run().then(finish, finish);
  }

  private settleIdle(): void {
    if (this.pending > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
