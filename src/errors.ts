// Every error the SDK rejects with or emits is an OsmiumError: one base class, a closed set of codes,
// one subclass per situation, so callers branch on `code` or `instanceof`, never on message text. The token never appears in any message built here.

/**
 * The closed set of error codes.
 *
 * | code                | class                   | when                                                         |
 * |---------------------|-------------------------|--------------------------------------------------------------|
 * | `rpc_error`         | {@link RpcError}        | the server answered the call with `RPCResult.error`          |
 * | `timeout`           | {@link TimeoutError}    | no result within the call's `timeoutMs`                      |
 * | `aborted`           | {@link AbortError}      | the call's `AbortSignal` fired                               |
 * | `connection_closed` | {@link ConnectionClosedError} | the connection closed (or was never open) before a result |
 * | `connect_failed`    | {@link ConnectError}    | the first `connect()` could not reach the server             |
 * | `protocol_error`    | {@link ProtocolError}   | an undecodable frame, or a result case the method never returns |
 * | `invalid_argument`  | {@link InvalidArgumentError} | a bad argument or option passed to the SDK              |
 * | `transport_error`   | {@link TransportError}  | the transport (socket) reported a failure                    |
 * | `updates_overflow`  | {@link UpdatesOverflowError} | an `updates()` iterator's buffer filled up              |
 * | `bot_error`         | {@link BotError}        | a bot's handler threw or rejected (`osmium-chat/bot`)        |
 * | `middleware_error`  | {@link MiddlewareError} | a bot's middleware called `next()` twice, or too late        |
 * | `bot_overflow`      | {@link BotOverflowError} | a bot fell `maxPending` updates behind and dropped one      |
 * | `unknown`           | {@link OsmiumError}     | anything else, wrapped by {@link OsmiumError.from}           |
 */
export type OsmiumErrorCode =
  | "rpc_error"
  | "timeout"
  | "aborted"
  | "connection_closed"
  | "connect_failed"
  | "protocol_error"
  | "invalid_argument"
  | "transport_error"
  | "updates_overflow"
  | "bot_error"
  | "middleware_error"
  | "bot_overflow"
  | "unknown";

/** Maps each code to the class carrying it, so {@link OsmiumError.is} can narrow. */
export interface OsmiumErrorByCode {
  rpc_error: RpcError;
  timeout: TimeoutError;
  aborted: AbortError;
  connection_closed: ConnectionClosedError;
  connect_failed: ConnectError;
  protocol_error: ProtocolError;
  invalid_argument: InvalidArgumentError;
  transport_error: TransportError;
  updates_overflow: UpdatesOverflowError;
  bot_error: BotError;
  middleware_error: MiddlewareError;
  bot_overflow: BotOverflowError;
  unknown: OsmiumError;
}

// A registered symbol, so `is()` recognises errors thrown by another copy of the package (ky, Connect-ES do the same).
const brand = Symbol.for("osmium-chat.OsmiumError");

/** OsmiumError is the base class of every error of the SDK; `code` says which situation it is. */
export class OsmiumError extends Error {
  /** Which situation this is; see {@link OsmiumErrorCode}. */
  readonly code: OsmiumErrorCode;

  /** Creates an error with a code; prefer the subclasses, which carry context. */
  constructor(code: OsmiumErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = "OsmiumError";
    Object.defineProperty(this, brand, { value: true });
  }

  /** True when `value` is an OsmiumError (of any copy of the package), with the given code if one is passed. */
  static is<C extends OsmiumErrorCode>(value: unknown, code: C): value is OsmiumErrorByCode[C];
  static is(value: unknown): value is OsmiumError;
  static is(value: unknown, code?: OsmiumErrorCode): boolean {
    if (typeof value !== "object" || value === null || !(brand in value)) return false;
    return code === undefined || (value as { code?: unknown }).code === code;
  }

