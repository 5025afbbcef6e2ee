// The calls in flight, by request id: a power-of-two array indexed by the id's low bits. Ids are
// handed out in sequence, so the calls in flight fill consecutive slots, and a slot costs 8 bytes
// where a Map entry costs about 46 (docs/performance.md measures heap per pending call). An id
// whose slot is taken, even by a call with another id, counts as taken: the id allocator skips it,
// so a call that stays pending for long never forces the table to grow.
import type { PendingCall } from "./pending-call.js";

const INITIAL_SLOTS = 64;

/** The in-flight calls of one client, by request id. */
export class InFlight {
  private slots: (PendingCall | undefined)[] = new Array(INITIAL_SLOTS).fill(undefined);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  /** How many calls are in flight. */
  get size(): number {
    return this.count;
  }

  /** True when `id` cannot be given to a new call: its slot holds a call (this id's or another's). */
  has(id: number): boolean {
    return this.slots[id & this.mask] !== undefined;
  }

  /** The call in flight with this id. */
  get(id: number): PendingCall | undefined {
    const call = this.slots[id & this.mask];
    return call !== undefined && call.id === id ? call : undefined;
  }

  /** Adds `call` under its `id`, which `has` said was free. */
  add(call: PendingCall): void {
    // Half full at most, so the ids skipped for taken slots stay few.
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    this.slots[call.id & this.mask] = call;
    this.count++;
  }

  /** Removes `call` if it is in the table. */
  delete(call: PendingCall): void {
    const i = call.id & this.mask;
    if (this.slots[i] !== call) return;
    this.slots[i] = undefined;
    this.count--;
  }

  /** The calls in flight, oldest first (by id: slots wrap around the table, ids only at 2^32). */
  values(): PendingCall[] {
    const calls: PendingCall[] = [];
    for (const call of this.slots) if (call !== undefined) calls.push(call);
    return calls.sort((a, b) => a.id - b.id);
  }

  // Doubles the table; calls whose ids now share a slot cannot exist: ids were unique in the
  // smaller table's slots, and the larger one separates what it separated.
  private grow(): void {
    const old = this.slots;
    this.slots = new Array(old.length * 2).fill(undefined);
    this.mask = this.slots.length - 1;
    for (const call of old) if (call !== undefined) this.slots[call.id & this.mask] = call;
  }
}
