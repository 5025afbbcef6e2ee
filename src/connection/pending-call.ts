import type { RpcEntry } from "../rpc-client.js";
import type { HasDeadline } from "./deadlines.js";

/** What a pending call reports back to: the table that owns it (only `abort` is needed here). */
export interface PendingCallOwner {
  abort(call: PendingCall): void;
}

/**
 * One call from the moment it is made until it settles: queued (id 0), then in flight (id set).
 *
 * A class rather than a closure bundle so that a pending call costs one object plus its promise
 * (docs/performance.md measures heap per pending call), and so it can be its own abort listener
 * (`handleEvent`) without allocating a callback per call.
 */
export class PendingCall implements HasDeadline {
  /** Request id while in flight; 0 while queued or after it settled. */
  id = 0;
  /** Index in the deadline heap, −1 when not in it. */
  heapIndex = -1;
  /** True while the call waits in the reconnect queue. */
  queued = false;
  /** True once resolved or rejected: a call settles exactly once. */
  settled = false;

  /** Creates the record; the table registers it. `deadline` is ms since epoch, or Infinity. */
  constructor(
    readonly rpc: RpcEntry,
    /**
     * The request (an init object or a message of the type); released once encoded when nothing
     * will read it again (see `CallTable.send`).
     */
    public request: object | undefined,
    readonly timeoutMs: number,
    readonly deadline: number,
    readonly signal: AbortSignal | undefined,
    /** Handshake calls go out while the connection is not yet ready. */
    readonly internal: boolean,
    readonly startedAt: number,
    readonly resolve: (value: unknown) => void,
    readonly reject: (error: unknown) => void,
    private readonly owner: PendingCallOwner,
  ) {}

  /** The `abort` listener of the call's signal (EventListenerObject form: no closure per call). */
  handleEvent(): void {
    this.owner.abort(this);
  }
}

/** The method's public name, `namespace.method`: `"messages.sendMessage"`. */
export function methodName(rpc: Pick<RpcEntry, "namespace" | "name">): string {
  return `${rpc.namespace}.${rpc.name}`;
}
