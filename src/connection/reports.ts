// A connection's transitions run to completion before anyone hears of them: each transition queues
// its reports here, and they are delivered once the outermost transition has ended, so no listener
// ever sees (or re-enters) a half-done transition. A listener may start a new transition while
// reports are being delivered (close() from a `state` listener): its reports follow the ones
// already queued, and when it stops the connection, the reports of earlier transitions not yet
// delivered are dropped — listeners hear the close, not a past that no longer holds.

interface Report {
  readonly transition: number;
  readonly deliver: () => void;
}

/** The report queue of one connection. */
export class Reports {
  private readonly queue: Report[] = [];
  private depth = 0;
  private delivering = false;
  private transition = 0;
  private cutoff = 0;

  /** Runs one transition (or a step nested in one); delivers the queued reports once the outermost ends. */
  run(transition: () => void): void {
    if (this.depth === 0) this.transition++;
    this.depth++;
    try {
      transition();
    } finally {
      this.depth--;
      if (this.depth === 0) this.deliver();
    }
  }

  /** Queues a report of the current transition. */
  add(deliver: () => void): void {
    this.queue.push({ transition: this.transition, deliver });
  }

  /** The current transition stopped the connection: earlier transitions' undelivered reports are dropped. */
  overtake(): void {
    this.cutoff = this.transition;
  }

  private deliver(): void {
    if (this.delivering) return; // the outer delivery loop picks up what this transition queued
    this.delivering = true;
    try {
      for (let report = this.queue.shift(); report !== undefined; report = this.queue.shift()) {
        if (report.transition >= this.cutoff) report.deliver();
      }
    } finally {
      this.delivering = false;
    }
  }
}
