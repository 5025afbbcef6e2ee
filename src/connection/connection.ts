// The connection's state machine (docs/architecture.md): connect, handshake, ready, reconnect with
// backoff after an unexpected close, and close. It knows ClientMessage and ServerMessage, never
// namespaces; calls reach it as (rpc, request message) pairs. Every transition runs to completion
// before its owner hears of it (reports.ts), so no listener can re-enter a half-done transition.
import type { ServerMessage } from "../../gen/osmium/client/core_pb.js";
import { authAuthorizeRpc, coreInitializeRpc } from "../../gen/osmium/rpc_entries.js";
import { ConnectError, ConnectionClosedError, OsmiumError, type ProtocolError, type RpcError, TransportError } from "../errors.js";
import { redact } from "../redact.js";
import type { RpcEntry } from "../rpc-client.js";
import type { TransportCloseEvent } from "../transport/transport.js";
import { type CallObserver, CallTable } from "./call-table.js";
import { expectResultOf } from "./codec.js";
import type { ConnectionConfig } from "./config.js";
import { type HandshakeInvoke, type ReadyInfo, handshake } from "./handshake.js";
import { Link, type LinkOwner } from "./link.js";
import { watchNetwork } from "./network.js";
import type { ConnectionOwner } from "./owner.js";
import { PendingCall, methodName } from "./pending-call.js";
import { type ResultSinks, routeCall, routeResult } from "./routing.js";
import { Reconnector } from "./reconnect.js";
import { Reports } from "./reports.js";
import type { ConnectionState } from "./state.js";
import { type Deferred, deferred } from "./deferred.js";

/** One client's connection to the server, across reconnects. */
export class Connection implements LinkOwner {
  /** Current state; changes are reported as `state`. */
  state: ConnectionState = "idle";
  /** What the last handshake returned, while ready. */
  readyInfo: ReadyInfo | undefined;
  private readonly calls: CallTable;
  private readonly reports = new Reports();
  private token: string | undefined;
  private link: Link | undefined;
  private waiter: Deferred<ReadyInfo, OsmiumError> | undefined;
  private closing: Promise<void> | undefined;
  private unwatchNetwork: (() => void) | undefined;
  private readonly reconnect: Reconnector;
  private everReady = false;
  // Whether any transport opened since connect(): until one does, the server is unreachable.
  private reached = false;
  private downSince = 0;

  /** Creates an idle connection; nothing happens before `connect()`. */
  constructor(
    private readonly config: ConnectionConfig,
    private readonly owner: ConnectionOwner,
    observer: CallObserver | undefined,
    token: string | undefined,
  ) {
    this.calls = new CallTable(observer, config.maxFrameBytes);
    this.reconnect = new Reconnector(config.reconnect);
    this.token = token;
  }

  /** Sets the token the next handshake authorizes with (`undefined`: none). */
  setToken(token: string | undefined): void {
    this.token = token;
  }

  /** Connects (or joins the connect in progress); resolves when ready. */
  connect(): Promise<ReadyInfo> {
    if (this.state === "ready" && this.readyInfo) return Promise.resolve(this.readyInfo);
    if (this.waiter) return this.waiter.promise;
    const waiter = deferred<ReadyInfo, OsmiumError>();
    this.waiter = waiter;
    if (this.state === "idle" || this.state === "closed") {
      this.reports.run(() => {
        this.closing = undefined;
        this.everReady = false;
        this.reached = false;
        this.reconnect.reset();
        this.downSince = Date.now();
        if (this.config.watchNetwork) {
          this.unwatchNetwork = watchNetwork({ online: this.wake, offline: this.probe, visible: this.wake });
        }
        this.openLink();
      });
    }
    return waiter.promise;
  }

  /** Closes for good: settles every call, clears every timer and listener; resolves once the transport closed. */
  close(): Promise<void> {
    if (this.closing === undefined) this.reports.run(() => this.stop("the client was closed", undefined, undefined));
    return this.closing ?? Promise.resolve();
  }

