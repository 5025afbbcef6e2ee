// One transport connection ("link") from open to close. A reconnect makes a new Link, and a Link
// that is done ignores everything its transport still reports, so no stale frame, timer or
// listener of an old connection can reach the client.
import type { ServerMessage } from "../../gen/osmium/client/core_pb.js";
import { ProtocolError, TransportError, UpgradeRefusedError } from "../errors.js";
import type { Transport, TransportCloseEvent, TransportConnection, TransportListener } from "../transport/transport.js";
import { decodeServerMessage, decodedInvalidUtf8, invalidUtf8Error } from "./codec.js";
import { Keepalive, type KeepalivePolicy } from "./keepalive.js";

/** What a Link reports to the connection that owns it. */
export interface LinkOwner {
  /** The transport opened: time for the handshake. */
  linkOpened(link: Link): void;
  /** A frame decoded. */
  linkMessage(link: Link, message: ServerMessage): void;
  /** A frame did not decode, or decoded with a fault worth reporting (the link carries on). */
  linkBadFrame(link: Link, error: ProtocolError): void;
  /** Server message ids `from`..`to` were skipped. */
  linkGap(link: Link, from: number, to: number): void;
  /** The transport reported a failure; `linkClosed` follows. */
  linkError(link: Link, error: TransportError): void;
  /** The link is over (closed, failed to open, or dropped); always the last call. */
  linkClosed(link: Link, event: TransportCloseEvent): void;
}

