// One timer for every pending call's timeout (docs/performance.md measures heap per pending call and
// throughput): calls sit in a binary min-heap by deadline, each remembering its index so removal on
// settle is O(log n) and leaves nothing behind; the single timer is armed for the earliest deadline.

/** What the heap stores: anything with a deadline (ms since epoch) and a slot for its heap index. */
export interface HasDeadline {
  deadline: number;
  heapIndex: number;
}

// setTimeout takes a signed 32-bit delay; longer ones fire at once, so clamp and re-arm.
const MAX_DELAY_MS = 0x7fff_ffff;

/** A min-heap of deadlines driving one timer; `onExpire` gets each entry whose deadline passed. */
export class Deadlines<T extends HasDeadline> {
  private readonly heap: T[] = [];
  private readonly onTimer = (): void => this.fire();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armedFor = Number.POSITIVE_INFINITY;

  /** Creates an empty heap; `onExpire` runs after the entry left the heap. */
  constructor(private readonly onExpire: (entry: T) => void) {}

  /** Adds an entry (its `deadline` must be finite). */
  add(entry: T): void {
    entry.heapIndex = this.heap.length;
    this.heap.push(entry);
    this.up(entry.heapIndex);
    if (entry.deadline < this.armedFor) this.arm(entry.deadline);
  }

  /**
   * Removes an entry if present. The timer stays armed unless the heap is now empty: an early fire
   * just re-arms, which is cheaper than re-arming on every settle.
   */
  remove(entry: T): void {
    const i = entry.heapIndex;
    if (i < 0 || this.heap[i] !== entry) return;
    entry.heapIndex = -1;
    const last = this.heap.pop() as T;
    if (this.heap.length === 0) this.stop();
    if (i === this.heap.length) return;
    this.heap[i] = last;
    last.heapIndex = i;
    this.down(i);
    this.up(last.heapIndex);
  }

  /** Stops the timer; entries stay (the owner settles them). */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
  }

  private arm(deadline: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.armedFor = deadline;
    const delay = Math.min(Math.max(deadline - Date.now(), 0), MAX_DELAY_MS);
    this.timer = setTimeout(this.onTimer, delay);
  }

  private fire(): void {
    this.timer = undefined;
    this.armedFor = Number.POSITIVE_INFINITY;
    const now = Date.now();
    let top = this.heap[0];
    while (top !== undefined && top.deadline <= now) {
      this.remove(top);
      this.onExpire(top);
      top = this.heap[0];
    }
    if (top !== undefined) this.arm(top.deadline);
  }

  private up(i: number): void {
    const heap = this.heap;
    const entry = heap[i] as T;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as T;
      if (p.deadline <= entry.deadline) break;
      heap[i] = p;
      p.heapIndex = i;
      i = parent;
    }
    heap[i] = entry;
    entry.heapIndex = i;
  }

  private down(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    const entry = heap[i] as T;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (heap[right] as T).deadline < (heap[child] as T).deadline) child = right;
      const c = heap[child] as T;
      if (c.deadline >= entry.deadline) break;
      heap[i] = c;
      c.heapIndex = i;
      i = child;
    }
    heap[i] = entry;
    entry.heapIndex = i;
  }
}