  /** Sends (or queues, or fails) one call; `request` is an init object or a message of the rpc's input type. */
  invoke(rpc: RpcEntry, request: object, timeoutMs: number, signal: AbortSignal | undefined, internal = false): Promise<unknown> {
    expectResultOf(rpc);
    return new Promise((resolve, reject) => {
      const call = new PendingCall(rpc, request, timeoutMs, signal, internal, resolve, reject, this.calls);
      routeCall(this.calls, call, this.state, this.link, this.config);
    });
  }

  // Keepalive only starts once ready, so with no request timeout a silent server would hang the
  // handshake (and connect()) forever: the handshake falls back to the connect timeout then.
  private readonly handshakeInvoke: HandshakeInvoke = (requestCase, request) => {
    const { requestTimeoutMs, connectTimeoutMs } = this.config;
    const timeoutMs = requestTimeoutMs === Number.POSITIVE_INFINITY ? connectTimeoutMs : requestTimeoutMs;
    return this.invoke(requestCase === "coreInitialize" ? coreInitializeRpc : authAuthorizeRpc, request, timeoutMs, undefined, true);
  };

  // Runs inside a transition: from connect(), or from the reconnect timer through `reopen`.
  private openLink(): void {
    this.setState("connecting");
    const link = new Link(this, this.config, this.config.maxFrameBytes);
    this.link = link;
    link.open(this.config.transport);
  }

  private readonly reopen = (): void => this.reports.run(() => this.openLink());

  linkOpened(link: Link): void {
    if (link !== this.link || this.state !== "connecting") return;
    this.reports.run(() => {
      this.calls.resetIds();
      this.reached = true;
      const attempt = this.reconnect.attempt;
      this.config.log?.(`open (attempt ${attempt})`);
      this.reports.add(() => this.owner.open({ attempt }));
      this.setState("handshaking");
      this.startHandshake(link);
    });
  }

  private startHandshake(link: Link): void {
    const token = this.token;
    handshake(this.handshakeInvoke, this.config.identity, token).then(
      ({ info, authorization }) => {
        if (link !== this.link || link.isDone || this.state !== "handshaking") return;
        // A token the server hands back replaces the one sent, unless setToken() changed it meanwhile.
        if (authorization?.token && this.token === token) this.token = authorization.token;
        this.reports.run(() => this.becomeReady(link, info));
      },
      (error: unknown) => {
        if (link !== this.link || link.isDone || this.state !== "handshaking") return;
        if (OsmiumError.is(error, "rpc_error")) this.reports.run(() => this.refused(error));
        else link.drop(`handshake failed: ${OsmiumError.from(error).message}`);
      },
    );
  }

  private becomeReady(link: Link, info: ReadyInfo): void {
    const attempts = this.reconnect.attempt;
    const resync = this.everReady;
    this.reconnect.ready(Date.now());
    this.everReady = true;
    this.readyInfo = info;
    if (this.config.keepalive) link.startKeepalive(this.config.keepalive, () => this.calls.ping());
    // Queued calls go first, before any listener of the reports below can make newer ones.
    this.calls.flush(link);
    if (link.isDone) return; // a transport that closes inside send(): linkClosed already moved on
    this.setState("ready");
    this.reports.add(() => this.owner.ready(info));
    if (resync) {
      const downtimeMs = Date.now() - this.downSince;
      this.reports.add(() => this.owner.resync({ attempts, downtimeMs }));
    }
    // Settled last: a listener above that closes the client overtakes this (stop() rejects the waiter).
    this.reports.add(() => this.settleWaiter(info));
  }