/** One transport connection attempt and its per-connection state (gap tracking, keepalive, connect timer). */
export class Link implements TransportListener {
  /** Resolves when the transport reported the close (or failed to open). */
  readonly closed: Promise<void>;
  private resolveClosed!: () => void;
  /** What made this link fail, first reported: the transport's own error (ECONNREFUSED, ...) or ours (a timeout). */
  failure: Error | undefined;
  /** True once the transport opened. */
  opened = false;
  private conn: TransportConnection | undefined;
  private done = false;
  private lastServerId = 0;
  // A string that is not valid UTF-8 is decoded with U+FFFD and reported on the first frame only: a
  // server that sends one likely sends many, and one report per connection says it.
  private reportedInvalidUtf8 = false;
  private keepalive: Keepalive | undefined;
  // Set once the server answered an empty ClientMessage on this connection: only then does its silence mean anything.
  private answersKeepalive = false;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Creates the link; `open` starts it. */
  constructor(
    private readonly owner: LinkOwner,
    private readonly timeouts: { readonly connectTimeoutMs: number; readonly closeTimeoutMs: number },
    private readonly maxFrameBytes = Number.POSITIVE_INFINITY,
  ) {
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  /**
   * Starts opening; the owner hears `linkOpened` or `linkClosed`. Separate from the constructor so the
   * owner holds the link before a transport that answers synchronously can report on it.
   */
  open(transport: Transport): void {
    const { connectTimeoutMs } = this.timeouts;
    this.connectTimer = setTimeout(() => {
      this.drop("connect timeout", new TransportError(`no answer within ${connectTimeoutMs} ms (connectTimeoutMs)`));
    }, connectTimeoutMs);
    try {
      this.conn = transport.open(this);
    } catch (cause) {
      // A transport that throws (a bad URL, no WebSocket in this runtime) fails this attempt like a refused socket.
      const error = new TransportError(`transport failed to open: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      queueMicrotask(() => {
        this.onError(error);
        this.onClose({ code: 1006, reason: "transport failed to open", wasClean: false });
      });
    }
  }

  /** True once the link closed (for real or by `drop`). */
  get isDone(): boolean {
    return this.done;
  }

  onOpen(): void {
    if (this.done) return;
    this.opened = true;
    clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    this.owner.linkOpened(this);
  }

  onFrame(frame: Uint8Array): void {
    if (this.done) return;
    this.keepalive?.frame();
    if (frame.byteLength > this.maxFrameBytes) {
      // Not decoded: a peer that floods us with huge frames must not cost us a parse of each.
      const error = new ProtocolError(`a ${frame.byteLength}-byte server frame exceeds the limit of ${this.maxFrameBytes} bytes (maxFrameBytes)`, {
        byteLength: frame.byteLength,
      });
      this.owner.linkBadFrame(this, error);
      return;
    }
    const message = decodeServerMessage(frame);
    if (message instanceof ProtocolError) {
      this.owner.linkBadFrame(this, message);
      return;
    }
    if (!this.reportedInvalidUtf8 && decodedInvalidUtf8()) {
      this.reportedInvalidUtf8 = true;
      this.owner.linkBadFrame(this, invalidUtf8Error(frame.byteLength));
    }
    // ServerMessage.id is sequential per connection (docs/protocol.md#request-ids); 0 means the server does not number.
    const id = message.id;
    if (id !== 0) {
      if (this.lastServerId !== 0 && id > this.lastServerId + 1) this.owner.linkGap(this, this.lastServerId + 1, id - 1);
      this.lastServerId = id;
    }
    this.owner.linkMessage(this, message);
  }

  onClose(event: TransportCloseEvent): void {
    this.resolveClosed();
    if (this.done) return;
    this.done = true;
    clearTimeout(this.connectTimer);
    clearTimeout(this.closeTimer);
    this.keepalive?.stop();
    this.owner.linkClosed(this, event);
  }

  onError(error: Error): void {
    if (this.done) return;
    // The cause the user can act on is the transport's own error (its `code`: ECONNREFUSED, ...), or
    // the one the transport already made specific (the HTTP status of a refused upgrade).
    const transportError = error instanceof TransportError ? error : new TransportError(error.message, { cause: error });
    this.failure ??= error instanceof UpgradeRefusedError || !(transportError.cause instanceof Error) ? transportError : transportError.cause;
    this.owner.linkError(this, transportError);
  }

  /** Sends one frame (ignored once done: the owner already failed what was in flight). */
  send(frame: Uint8Array): void {
    this.write(() => this.conn?.send(frame));
  }

  private write(write: () => void): void {
    if (this.done) return;
    try {
      write();
    } catch (cause) {
      // A transport that throws in send() is broken: treat it as a lost connection, so the call being
      // written fails with the rest (a raw error escaping here would leave it in flight, strand the
      // queued calls behind it, or crash a keepalive timer).
      const message = cause instanceof Error ? cause.message : String(cause);
      this.onError(new TransportError(`transport send failed: ${message}`, { cause }));
      this.drop(`send failed: ${message}`);
    }
  }

  onPong(): void {
    if (!this.done) this.keepalive?.frame();
  }

  /**
   * Starts the keepalive of this connection: transport pings where the transport has them, else
   * empty ClientMessages built by `emptyMessage`, whose silence counts once `keepaliveAnswered` was seen.
   */
  startKeepalive(policy: KeepalivePolicy, emptyMessage: () => Uint8Array): void {
    const conn = this.conn;
    const ping = conn?.ping === undefined ? () => this.send(emptyMessage()) : () => this.write(() => conn.ping?.());
    const pings = conn?.ping !== undefined;
    this.keepalive = new Keepalive(policy, ping, () => this.drop("keepalive timeout"), () => pings || this.answersKeepalive);
    this.keepalive.start();
  }

  /** The server answered an empty ClientMessage on this connection. */
  keepaliveAnswered(): void {
    this.answersKeepalive = true;
  }

  /** Checks liveness now (a tab became visible, the network changed); no-op without keepalive. */
  probe(): void {
    this.keepalive?.probe();
  }

  /**
   * Closes politely; the owner hears `linkClosed` when the transport confirms, or after
   * `closeTimeoutMs` when it does not (a peer that never answers the close frame): then the link drops.
   */
  close(code: number, reason: string): void {
    clearTimeout(this.connectTimer);
    this.keepalive?.stop();
    if (this.done || this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => this.drop("close timeout"), this.timeouts.closeTimeoutMs);
    this.conn?.close(code, reason);
  }

  /** Gives up on a peer presumed dead: aborts the transport and reports the close at once. */
  drop(reason: string, failure: Error = new TransportError(reason)): void {
    if (this.done) return;
    this.failure ??= failure;
    if (this.conn?.abort) this.conn.abort();
    else this.conn?.close(4000, reason);
    this.onClose({ code: 1006, reason, wasClean: false });
  }
}
