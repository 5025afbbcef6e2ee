// What a handler starts, the bot finishes: every `next()` and every context action returns a
// TrackedPromise, so that the bot can wait for work a handler did not await (per-chat order and
// `stop()` then include it) and report a failure nobody looked at, instead of letting it escape as an
// unhandled rejection.

/**
 * A promise that remembers whether anyone subscribed to it (`await`, `then`, `catch`, `finally`,
 * `Promise.all`...). Derived promises are plain promises.
 */
export class TrackedPromise<T> extends Promise<T> {
  /** Promises derived by `then` are ordinary ones: only the tracked operation itself is tracked. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #observed = false;

  /** True once anything subscribed to the outcome. */
  get observed(): boolean {
    return this.#observed;
  }

  /** Subscribes to the outcome (and marks the promise as observed). */
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#observed = true;
    return super.then(onfulfilled, onrejected);
  }
}

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

// Subscribes without marking the promise observed (the original `then`, not the override).
function outcomeOf(promise: TrackedPromise<unknown>): Promise<Outcome> {
  return new Promise((resolve) => {
    Promise.prototype.then.call(
      promise,
      () => resolve({ ok: true }),
      (error: unknown) => resolve({ ok: false, error }),
    );
  });
}

/** Receives a failure that nothing observed. */
export type UnobservedReporter = (error: unknown) => void;

/**
 * The operations started while one update is handled. Until `settle()`, operations are collected;
 * after it, late ones (a timer in a handler calling `ctx.reply`) go to `late`.
 */
export class OperationTracker {
  private readonly operations: TrackedPromise<unknown>[] = [];
  private open = true;

  constructor(private readonly late: (operation: TrackedPromise<unknown>) => void) {}

  /** True until `settle()` was called. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Wraps `source` in a TrackedPromise and records it. */
  track<T>(source: PromiseLike<T>): TrackedPromise<T> {
    const operation = new TrackedPromise<T>((resolve, reject) => {
      source.then(resolve, reject);
    });
    if (this.open) this.operations.push(operation);
    else this.late(operation);
    return operation;
  }

  /**
   * Waits for every recorded operation, including those started meanwhile, then closes. Resolves
   * with the errors of the operations that failed with nobody observing them, in start order.
   */
  async settle(): Promise<unknown[]> {
    const unobserved: unknown[] = [];
    let done = 0;
    while (done < this.operations.length) {
      const batch = this.operations.slice(done);
      done = this.operations.length;
      const outcomes = await Promise.all(batch.map(outcomeOf));
      outcomes.forEach((outcome, i) => {
        if (!outcome.ok && !batch[i]?.observed) unobserved.push(outcome.error);
      });
    }
    this.open = false;
    return unobserved;
  }
}

/**
 * Operations that outlived their update. `idle()` waits for all of them; a failure nobody observed
 * by the time it settled goes to its reporter.
 */
export class BackgroundOperations {
  private readonly running = new Set<Promise<Outcome>>();

  /** Adds one operation; `report` receives its failure if nothing observed it. */
  add(operation: TrackedPromise<unknown>, report: UnobservedReporter): void {
    const outcome = outcomeOf(operation);
    this.running.add(outcome);
    void outcome.then((result) => {
      this.running.delete(outcome);
      if (!result.ok && !operation.observed) report(result.error);
    });
  }

  /** Waits for `work` too (it must never reject), e.g. the reporting of a failure. */
  hold(work: Promise<void>): void {
    const done: Promise<Outcome> = work.then(() => ({ ok: true }));
    this.running.add(done);
    void done.then(() => this.running.delete(done));
  }

  /** Operations (and held work) not settled yet. */
  get size(): number {
    return this.running.size;
  }

  /** Resolves once no operation is running (operations added meanwhile included). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

// The tracker of each context being handled; a context made outside a bot has none.
const trackers = new WeakMap<object, OperationTracker>();

/** Attaches `tracker` to the context `ctx`. */
export function attachTracker(ctx: object, tracker: OperationTracker): void {
  trackers.set(ctx, tracker);
}

/** The tracker of `ctx`, if a bot is handling it. */
export function trackerOf(ctx: object): OperationTracker | undefined {
  return trackers.get(ctx);
}

/** Tracks `source` as an operation of `ctx` when a bot handles `ctx`; otherwise returns it as it is. */
export function track<T>(ctx: object, source: Promise<T>): Promise<T> {
  return trackerOf(ctx)?.track(source) ?? source;
}
