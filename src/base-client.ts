// The smallest client: a connection, its events, and `call()` by RPC entry. Nothing here knows a
// namespace, a helper or the cache, so an app that calls one method through osmium-chat/rpc and
// listens to one event bundles this and that method alone (docs/architecture.md "Client layers").
// It knows calls and events, never sockets; the connection below it knows frames, never calls' names.
import type { DescMethod } from "@bufbuild/protobuf";
import { EventEmitter } from "eventemitter3";
import type { Update } from "../gen/osmium/client/updates_pb.js";
import { type ClientOptions, resolveOptions } from "./client-options.js";
import { Connection } from "./connection/connection.js";
import type { ReadyInfo } from "./connection/handshake.js";
import type { ConnectionOwner } from "./connection/owner.js";
import { methodName } from "./connection/pending-call.js";
import type { ConnectionState } from "./connection/state.js";
import { AbortError, InvalidArgumentError, type OsmiumError } from "./errors.js";
import { type ClientEventName, type ClientEvents, type UpdateMeta, dispatchUpdate, emitSafely } from "./events.js";
import type { CatchUpSummary } from "./catch-up/summary.js";
import { warnIfInsecureUrl } from "./insecure-url.js";
import { createCallObserver } from "./interceptors.js";
import type { RpcResult } from "./protocol/method-types.js";
import { requestMisfitError } from "./protocol/request-diagnosis.js";
import { checkRequestIntegers } from "./protocol/request-values.js";
import type { CallOptions, RpcClient, RpcEntry, RpcRequest } from "./rpc-client.js";
import { expectEveryUpdate, expectUpdates } from "./update-case.js";

// The connection reports each finished transition; the client turns the reports into its events.
function connectionEvents(emitter: EventEmitter<ClientEvents>, update: ConnectionOwner["update"]): ConnectionOwner {
  const emit = <E extends Exclude<keyof ConnectionOwner, "update">>(event: E) => (payload: Parameters<ConnectionOwner[E]>[0]) =>
    emitSafely(emitter, event, ...([payload] as Parameters<ClientEvents[E]>));
  return {
    state: emit("state"),
    open: emit("open"),
    ready: emit("ready"),
    resync: emit("resync"),
    close: emit("close"),
    reconnecting: emit("reconnecting"),
    gap: emit("gap"),
    error: emit("error"),
    authFailed: emit("authFailed"),
    unsolicitedResult: emit("unsolicitedResult"),
    update,
  };
}

function invalid(argument: string, problem: string): Promise<never> {
  return Promise.reject(new InvalidArgumentError(argument, problem));
}

/**
 * BaseClient is a connection to an Osmium server with typed update events (`client.on("messageCreated", ...)`)
 * and one way to call: `client.call(rpc, request)`, which the functions of `osmium-chat/rpc` do for you
 * (`sendMessage(client, request)`). `CoreClient` adds the namespaces, `OsmiumClient` the helpers.
 *
 * `new BaseClient(options)` decodes the update cases its `updates` option names
 * (`updates: [messageCreated]`, from `osmium-chat/updates`), and no other: an update of another case
 * arrives as `unknownUpdate`, and an app's bundle keeps only the decoders it was given.
 * `createClient(options)` makes one that decodes every case.
 *
 * Constructing it does not connect; `connect()` does, and `close()` ends everything.
 */
export class BaseClient implements RpcClient {
  private readonly emitter = new EventEmitter<ClientEvents>();
  private readonly connection: Connection;
  private readonly requestTimeoutMs: number;

  /** Creates a client; throws InvalidArgumentError for a bad option. Does not connect. */
  constructor(options: ClientOptions = {}) {
    const resolved = resolveOptions(options);
    expectUpdates(options.updates);
    if (options.transport === undefined && options.url !== undefined) warnIfInsecureUrl(options.url, resolved.connection.log);
    const observer = createCallObserver(resolved.interceptors, resolved.connection.log, (error) => this.reportError(error));
    this.requestTimeoutMs = resolved.connection.requestTimeoutMs;
    this.connection = new Connection(resolved.connection, connectionEvents(this.emitter, (update) => this.dispatch(update)), observer, resolved.token);
  }

  /** The connection state; transitions are emitted as `state`. */
  get state(): ConnectionState {
    return this.connection.state;
  }

  /** What the current connection became ready with; `undefined` unless `state` is `"ready"`. */
  get readyInfo(): ReadyInfo | undefined {
    return this.connection.readyInfo;
  }

