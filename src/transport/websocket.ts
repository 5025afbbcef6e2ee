// The WebSocket transport: binary frames, `binaryType = "arraybuffer"`, one code path for Node (`ws`,
// loaded on the first connect) and browsers, Deno and Bun (their global WebSocket); why Node keeps
// `ws` is in runtime-websocket.ts. Our public types describe the socket we need, so `ws` types never leak.
import { UpgradeRefusedError } from "../errors.js";
import { coalescingSend } from "./coalesce.js";
import { runtimeWebSocket } from "./runtime-websocket.js";
import type { Transport, TransportConnection, TransportListener } from "./transport.js";

/** The part of a WebSocket this transport uses; the browser's `WebSocket` and `ws` both fit. */
export interface WebSocketLike {
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: destroys the socket without a closing handshake. */
  terminate?(): void;
  /** `ws` only: sends a ping frame. */
  ping?(): void;
  /** `ws` only (its EventEmitter side): where the `pong` answering a ping is heard. */
  on?(event: "pong", listener: () => void): unknown;
}

/**
 * A WebSocket constructor: the browser's `WebSocket`, `ws`'s, or any compatible one. The third
 * argument is `ws`'s options; browsers' constructors take two arguments and ignore it.
 */
export type WebSocketConstructor = new (url: string, protocols?: string | string[], options?: { maxPayload?: number }) => WebSocketLike;

/** Options of {@link createWebSocketTransport}. */
export interface WebSocketTransportOptions {
  /**
   * The WebSocket implementation.
   * @default `ws` in Node (loaded on the first connect; Node's own WebSocket cannot send pings or
   * cap frame sizes), the global `WebSocket` in browsers, Deno and Bun
   */
  readonly WebSocket?: WebSocketConstructor;
  /** Subprotocols to offer. @default none */
  readonly protocols?: string | string[];
  /**
   * Largest incoming frame, in bytes, for `ws` (Node): a larger one closes the socket with 1009 as
   * soon as its header arrives, before any of it is buffered. Browsers' WebSocket has no such
   * setting. @default `ws`'s own (100 MiB)
   */
  readonly maxPayload?: number;
}

const textEncoder = new TextEncoder();

function toBytes(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // A text frame is not the protocol; hand its bytes up so it is reported as an undecodable frame.
  return textEncoder.encode(String(data));
}

// How `ws` reports an upgrade answered with another status than 101; its one signal of it that
// leaves the socket to close itself (an 'unexpected-response' listener would have to abort the request).
const UNEXPECTED_RESPONSE = /^Unexpected server response: (\d{3})$/;

function errorOf(event: unknown): Error {
  const { error, message } = (event ?? {}) as { error?: unknown; message?: unknown };
  if (error instanceof Error) {
    const status = UNEXPECTED_RESPONSE.exec(error.message)?.[1];
    return status === undefined ? error : new UpgradeRefusedError(Number(status), { cause: error });
  }
  return new Error(typeof message === "string" && message ? message : "WebSocket error");
}

/** Creates a transport that opens a WebSocket to `url` for every connection attempt. */
export function createWebSocketTransport(url: string, options: WebSocketTransportOptions = {}): Transport {
  const protocols = options.protocols;
  const maxPayload = options.maxPayload;
  const openWith = (Socket: WebSocketConstructor, listener: TransportListener): TransportConnection => {
    const socket =
      maxPayload !== undefined ? new Socket(url, protocols, { maxPayload }) : protocols === undefined ? new Socket(url) : new Socket(url, protocols);
    return attach(socket, listener, maxPayload);
  };
  return {
    open(listener: TransportListener): TransportConnection {
      const Socket = options.WebSocket ?? runtimeWebSocket<WebSocketConstructor>();
      return typeof Socket === "function" ? openWith(Socket, listener) : openOnceLoaded(Socket, openWith, listener);
    },
  };
}

/** Wires one socket to `listener`. */
function attach(socket: WebSocketLike, listener: TransportListener, maxPayload: number | undefined): TransportConnection {
  socket.binaryType = "arraybuffer";
  let closed = false;
  socket.onopen = () => listener.onOpen();
  socket.onmessage = (event) => listener.onFrame(toBytes(event.data));
  // Set when `ws` refused an oversized frame (maxPayload): it has sent the peer a 1009 close and
  // stopped reading, so its own close event would say 1006; the close is reported as the 1009 it is.
  let oversized = false;
  socket.onerror = (event) => {
    const error = errorOf(event);
    if ((error as { code?: unknown }).code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") oversized = true;
    else listener.onError(error);
  };
  socket.onclose = (event) => {
    if (closed) return;
    closed = true;
    socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
    listener.onClose(
      oversized
        ? { code: 1009, reason: `a server frame exceeds the limit of ${maxPayload} bytes (maxFrameBytes)`, wasClean: false }
        : { code: event.code, reason: event.reason, wasClean: event.wasClean },
    );
  };
  // `ws` can ping (browsers cannot): the keepalive then needs no answer from the protocol.
  const ping = typeof socket.ping === "function" && typeof socket.on === "function" ? socket.ping.bind(socket) : undefined;
  if (ping) socket.on?.("pong", () => listener.onPong?.());
  return {
    ...(ping && { ping }),
    send: coalescingSend(socket),
    close: (code = 1000, reason = "") => socket.close(code, reason),
    abort: () => {
      if (socket.terminate) socket.terminate();
      else socket.close(4000, "abort");
    },
  };
}

/**
 * The first connect in Node, while `ws` is still loading: the socket is made once it has loaded.
 * A close or abort before then ends the attempt without a socket; nothing can be sent before `onOpen`.
 */
function openOnceLoaded(
  loading: Promise<WebSocketConstructor>,
  openWith: (Socket: WebSocketConstructor, listener: TransportListener) => TransportConnection,
  listener: TransportListener,
): TransportConnection {
  let connection: TransportConnection | undefined;
  let cancelled = false;
  const cancel = (code: number, reason: string) => {
    if (connection || cancelled) return;
    cancelled = true;
    queueMicrotask(() => listener.onClose({ code, reason, wasClean: false }));
  };
  const fail = (error: unknown) => {
    if (cancelled) return;
    cancelled = true;
    listener.onError(error instanceof Error ? error : new Error(String(error)));
    listener.onClose({ code: 1006, reason: "transport failed to open", wasClean: false });
  };
  loading.then(
    (Socket) => {
      if (cancelled) return;
      try {
        connection = openWith(Socket, listener);
      } catch (error) {
        fail(error);
      }
    },
    (error: unknown) => fail(error),
  );
  return {
    // This path is Node's `ws`, which can always ping; keepalive starts only after `onOpen`.
    ping: () => connection?.ping?.(),
    send: (frame) => connection?.send(frame),
    close: (code = 1000, reason = "") => (connection ? connection.close(code, reason) : cancel(code, reason)),
    abort: () => (connection ? connection.abort?.() : cancel(1006, "abort")),
  };
}