  /** Returns `value` if it is an OsmiumError, else wraps it as code `unknown` with `value` as the cause. */
  static from(value: unknown): OsmiumError {
    if (OsmiumError.is(value)) return value;
    const message = value instanceof Error ? value.message : String(value);
    return new OsmiumError("unknown", message, { cause: value });
  }
}

/** RpcError is the server's answer `RPCResult.error` to one call. */
export class RpcError extends OsmiumError {
  /** The server's `RPCError.error_code`. */
  readonly errorCode: number;
  /** The server's `RPCError.error_message`. */
  readonly errorMessage: string;
  /** The method called, as `namespace.method`: `"messages.sendMessage"`. */
  readonly method: string;
  /** The request id the call was sent with. */
  readonly requestId: number;
  /** The server's `RPCResult.trace_id`, when it sent one. */
  readonly traceId: string | undefined;

  /** Creates the error for one failed call. */
  constructor(errorCode: number, errorMessage: string, method: string, requestId: number, traceId?: string) {
    super("rpc_error", `${method} failed: ${errorCode}${errorMessage ? ` ${errorMessage}` : ""}`);
    this.name = "RpcError";
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.method = method;
    this.requestId = requestId;
    this.traceId = traceId;
  }
}

/** TimeoutError means a call got no result within its `timeoutMs`; its request id is freed. */
export class TimeoutError extends OsmiumError {
  /** The method called: `"messages.sendMessage"`. */
  readonly method: string;
  /** The timeout that elapsed. */
  readonly timeoutMs: number;

