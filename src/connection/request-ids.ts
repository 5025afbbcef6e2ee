// Request ids (semantics.md §2): uint32, never 0, never one still in flight. A counter that wraps at
// 2^32 gives each id the longest possible time before reuse, and skipping taken ids keeps it collision-free.

const MAX = 0xffff_ffff;

/** Allocates `ClientMessage.id` values for one client. */
export class RequestIds {
  private last = 0;

  /**
   * Returns the next free id: uint32, never 0, and neither in `inFlight` nor equal to `reserved`
   * (the outstanding keepalive's id). Wraps from 2^32 − 1 to 1.
   */
  next(inFlight: ReadonlyMap<number, unknown>, reserved: number): number {
    // Every id but 0 can be taken only if 2^32 − 1 calls are in flight, which memory rules out;
    // the bound still keeps a corrupted table from looping forever.
    for (let tries = 0; tries < MAX; tries++) {
      const id = this.last === MAX ? 1 : this.last + 1;
      this.last = id;
      if (id !== reserved && !inFlight.has(id)) return id;
    }
    throw new RangeError("no free request id");
  }

  /** Restarts the sequence at 1 (ids are per connection, semantics.md §2, "reset on reconnection"). */
  reset(): void {
    this.last = 0;
  }

  /** Moves the counter (tests of the wrap-around start it near 2^32). */
  seed(last: number): void {
    this.last = last >>> 0;
  }
}
