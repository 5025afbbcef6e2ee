// Request ids (docs/protocol.md#request-ids): uint32, never 0, never one still in flight. A counter
// that wraps at 2^32 gives each id the longest possible time before reuse, and skipping taken ids
// keeps it collision-free.

const MAX = 0xffff_ffff;

/** Which ids are taken: the in-flight table (a `Map` of ids will do). */
export interface TakenIds {
  has(id: number): boolean;
}

/**
 * The id after `last`: uint32, never 0, and neither in `inFlight` nor equal to `reserved` (the
 * outstanding keepalive's id). Wraps from 2^32 − 1 to 1.
 */
export function nextRequestId(last: number, inFlight: TakenIds, reserved: number): number {
  // Every id but 0 can be taken only if 2^32 − 1 calls are in flight, which memory rules out;
  // the bound still keeps a corrupted table from looping forever.
  let id = last;
  for (let tries = 0; tries < MAX; tries++) {
    id = id >= MAX ? 1 : id + 1;
    if (id !== reserved && !inFlight.has(id)) return id;
  }
  throw new RangeError("no free request id");
}

/** Allocates `ClientMessage.id` values for one client. */
export class RequestIds {
  private last = 0;

  /** Returns the next free id (see {@link nextRequestId}). */
  next(inFlight: TakenIds, reserved: number): number {
    this.last = nextRequestId(this.last, inFlight, reserved);
    return this.last;
  }

  /** Restarts the sequence at 1 (ids are per connection, docs/protocol.md#request-ids). */
  reset(): void {
    this.last = 0;
  }
}
