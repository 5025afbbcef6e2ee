// The client's options and their defaults, resolved and validated once at construction so that no
// call ever merges options (the hot path reads resolved fields only).
import type { ConnectionConfig } from "./connection/config.js";
import { InvalidArgumentError } from "./errors.js";
import type { Interceptor } from "./interceptors.js";
import { type DebugLogger, resolveLogger } from "./logger.js";
import { type WebSocketConstructor, createWebSocketTransport } from "./transport/websocket.js";
import type { Transport } from "./transport/transport.js";
import type { UpdateCaseDecoder } from "./update-case.js";

/** The official server. */
export const DEFAULT_URL = "wss://ws-0.osmium.chat";

/** Default of `maxFrameBytes`: 16 MiB. */
const DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** Reconnect policy: exponential backoff with full jitter. */
export interface ReconnectOptions {
  /** Ceiling of the first delay. @default 500 */
  readonly initialDelayMs?: number;
  /** Ceiling of every delay. @default 30_000 */
  readonly maxDelayMs?: number;
  /**
   * Consecutive attempts before giving up (state `closed`, an `error` event whose `cause` is the last
   * attempt's failure). Attempts count on across connections that drop before `resetAfterMs`.
   * @default Infinity
   */
  readonly maxAttempts?: number;
  /**
   * How long a connection must stay ready before the backoff starts over. A server that accepts the
   * handshake and drops the connection soon after meets growing delays, not a reconnect storm.
   * @default 10_000
   */
  readonly resetAfterMs?: number;
}

/** Keepalive: an empty `ClientMessage` every `intervalMs`; no frame within `timeoutMs` after it means dead. */
export interface KeepaliveOptions {
  /** @default 30_000 */
  readonly intervalMs?: number;
  /** @default 10_000 */
  readonly timeoutMs?: number;
}

/** Options of `createClient(options)` and `new CoreClient(options)`; `OsmiumClientOptions` adds `cache`. */
export interface ClientOptions {
  /**
   * Server URL, for the built-in WebSocket transport. A `ws://` URL outside loopback (the token would
   * travel in clear text) is warned about: on the debug log, and once per host with `console.warn`.
   * @default "wss://ws-0.osmium.chat"
   */
  readonly url?: string;
  /** A transport to use instead of a WebSocket to `url` (e.g. the test server's in-memory one). */
  readonly transport?: Transport;
  /** WebSocket implementation for the built-in transport. @default `ws` in Node (loaded on the first connect), the global `WebSocket` in browsers, Deno and Bun */
  readonly WebSocket?: WebSocketConstructor;
  /** WebSocket subprotocols. @default none */
  readonly protocols?: string | string[];
  /** Token to authorize with on every (re)connection. Never logged. @default none (not authorized) */
  readonly token?: string;
  /** `Initialize.client_id`. @default 0 */
  readonly clientId?: number;
  /** `Initialize.device_type`. @default "web" where `document` exists, else "node" */
  readonly deviceType?: string;
  /** `Initialize.device_version`. @default "" */
  readonly deviceVersion?: string;
  /** `Initialize.app_version`. @default "" */
  readonly appVersion?: string;
  /** `Initialize.no_subscribe`: ask the server not to push updates. @default false */
  readonly noSubscribe?: boolean;
  /** Default per-call timeout; `Infinity` for none. @default 30_000 */
  readonly requestTimeoutMs?: number;
  /** Time allowed for the transport to open (and for each handshake call when `requestTimeoutMs` is `Infinity`). @default 10_000 */
  readonly connectTimeoutMs?: number;
  /** Reconnect policy, or `false` never to reconnect. @default {} (the defaults above) */
  readonly reconnect?: ReconnectOptions | false;
  /**
   * Keep retrying (with the reconnect policy) when the first `connect()` cannot reach the server,
   * for apps that may start offline. Without it, the first `connect()` rejects at once with a
   * ConnectError naming the URL and the cause, and the client is closed.
   * @default false
   */
  readonly retryFirstConnect?: boolean;
  /**
   * How long `close()` waits for the peer to answer the close frame before dropping the socket
   * (a black-holed peer would otherwise hold `close()` for the WebSocket's own 30 s).
   * @default 1_000
   */
  readonly closeTimeoutMs?: number;
  /** While not ready, reject calls at once instead of queueing them. @default false */
  readonly failFast?: boolean;
  /** Bound of the queue of calls waiting for the connection; more are rejected. @default 1000 */
  readonly maxQueuedCalls?: number;
  /** Keepalive, or `false` for none. @default {} (the defaults above) */
  readonly keepalive?: KeepaliveOptions | false;
  /** In browsers, react to `online`/`offline` and page visibility. @default true */
  readonly watchNetwork?: boolean;
  /** Observers of every call (they see redacted requests and results). @default [] */
  readonly interceptors?: readonly Interceptor[];
  /** Debug log: `true` for `console.debug`, or a function receiving each line. Never shows secrets. @default false */
  readonly debug?: boolean | DebugLogger;
  /**
   * Largest frame sent or accepted, in bytes: a larger request fails with InvalidArgumentError
   * before it is sent. A larger server frame is dropped and reported as a ProtocolError event; over
   * `ws` (Node) the socket refuses it from its header instead, before buffering it, and closes
   * with 1009 (the client reconnects).
   * @default 16 MiB
   */
  readonly maxFrameBytes?: number;
  /**
   * The update cases a `new BaseClient(...)` decodes, from `osmium-chat/updates`
   * (`updates: [messageCreated]`): an app's bundle then keeps those decoders alone. An update of
   * another case arrives as `unknownUpdate`, its fields in `$unknown` (unless another client of the
   * app decodes it: the cases in use are the process's). `createClient()`, `CoreClient` and
   * `OsmiumClient` decode every case, whatever this says.
   * @default none for `new BaseClient(...)`
   */
  readonly updates?: readonly UpdateCaseDecoder[];
}

