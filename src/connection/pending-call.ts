import type { RpcEntry } from "../rpc-client.js";
import type { HasDeadline } from "./deadlines.js";

/** What a pending call reports back to: the table that owns it (only `abort` is needed here). */
export interface PendingCallOwner {
  abort(call: PendingCall): void;
}

// Times are kept as whole milliseconds since this module loaded: small integers V8 stores in the
// object itself, where a Date.now() value (past 2^31) would cost a separate 16-byte number per field.
// After about 12 days (2^30 ms) they outgrow that range and are boxed again: still right, just bigger.
const EPOCH = Date.now();

const QUEUED = 1;
const SETTLED = 2;
const INTERNAL = 4;
const UNBOUNDED = 8; // no deadline (timeoutMs Infinity)

/**
 * One call from the moment it is made until it settles: queued (id 0), then in flight (id set).
 *
 * A class rather than a closure bundle so that a pending call costs one object plus its promise
 * (docs/performance.md measures heap per pending call), and so it can be its own abort listener
 * (`handleEvent`) without allocating a callback per call. Its state is one bit field and its times
 * small integers (see EPOCH), so the object holds no separately allocated number.
 */
export class PendingCall implements HasDeadline {
  /** Request id while in flight; 0 while queued or after it settled. */
  id = 0;
  /** Index in the deadline heap, −1 when not in it. */
  heapIndex = -1;
  private flags: number;
  /** When the call was made, in ms since EPOCH (an integer). */
  private readonly started: number;
  /** The timeout in ms; 0 when there is none. */
  private readonly timeout: number;

  /** Creates the record; the table registers it. `timeoutMs` is a positive number or Infinity. */
  constructor(
    readonly rpc: RpcEntry,
    /**
     * The request (an init object or a message of the type); released once encoded when nothing
     * will read it again (see `CallTable.send`).
     */
    public request: object | undefined,
    timeoutMs: number,
    readonly signal: AbortSignal | undefined,
    /** Handshake calls go out while the connection is not yet ready. */
    internal: boolean,
    readonly resolve: (value: unknown) => void,
    readonly reject: (error: unknown) => void,
    private readonly owner: PendingCallOwner,
  ) {
    const unbounded = timeoutMs === Number.POSITIVE_INFINITY;
    this.flags = (internal ? INTERNAL : 0) | (unbounded ? UNBOUNDED : 0);
    this.started = Date.now() - EPOCH;
    this.timeout = unbounded ? 0 : timeoutMs;
  }

  /** The timeout the call was made with, in ms (Infinity for none). */
  get timeoutMs(): number {
    return (this.flags & UNBOUNDED) !== 0 ? Number.POSITIVE_INFINITY : this.timeout;
  }

  /** When the call times out, in ms since the epoch (Infinity for never). */
  get deadline(): number {
    return (this.flags & UNBOUNDED) !== 0 ? Number.POSITIVE_INFINITY : EPOCH + this.started + this.timeout;
  }

  /** When the call was made, in ms since the epoch. */
  get startedAt(): number {
    return EPOCH + this.started;
  }

  /** True for the handshake's own calls. */
  get internal(): boolean {
    return (this.flags & INTERNAL) !== 0;
  }

  /** True while the call waits in the reconnect queue. */
  get queued(): boolean {
    return (this.flags & QUEUED) !== 0;
  }

  set queued(value: boolean) {
    this.flags = value ? this.flags | QUEUED : this.flags & ~QUEUED;
  }

  /** True once resolved or rejected: a call settles exactly once. */
  get settled(): boolean {
    return (this.flags & SETTLED) !== 0;
  }

  set settled(value: boolean) {
    this.flags = value ? this.flags | SETTLED : this.flags & ~SETTLED;
  }

  /** The `abort` listener of the call's signal (EventListenerObject form: no closure per call). */
  handleEvent(): void {
    this.owner.abort(this);
  }
}

/** The method's public name, `namespace.method`: `"messages.sendMessage"`. */
export function methodName(rpc: Pick<RpcEntry, "namespace" | "name">): string {
  return `${rpc.namespace}.${rpc.name}`;
}