  private settleWaiter(info: ReadyInfo): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(info);
  }

  // The server refused the handshake (a bad token): fatal, not a reconnect loop.
  private refused(error: RpcError): void {
    this.config.log?.(`handshake refused: ${error.message}`);
    if (error.method === "auth.authorize") this.reports.add(() => this.owner.authFailed(error));
    this.reports.add(() => this.owner.error(error));
    void this.stop(`the handshake was refused (${error.message})`, error, error);
  }

  linkMessage(_link: Link, message: ServerMessage): void {
    const body = message.message;
    if (body.case === "result") routeResult(this.calls, body.value, this.resultSinks);
    else if (body.case === "update") this.owner.update(body.value);
    // A ServerMessage case newer than this SDK: nothing to route it to, but say so when debugging.
    else this.config.log?.(`server message ${message.id} has no case this SDK knows`);
  }

  private readonly resultSinks: ResultSinks = {
    // A late sign-in's result carries a token: listeners get the redacted copy (the token never appears in events).
    unsolicited: (result) => this.owner.unsolicitedResult(redact(result)),
    token: (token) => {
      this.token = token;
    },
    keepalive: () => this.link?.keepaliveAnswered(),
  };

  linkBadFrame(_link: Link, error: ProtocolError): void {
    this.config.log?.(error.message);
    this.owner.error(error);
  }

  linkGap(_link: Link, from: number, to: number): void {
    this.config.log?.(`gap: server messages ${from}..${to} missing`);
    this.owner.gap({ from, to });
  }

  linkError(link: Link, error: TransportError): void {
    // After close(), the transport's complaints about being closed (ws: "closed before the connection
    // was established") are the close the user asked for, not errors.
    if (link !== this.link || this.state === "closed") return;
    this.config.log?.(`transport error: ${error.message}`);
    this.owner.error(error);
  }

  linkClosed(link: Link, event: TransportCloseEvent): void {
    if (link !== this.link) return;
    this.reports.run(() => this.lost(link, event));
  }

  private lost(link: Link, event: TransportCloseEvent): void {
    this.link = undefined;
    this.readyInfo = undefined;
    this.config.log?.(`close ${event.code} ${event.reason}`);
    const reason = `the connection closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`;
    this.calls.failInFlight((call) => new ConnectionClosedError(`${methodName(call.rpc)} got no result: ${reason}`, { method: methodName(call.rpc) }));
    const { code, wasClean } = event;
    if (this.state === "closed") {
      this.reports.add(() => this.owner.close({ code, reason: event.reason, wasClean, willReconnect: false }));
      return;
    }
    if (this.state === "ready") this.downSince = Date.now();
    this.reconnect.lost(Date.now());
    const failure = link.failure ?? new TransportError(reason);
    // A transport whose server is gone for good: no attempt can succeed (an in-memory server closed).
    const gone = event.final === true;
    // The first connect() that cannot reach the server says so at once, unless asked to keep trying.
    const unreachable = !this.reached && (gone || !this.config.retryFirstConnect);
    const willReconnect = !unreachable && !gone && this.reconnect.canRetry;
    this.reports.add(() => this.owner.close({ code, reason: event.reason, wasClean, willReconnect }));
    if (!willReconnect) {
      const why = gone ? "; the server is gone for good" : this.reconnect.giveUpReason();
      const error = unreachable
        ? new ConnectError(this.config.target, failure)
        : new ConnectionClosedError(`${reason}${why}`, { cause: failure });
      this.reports.add(() => this.owner.error(error));
      void this.stop(error.message, error, failure);
      return;
    }
    const scheduled = this.reconnect.schedule(this.reopen);
    this.setState("reconnecting");
    this.reports.add(() => this.owner.reconnecting(scheduled));
  }

  // The network came back or the page became visible: skip the backoff, or check a live socket.
  private readonly wake = (): void => {
    if (!this.reconnect.hurry(this.reopen)) this.probe();
  };

  private readonly probe = (): void => {
    if (this.state === "ready") this.link?.probe();
  };

  // Runs inside a transition. `fatal` rejects connect(), `cause` is the cause of every call it fails.
  // Sets `closing`, which close() returns.
  private stop(reason: string, fatal: OsmiumError | undefined, cause: unknown): Promise<void> {
    this.reports.overtake();
    this.reconnect.cancel();
    this.unwatchNetwork?.();
    this.unwatchNetwork = undefined;
    this.readyInfo = undefined;
    this.setState("closed");
    this.calls.failAll((call) => new ConnectionClosedError(`${methodName(call.rpc)} did not complete: ${reason}`, { method: methodName(call.rpc), cause }));
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(fatal ?? new ConnectionClosedError(`connect() did not complete: ${reason}`));
    const link = this.link;
    if (link === undefined) this.closing = Promise.resolve();
    else {
      link.close(1000, fatal ? "handshake refused" : "client closed");
      this.closing = link.closed;
    }
    return this.closing;
  }

  private setState(to: ConnectionState): void {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    this.config.log?.(`state ${from} → ${to}`);
    this.reports.add(() => this.owner.state({ from, to }));
  }
}
