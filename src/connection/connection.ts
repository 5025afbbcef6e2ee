// The connection's state machine (DESIGN.md "Behaviour the connection owns"): connect, handshake,
// ready, reconnect with backoff after an unexpected close, and close. It knows ClientMessage and
// ServerMessage, never namespaces; calls reach it as (rpc, request message) pairs.
import type { Message } from "@bufbuild/protobuf";
import { RPCResultSchema, type ServerMessage } from "../../gen/osmium/client/core_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { ConnectionClosedError, OsmiumError, type ProtocolError, type RpcError, type TransportError } from "../errors.js";
import { type ClientEmitter, emitSafely } from "../events.js";
import { redact } from "../redact.js";
import { type RpcMethod, rpcTable } from "../protocol/rpc-table.js";
import type { TransportCloseEvent } from "../transport/transport.js";
import { type CallObserver, CallTable } from "./call-table.js";
import type { ConnectionConfig } from "./config.js";
import { type HandshakeInvoke, type ReadyInfo, handshake } from "./handshake.js";
import { Link, type LinkOwner } from "./link.js";
import { watchNetwork } from "./network.js";
import { PendingCall, methodName } from "./pending-call.js";
import { type ResultSinks, routeCall, routeResult } from "./routing.js";
import { Reconnector } from "./reconnect.js";
import type { ConnectionState } from "./state.js";
import { type Deferred, deferred } from "./deferred.js";

/** One client's connection to the server, across reconnects. */
export class Connection implements LinkOwner {
  /** Current state; changes are emitted as `state`. */
  state: ConnectionState = "idle";
  /** What the last handshake returned, while ready. */
  readyInfo: ReadyInfo | undefined;
  private readonly calls: CallTable;
  private token: string | undefined;
  private link: Link | undefined;
  private waiter: Deferred<ReadyInfo, OsmiumError> | undefined;
  private closing: Promise<void> | undefined;
  private unwatchNetwork: (() => void) | undefined;
  private readonly reconnect: Reconnector;
  private everReady = false;
  private downSince = 0;

