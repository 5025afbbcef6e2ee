/**
 * Transport opens byte-level connections to an Osmium server.
 *
 * The connection layer calls `open()` once per connection attempt (so once more on every
 * reconnect); nothing above the transport ever touches a socket. Each frame is one encoded
 * `ClientMessage` going up or one `ServerMessage` coming down.
 */
export interface Transport {
  /** Starts opening a connection; progress and frames are reported to `listener`. */
  open(listener: TransportListener): TransportConnection;
}

/** Receives what happens on one transport connection. Called at most once per event after `onClose`: never. */
export interface TransportListener {
  /** The connection is open: frames may be sent. */
  onOpen(): void;
  /** One binary frame arrived. */
  onFrame(frame: Uint8Array): void;
  /** The connection is gone (closed by either side, or failed to open). Always the last call. */
  onClose(event: TransportCloseEvent): void;
  /** A transport-level failure; `onClose` follows. */
  onError(error: Error): void;
  /** Optional: the peer answered a `ping()` (a sign of life that carries no frame). */
  onPong?(): void;
}

/** One open (or opening) connection. */
export interface TransportConnection {
  /** Sends one binary frame. Must only be called after `onOpen`. */
  send(frame: Uint8Array): void;
  /** Closes the connection; `onClose` follows. Safe to call more than once. */
  close(code?: number, reason?: string): void;
  /**
   * Optional: drops the connection at once, without a closing handshake. The client uses it when the
   * peer is presumed dead (keepalive or connect timeout), where a polite close would wait for an
   * answer that never comes (`ws` keeps such a socket, and the process, alive for 30 s).
   * Without it the client falls back to `close()`. `onClose` may still follow; it is ignored.
   */
  abort?(): void;
  /**
   * Optional: sends a transport-level ping (a WebSocket ping frame), which the peer answers with
   * `onPong`. Every RFC 6455 server answers pings, so the keepalive uses them where it can; browsers'
   * WebSockets cannot send them, and there the keepalive falls back to empty `ClientMessage`s.
   */
  ping?(): void;
}

/** Why a transport connection closed. */
export interface TransportCloseEvent {
  /** WebSocket close code (1000 normal, 1006 abnormal, ...). */
  readonly code: number;
  /** Close reason text, possibly empty. */
  readonly reason: string;
  /** True when both sides completed a closing handshake. */
  readonly wasClean: boolean;
  /**
   * True when the transport knows no later connection can succeed (its in-process server was
   * closed for good): the client stops instead of reconnecting. A socket never knows this.
   */
  readonly final?: boolean;
}
