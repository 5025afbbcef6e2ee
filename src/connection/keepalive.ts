// Keepalive and dead-connection detection with one timer per connection. Every `intervalMs` a probe
// goes out (a WebSocket ping where the transport can send one, else an empty ClientMessage: the
// protocol has no ping RPC, docs/protocol.md#keepalive), and if nothing at all arrives within
// `timeoutMs` after it, the connection is dead — but only if silence proves it: a peer may never
// answer empty messages, so `silenceIsDeath` says whether this one is known to. Any inbound frame or
// pong counts as liveness, and recording it is a single assignment, so the frame path stays free of
// timer work.

/** Keepalive timing, resolved. */
export interface KeepalivePolicy {
  /** Time between pings. */
  readonly intervalMs: number;
  /** How long after a ping some frame must have arrived. */
  readonly timeoutMs: number;
}

/** Drives pings and the liveness check of one connection. */
export class Keepalive {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sawFrame = false;
  private awaiting = false;
  private readonly onPing = (): void => this.pingNow();
  private readonly onCheck = (): void => this.check();

  /**
   * Creates a stopped keepalive; `ping` sends the probe, `dead` reports a silent connection, and
   * `silenceIsDeath` says whether an unanswered probe proves it.
   */
  constructor(
    private readonly policy: KeepalivePolicy,
    private readonly ping: () => void,
    private readonly dead: () => void,
    private readonly silenceIsDeath: () => boolean,
  ) {}

  /** Starts the ping cycle. */
  start(): void {
    this.schedule(this.onPing, this.policy.intervalMs);
  }

  /** Records that a frame arrived. */
  frame(): void {
    this.sawFrame = true;
  }

  /** Pings at once unless a ping is already awaiting its answer (a tab woke up, the network changed). */
  probe(): void {
    if (!this.awaiting) this.pingNow();
  }

  /** Stops the cycle and clears the timer. */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.awaiting = false;
  }

  private pingNow(): void {
    this.sawFrame = false;
    this.awaiting = true;
    this.schedule(this.onCheck, this.policy.timeoutMs);
    this.ping();
  }

  private check(): void {
    this.awaiting = false;
    if (!this.sawFrame && this.silenceIsDeath()) {
      this.timer = undefined;
      this.dead();
      return;
    }
    // The next ping is due `intervalMs` after the previous one, not after this check.
    this.schedule(this.onPing, Math.max(0, this.policy.intervalMs - this.policy.timeoutMs));
  }

  private schedule(fn: () => void, delayMs: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(fn, delayMs);
  }
}