  /** Creates an idle connection; nothing happens before `connect()`. */
  constructor(
    private readonly config: ConnectionConfig,
    private readonly events: ClientEmitter,
    private readonly onUpdate: (update: Update) => void,
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
      this.closing = undefined;
      this.everReady = false;
      this.reconnect.reset();
      this.downSince = Date.now();
      if (this.config.watchNetwork) {
        this.unwatchNetwork = watchNetwork({ online: this.wake, offline: this.probe, visible: this.wake });
      }
      this.openLink();
    }
    return waiter.promise;
  }

  /** Closes for good: settles every call, clears every timer and listener; resolves once the transport closed. */
  close(): Promise<void> {
    this.closing ??= this.stop("the client was closed", undefined);
    return this.closing;
  }

  /** Sends (or queues, or fails) one call; `request` is already a message of the rpc's input type. */
  invoke(rpc: RpcMethod, request: Message, timeoutMs: number, signal: AbortSignal | undefined, internal = false): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const now = Date.now();
      const deadline = timeoutMs === Number.POSITIVE_INFINITY ? timeoutMs : now + timeoutMs;
      const call = new PendingCall(rpc, request, timeoutMs, deadline, signal, internal, now, resolve, reject, this.calls);
      routeCall(this.calls, call, this.state, this.link, this.config);
    });
  }

  // Keepalive only starts once ready, so with no request timeout a silent server would hang the
  // handshake (and connect()) forever: the handshake falls back to the connect timeout then.
  private readonly handshakeInvoke: HandshakeInvoke = (requestCase, request) => {
    const { requestTimeoutMs, connectTimeoutMs } = this.config;
    const timeoutMs = requestTimeoutMs === Number.POSITIVE_INFINITY ? connectTimeoutMs : requestTimeoutMs;
    return this.invoke(rpcTable.get(requestCase) as RpcMethod, request, timeoutMs, undefined, true);
  };

  private readonly openLink = (): void => {
    this.setState("connecting");
    if (this.state !== "connecting") return; // a `state` listener closed the client: open nothing
    const link = new Link(this, this.config.connectTimeoutMs, this.config.maxFrameBytes);
    this.link = link;
    link.open(this.config.transport);
  };

  linkOpened(link: Link): void {
    if (link !== this.link || this.state !== "connecting") return;
    this.calls.resetIds();
    this.config.log?.(`open (attempt ${this.reconnect.attempt})`);
    emitSafely(this.events, "open", { attempt: this.reconnect.attempt });
    if (this.state !== "connecting") return; // an `open` listener closed the client: no handshake
    this.setState("handshaking");
    if (this.current() !== "handshaking") return; // a `state` listener closed the client
    const token = this.token;
    handshake(this.handshakeInvoke, this.config.identity, token).then(
      ({ info, authorization }) => {
        if (link !== this.link || link.isDone || this.state !== "handshaking") return;
        // A token the server hands back replaces the one sent, unless setToken() changed it meanwhile.
        if (authorization?.token && this.token === token) this.token = authorization.token;
        this.becomeReady(link, info);
      },
      (error: unknown) => {
        if (link !== this.link || link.isDone || this.state !== "handshaking") return;
        if (OsmiumError.is(error, "rpc_error")) this.refused(error);
        else link.drop(`handshake failed: ${OsmiumError.from(error).message}`);
      },
    );
  }

  private becomeReady(link: Link, info: ReadyInfo): void {
    const attempts = this.reconnect.attempt;
    const resync = this.everReady;
    this.reconnect.reset();
    this.everReady = true;
    this.readyInfo = info;
    if (this.config.keepalive) link.startKeepalive(this.config.keepalive, () => this.calls.ping());
    // Queued calls go first, before any listener of the events below can make newer ones.
    this.calls.flush(link);
    if (link.isDone) return; // a transport that closes inside send(): linkClosed already moved on
    this.setState("ready");
    if (this.state !== "ready") return; // a `state` listener closed the client (close() settled the waiter)
    emitSafely(this.events, "ready", info);
    if (resync) emitSafely(this.events, "resync", { attempts, downtimeMs: Date.now() - this.downSince });
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(info);
  }

  // The server refused the handshake (a bad token): fatal, not a reconnect loop (issue 3 item 6).
  private refused(error: RpcError): void {
    this.config.log?.(`handshake refused: ${error.message}`);
    if (error.method === "auth.authorize") emitSafely(this.events, "authFailed", error);
    emitSafely(this.events, "error", error);
    void this.stop(`the handshake was refused (${error.message})`, error);
  }

  linkMessage(_link: Link, message: ServerMessage): void {
    const body = message.message;
    if (body.case === "result") routeResult(this.calls, body.value, this.resultSinks);
    else if (body.case === "update") this.onUpdate(body.value);
    // A ServerMessage case newer than this SDK: nothing to route it to, but say so when debugging.
    else this.config.log?.(`server message ${message.id} has no case this SDK knows`);
  }

  private readonly resultSinks: ResultSinks = {
    // A late sign-in's result carries a token: listeners get the redacted copy (DESIGN.md, "The token never appears").
    unsolicited: (result) => emitSafely(this.events, "unsolicitedResult", redact(RPCResultSchema, result)),
    token: (token) => {
      this.token = token;
    },
  };

  linkBadFrame(_link: Link, error: ProtocolError): void {
    this.config.log?.(error.message);
    emitSafely(this.events, "error", error);
  }

  linkGap(_link: Link, from: number, to: number): void {
    this.config.log?.(`gap: server messages ${from}..${to} missing`);
    emitSafely(this.events, "gap", { from, to });
  }

  linkError(link: Link, error: TransportError): void {
    // After close(), the transport's complaints about being closed (ws: "closed before the connection
    // was established") are the close the user asked for, not errors.
    if (link !== this.link || this.state === "closed") return;
    this.config.log?.(`transport error: ${error.message}`);
    emitSafely(this.events, "error", error);
  }

  linkClosed(link: Link, event: TransportCloseEvent): void {
    if (link !== this.link) return;
    this.link = undefined;
    this.readyInfo = undefined;
    this.config.log?.(`close ${event.code} ${event.reason}`);
    const reason = `the connection closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`;
    this.calls.failInFlight((call) => new ConnectionClosedError(`${methodName(call.rpc)} got no result: ${reason}`, { method: methodName(call.rpc) }));
    if (this.state === "closed") {
      emitSafely(this.events, "close", { code: event.code, reason: event.reason, wasClean: event.wasClean, willReconnect: false });
      return;
    }
    if (this.state === "ready") this.downSince = Date.now();
    const willReconnect = this.reconnect.canRetry;
    emitSafely(this.events, "close", { code: event.code, reason: event.reason, wasClean: event.wasClean, willReconnect });
    if (this.current() === "closed") return; // a `close` listener closed the client: schedule nothing
    if (!willReconnect) {
      const why = `${reason}${this.reconnect.giveUpReason()}`;
      const error = new ConnectionClosedError(why);
      emitSafely(this.events, "error", error);
      void this.stop(why, error);
      return;
    }
    const scheduled = this.reconnect.schedule(this.openLink);
    this.setState("reconnecting");
    if (this.state === "reconnecting") emitSafely(this.events, "reconnecting", scheduled);
  }

  // The network came back or the page became visible: skip the backoff, or check a live socket.
  private readonly wake = (): void => {
    if (!this.reconnect.hurry(this.openLink)) this.probe();
  };

  private readonly probe = (): void => {
    if (this.state === "ready") this.link?.probe();
  };

  private stop(reason: string, fatal: OsmiumError | undefined): Promise<void> {
    this.reconnect.cancel();
    this.unwatchNetwork?.();
    this.unwatchNetwork = undefined;
    this.readyInfo = undefined;
    this.setState("closed");
    this.calls.failAll((call) => new ConnectionClosedError(`${methodName(call.rpc)} did not complete: ${reason}`, { method: methodName(call.rpc), cause: fatal }));
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(fatal ?? new ConnectionClosedError(`connect() did not complete: ${reason}`));
    const link = this.link;
    if (link === undefined) return Promise.resolve();
    link.close(1000, fatal ? "handshake refused" : "client closed");
    return link.closed;
  }

  // The state after emitting: a listener may have closed the client. A method call, so TypeScript
  // does not keep the narrowing of an earlier check of `this.state`.
  private current(): ConnectionState {
    return this.state;
  }

  private setState(to: ConnectionState): void {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    this.config.log?.(`state ${from} → ${to}`);
    emitSafely(this.events, "state", { from, to });
  }
}