/** The options, resolved (internal). */
export interface ResolvedOptions {
  readonly connection: ConnectionConfig;
  readonly token: string | undefined;
  readonly interceptors: readonly Interceptor[];
}

function positive(name: string, value: number | undefined, fallback: number, allowInfinity = false): number {
  if (value === undefined) return fallback;
  const ok = typeof value === "number" && value > 0 && (Number.isFinite(value) || (allowInfinity && value === Number.POSITIVE_INFINITY));
  if (!ok) throw new InvalidArgumentError(name, allowInfinity ? "must be a positive number or Infinity" : "must be a positive finite number");
  return value;
}

function transportOf(options: ClientOptions, maxFrameBytes: number): Transport {
  if (options.transport !== undefined) {
    if (typeof options.transport?.open !== "function") throw new InvalidArgumentError("transport", "must have an open() method");
    return options.transport;
  }
  const url = options.url ?? DEFAULT_URL;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new InvalidArgumentError("url", "must be a ws:// or wss:// URL");
  }
  if (protocol !== "ws:" && protocol !== "wss:") throw new InvalidArgumentError("url", "must be a ws:// or wss:// URL");
  // maxPayload: `ws` refuses an oversized frame from its header instead of buffering it first.
  const socket = options.WebSocket === undefined ? { maxPayload: maxFrameBytes } : { WebSocket: options.WebSocket, maxPayload: maxFrameBytes };
  return createWebSocketTransport(url, options.protocols === undefined ? socket : { ...socket, protocols: options.protocols });
}

/** Validates the options and fills in the defaults; throws InvalidArgumentError naming the bad option. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object");
  if (options.token !== undefined && typeof options.token !== "string") throw new InvalidArgumentError("token", "must be a string");
  const clientId = options.clientId ?? 0;
  if (!Number.isInteger(clientId) || clientId < 0 || clientId > 0xffff_ffff) throw new InvalidArgumentError("clientId", "must be a uint32");
  const reconnect = options.reconnect === false ? undefined : (options.reconnect ?? {});
  const keepalive = options.keepalive === false ? undefined : (options.keepalive ?? {});
  const maxAttempts = reconnect?.maxAttempts ?? Number.POSITIVE_INFINITY;
  if (reconnect && !(maxAttempts >= 0)) throw new InvalidArgumentError("reconnect.maxAttempts", "must be a non-negative number");
  const maxQueuedCalls = options.maxQueuedCalls ?? 1000;
  if (!Number.isInteger(maxQueuedCalls) || maxQueuedCalls < 0) throw new InvalidArgumentError("maxQueuedCalls", "must be a non-negative integer");
  const isBrowser = typeof (globalThis as { document?: unknown }).document !== "undefined";
  const maxFrameBytes = positive("maxFrameBytes", options.maxFrameBytes, DEFAULT_MAX_FRAME_BYTES);
  return {
    token: options.token,
    interceptors: options.interceptors ?? [],
    connection: {
      transport: transportOf(options, maxFrameBytes),
      identity: {
        clientId,
        deviceType: options.deviceType ?? (isBrowser ? "web" : "node"),
        deviceVersion: options.deviceVersion ?? "",
        appVersion: options.appVersion ?? "",
        noSubscribe: options.noSubscribe ?? false,
      },
      requestTimeoutMs: positive("requestTimeoutMs", options.requestTimeoutMs, 30_000, true),
      connectTimeoutMs: positive("connectTimeoutMs", options.connectTimeoutMs, 10_000),
      closeTimeoutMs: positive("closeTimeoutMs", options.closeTimeoutMs, 1_000),
      target: options.transport === undefined ? (options.url ?? DEFAULT_URL) : "the transport",
      retryFirstConnect: options.retryFirstConnect ?? false,
      reconnect: reconnect && {
        initialDelayMs: positive("reconnect.initialDelayMs", reconnect.initialDelayMs, 500),
        maxDelayMs: positive("reconnect.maxDelayMs", reconnect.maxDelayMs, 30_000),
        maxAttempts,
        resetAfterMs: positive("reconnect.resetAfterMs", reconnect.resetAfterMs, 10_000),
      },
      failFast: options.failFast ?? false,
      maxQueuedCalls,
      keepalive: keepalive && {
        intervalMs: positive("keepalive.intervalMs", keepalive.intervalMs, 30_000),
        timeoutMs: positive("keepalive.timeoutMs", keepalive.timeoutMs, 10_000),
      },
      watchNetwork: options.watchNetwork ?? true,
      maxFrameBytes,
      log: resolveLogger(options.debug),
    },
  };
}
