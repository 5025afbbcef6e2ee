// The client's options and their defaults, resolved and validated once at construction so that no
// call ever merges options (the hot path reads resolved fields only).
import type { StateCacheOptions } from "./cache/state-cache.js";
import { type CatchUpOptions, type ResolvedCatchUpOptions, resolveCatchUpOptions } from "./catch-up/options.js";
import type { ConnectionConfig } from "./connection/config.js";
import { InvalidArgumentError } from "./errors.js";
import type { Interceptor } from "./interceptors.js";
import { type DebugLogger, resolveLogger } from "./logger.js";
import { type WebSocketConstructor, createWebSocketTransport } from "./transport/websocket.js";
import type { Transport } from "./transport/transport.js";

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
  /** Consecutive attempts before giving up (state `closed`, an `error` event). @default Infinity */
  readonly maxAttempts?: number;
}

/** Keepalive: an empty `ClientMessage` every `intervalMs`; no frame within `timeoutMs` after it means dead. */
export interface KeepaliveOptions {
  /** @default 30_000 */
  readonly intervalMs?: number;
  /** @default 10_000 */
  readonly timeoutMs?: number;
}

/** Options of `new OsmiumClient(options)`. */
export interface OsmiumClientOptions {
  /**
   * Server URL, for the built-in WebSocket transport. A `ws://` URL outside loopback (the token would
   * travel in clear text) is warned about: on the debug log, and once per host with `console.warn`.
   * @default "wss://ws-0.osmium.chat"
   */
  readonly url?: string;
  /** A transport to use instead of a WebSocket to `url` (e.g. the test server's in-memory one). */
  readonly transport?: Transport;
  /** WebSocket implementation for the built-in transport. @default isomorphic-ws (`ws` in Node, native in browsers) */
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
  /** The opt-in state cache (`client.cache`): `true` for the defaults, or its options. @default false */
  readonly cache?: boolean | StateCacheOptions;
  /**
   * After a reconnect, recover the messages missed while disconnected and deliver them as
   * `messageCreated` with `meta.recovered`, each chat's before its live ones, then emit `catchUp`:
   * `true` for the default bounds, or the bounds. See docs/reliability.md#catch-up. @default false
   */
  readonly catchUp?: boolean | CatchUpOptions;
  /** Debug log: `true` for `console.debug`, or a function receiving each line. Never shows secrets. @default false */
  readonly debug?: boolean | DebugLogger;
  /**
   * Largest frame sent or accepted, in bytes: a larger request fails with InvalidArgumentError
   * before it is sent, a larger server frame is dropped and reported as a ProtocolError event.
   * @default 16 MiB
   */
  readonly maxFrameBytes?: number;
}

/** The options, resolved (internal). */
export interface ResolvedOptions {
  readonly connection: ConnectionConfig;
  readonly token: string | undefined;
  readonly interceptors: readonly Interceptor[];
  readonly catchUp: ResolvedCatchUpOptions | undefined;
}

function positive(name: string, value: number | undefined, fallback: number, allowInfinity = false): number {
  if (value === undefined) return fallback;
  const ok = typeof value === "number" && value > 0 && (Number.isFinite(value) || (allowInfinity && value === Number.POSITIVE_INFINITY));
  if (!ok) throw new InvalidArgumentError(name, allowInfinity ? "must be a positive number or Infinity" : "must be a positive finite number");
  return value;
}

function transportOf(options: OsmiumClientOptions): Transport {
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
  const socket = options.WebSocket === undefined ? {} : { WebSocket: options.WebSocket };
  return createWebSocketTransport(url, options.protocols === undefined ? socket : { ...socket, protocols: options.protocols });
}

/** Validates the options and fills in the defaults; throws InvalidArgumentError naming the bad option. */
export function resolveOptions(options: OsmiumClientOptions): ResolvedOptions {
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
  return {
    token: options.token,
    interceptors: options.interceptors ?? [],
    catchUp: resolveCatchUpOptions(options.catchUp),
    connection: {
      transport: transportOf(options),
      identity: {
        clientId,
        deviceType: options.deviceType ?? (isBrowser ? "web" : "node"),
        deviceVersion: options.deviceVersion ?? "",
        appVersion: options.appVersion ?? "",
        noSubscribe: options.noSubscribe ?? false,
      },
      requestTimeoutMs: positive("requestTimeoutMs", options.requestTimeoutMs, 30_000, true),
      connectTimeoutMs: positive("connectTimeoutMs", options.connectTimeoutMs, 10_000),
      reconnect: reconnect && {
        initialDelayMs: positive("reconnect.initialDelayMs", reconnect.initialDelayMs, 500),
        maxDelayMs: positive("reconnect.maxDelayMs", reconnect.maxDelayMs, 30_000),
        maxAttempts,
      },
      failFast: options.failFast ?? false,
      maxQueuedCalls,
      keepalive: keepalive && {
        intervalMs: positive("keepalive.intervalMs", keepalive.intervalMs, 30_000),
        timeoutMs: positive("keepalive.timeoutMs", keepalive.timeoutMs, 10_000),
      },
      watchNetwork: options.watchNetwork ?? true,
      maxFrameBytes: positive("maxFrameBytes", options.maxFrameBytes, DEFAULT_MAX_FRAME_BYTES),
      log: resolveLogger(options.debug),
    },
  };
}