  /** Creates the error for one call that timed out. */
  constructor(method: string, timeoutMs: number) {
    super("timeout", `${method} timed out after ${timeoutMs} ms`);
    this.name = "TimeoutError";
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/** AbortError means the call's `AbortSignal` fired; `reason` (and `cause`) is the signal's reason. */
export class AbortError extends OsmiumError {
  /** The method called: `"messages.sendMessage"`. */
  readonly method: string;
  /** `signal.reason` at the time of the abort. */
  readonly reason: unknown;

  /** Creates the error for one aborted call. */
  constructor(method: string, reason: unknown) {
    super("aborted", `${method} was aborted`, { cause: reason });
    this.name = "AbortError";
    this.method = method;
    this.reason = reason;
  }
}

/** ConnectionClosedError means the call could not complete because the connection closed or was not open. */
export class ConnectionClosedError extends OsmiumError {
  /** The method called, when the error belongs to one call. */
  readonly method: string | undefined;

  /** Creates the error; `message` says which close it was. */
  constructor(message: string, options?: { method?: string; cause?: unknown }) {
    super("connection_closed", message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ConnectionClosedError";
    this.method = options?.method;
  }
}

/**
 * ConnectError means the first `connect()` could not reach the server: the port refused, the name did
 * not resolve, TLS failed, the server refused the upgrade (an HTTP status), or nothing answered within
 * `connectTimeoutMs`. `cause` is the underlying error (Node's `ECONNREFUSED`, `ENOTFOUND`, ...; browsers
 * give no reason). The client is closed; `retryFirstConnect` makes it keep trying instead.
 */
export class ConnectError extends OsmiumError {
  /** Where the client tried to connect: the URL, or "the transport" for a custom transport. */
  readonly url: string;

  /** Creates the error; `cause` is what the transport reported. */
  constructor(url: string, cause: unknown) {
    super("connect_failed", `could not connect to ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ConnectError";
    this.url = url;
  }
}

/** ProtocolError means the server broke the protocol: a frame that does not decode, or a wrong result case. */
export class ProtocolError extends OsmiumError {
  /** Length of the offending frame, when a frame did not decode. */
  readonly byteLength: number | undefined;
  /** The method whose result was wrong, when it was a result. */
  readonly method: string | undefined;

  /** Creates the error; `cause` is the decoder's error when there is one. */
  constructor(message: string, options?: { byteLength?: number; method?: string; cause?: unknown }) {
    super("protocol_error", message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ProtocolError";
    this.byteLength = options?.byteLength;
    this.method = options?.method;
  }
}

/** InvalidArgumentError means an argument or option passed to the SDK is not acceptable; `argument` names it. */
export class InvalidArgumentError extends OsmiumError {
  /** The argument or option at fault: `"request"`, `"timeoutMs"`, `"url"`, ... */
  readonly argument: string;

  /** Creates the error; `problem` completes "<argument> ...", e.g. "must be an object". */
  constructor(argument: string, problem: string, options?: { cause?: unknown }) {
    super("invalid_argument", `${argument} ${problem}`, options);
    this.name = "InvalidArgumentError";
    this.argument = argument;
  }
}

/** TransportError wraps a failure the transport (the socket) reported; `cause` is the original. */
export class TransportError extends OsmiumError {
  /** Creates the error. */
  constructor(message: string, options?: { cause?: unknown }) {
    super("transport_error", message, options);
    this.name = "TransportError";
  }
}

/**
 * UpgradeRefusedError means an HTTP server answered the WebSocket upgrade with a status other than
 * 101: a wrong path (404), a proxy or load balancer refusing (403, 502, 503), an origin check (403).
 * It is the `cause` of the {@link ConnectError} (or of the "gave up" error) and is emitted as an
 * `error` event; `cause` is the socket library's own error. Only Node's `ws` reports the status:
 * browsers give pages no reason.
 */
export class UpgradeRefusedError extends TransportError {
  /** The HTTP status the server answered the upgrade with. */
  readonly status: number;

  /** Creates the error; `cause` is what the WebSocket reported. */
  constructor(status: number, options?: { cause?: unknown }) {
    super(`the server refused the WebSocket upgrade with HTTP ${status}`, options);
    this.name = "UpgradeRefusedError";
    this.status = status;
  }
}

/** UpdatesOverflowError ends an `updates()` iterator whose consumer fell `bufferSize` updates behind. */
export class UpdatesOverflowError extends OsmiumError {
  /** The iterator's buffer size. */
  readonly bufferSize: number;

  /** Creates the error. */
  constructor(bufferSize: number) {
    super("updates_overflow", `updates() fell ${bufferSize} updates behind; later updates were dropped`);
    this.name = "UpdatesOverflowError";
    this.bufferSize = bufferSize;
  }
}

// The bot toolkit's errors (`osmium-chat/bot`) live here with the others, so that `OsmiumError.is`
// narrows them too; the context type stays a parameter so this module imports nothing from the bot.

/**
 * BotError wraps what a bot's handler threw (or a failure it left unobserved) while handling one
 * update; `bot.catch()` receives it. `error` (also `cause`) is the original, `ctx` the update's context.
 */
export class BotError<C = unknown> extends OsmiumError {
  /** What the handler threw or rejected with, unchanged. */
  readonly error: unknown;
  /** The context of the update being handled. */
  readonly ctx: C;

  /** Creates the error; `where` names the update, e.g. `"message 42 in channel:1:2"`. */
  constructor(error: unknown, ctx: C, where: string) {
    const reason = error instanceof Error ? error.message : String(error);
    super("bot_error", `handling ${where} failed: ${reason}`, { cause: error });
    this.name = "BotError";
    this.error = error;
    this.ctx = ctx;
  }
}

/** MiddlewareError means a bot middleware broke the `next()` contract: it called `next()` twice, or after the update was handled. */
export class MiddlewareError extends OsmiumError {
  /** Creates the error; `problem` says which rule was broken. */
  constructor(problem: string) {
    super("middleware_error", problem);
    this.name = "MiddlewareError";
  }
}

/** BotOverflowError means a bot had `maxPending` updates waiting and dropped one more instead of growing without bound. */
export class BotOverflowError extends OsmiumError {
  /** The bot's `maxPending` option. */
  readonly maxPending: number;

  /** Creates the error. */
  constructor(maxPending: number) {
    super("bot_overflow", `the bot fell ${maxPending} updates behind; this update was dropped`);
    this.name = "BotOverflowError";
    this.maxPending = maxPending;
  }
}