  /**
   * Connects: opens the transport, initializes, authorizes when a token is known. Resolves when ready.
   * Rejects with ConnectError (the URL, and the socket's error as `cause`) when the server cannot be
   * reached at all, unless `retryFirstConnect` is set; with the RpcError when the server refuses the
   * token (no reconnect loop follows); with ConnectionClosedError when `close()` is called first or
   * reconnecting gives up (its `cause`: the last attempt's failure).
   */
  connect(): Promise<ReadyInfo> {
    return this.connection.connect();
  }

  /**
   * Closes: rejects every pending call with ConnectionClosedError, stops reconnecting, clears every
   * timer and global listener, and resolves once the transport closed.
   * Idempotent. `connect()` may be called again afterwards.
   */
  close(): Promise<void> {
    return this.connection.close();
  }

  /** Sets the token for the next handshake (it does not re-authorize the current connection). */
  setToken(token: string | undefined): void {
    if (token !== undefined && typeof token !== "string") throw new InvalidArgumentError("token", "must be a string");
    this.connection.setToken(token);
  }

  /**
   * Sends one call: validates, hands the request to the connection, which encodes it from the init
   * object as it is. The one path of every call, whichever way it is made (`sendMessage(client, ...)`,
   * `client.messages.sendMessage(...)`).
   */
  call<M extends DescMethod>(rpc: RpcEntry<M>, request?: RpcRequest<M["input"]>, options?: CallOptions): Promise<RpcResult<M>> {
    if (typeof rpc !== "object" || rpc === null || typeof rpc.requestCase !== "string" || typeof rpc.encode !== "function") {
      return invalid("rpc", "must be an RPC entry (call through a function of osmium-chat/rpc)");
    }
    if (request !== undefined && (typeof request !== "object" || request === null)) {
      return invalid("request", `must be an object (${methodName(rpc)})`);
    }
    let timeoutMs = this.requestTimeoutMs;
    let signal: AbortSignal | undefined;
    if (options !== undefined) {
      if (typeof options !== "object" || options === null) return invalid("options", "must be an object");
      if (options.timeoutMs !== undefined) {
        timeoutMs = options.timeoutMs;
        if (typeof timeoutMs !== "number" || !(timeoutMs > 0)) return invalid("timeoutMs", "must be a positive number or Infinity");
      }
      signal = options.signal;
      if (signal !== undefined && typeof signal?.addEventListener !== "function") return invalid("signal", "must be an AbortSignal");
      if (signal?.aborted) return Promise.reject(new AbortError(methodName(rpc), signal.reason));
    }
    try {
      // A ready connection encodes the call at once, and the encoder refuses a 64-bit field that
      // holds no 64-bit integer; otherwise the call waits or fails, and is checked here, now.
      if (request !== undefined && this.connection.state !== "ready") checkRequestIntegers(rpc.input, request);
    } catch (cause) {
      return Promise.reject(cause instanceof InvalidArgumentError ? cause : requestMisfitError(rpc.input, request, `does not fit ${rpc.input.typeName}`, cause));
    }
    return this.connection.invoke(rpc, request ?? {}, timeoutMs, signal) as Promise<RpcResult<M>>;
  }

  /** Adds a listener. */
  on<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this {
    this.emitter.on(event, listener as never);
    return this;
  }

  /** Adds a listener that runs once. */
  once<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this {
    this.emitter.once(event, listener as never);
    return this;
  }

  /** Removes a listener (all of the event's listeners when `listener` is omitted). */
  off<E extends ClientEventName>(event: E, listener?: ClientEvents[E]): this {
    this.emitter.off(event, listener as never);
    return this;
  }

  /** Emits one server update to the listeners; a layer above may look at it first (the cache does). */
  protected dispatch(update: Update, meta?: UpdateMeta): void {
    dispatchUpdate(this.emitter, update, meta);
  }

  /** Emits the summary of a catch-up (the layer that recovers missed messages reports through it). */
  protected reportCatchUp(summary: CatchUpSummary): void {
    emitSafely(this.emitter, "catchUp", summary);
  }

  /** Reports a failure no call can be rejected with as an `error` event. */
  protected reportError(error: OsmiumError): void {
    emitSafely(this.emitter, "error", error);
  }
}

/**
 * Creates the smallest client that emits every update: events and `call()`, for the functions of
 * `osmium-chat/rpc`. Does not connect. For a smaller bundle still, `new BaseClient({ updates })`
 * decodes only the update cases it is given.
 */
export function createClient(options: ClientOptions = {}): BaseClient {
  const client = new BaseClient(options);
  expectEveryUpdate();
  return client;
}
