// The pending table (docs/reliability.md): every call settles exactly once — result, RpcError,
// timeout, abort, or the connection's close — and settling frees its id, its deadline and its abort
// listener in one place (`finish`).
import { AbortError, InvalidArgumentError, type OsmiumError, TimeoutError } from "../errors.js";
import { buildRequest } from "../protocol/request-build.js";
import { requestMisfitError } from "../protocol/request-diagnosis.js";
import { encodeKeepalive, encodeRequest } from "./codec.js";
import { Deadlines } from "./deadlines.js";
import { InFlight } from "./in-flight.js";
import { PendingCall, type PendingCallOwner, methodName } from "./pending-call.js";
import { RequestIds } from "./request-ids.js";
import { readsRequest } from "./token.js";

/** Where frames go: the current transport connection. */
export interface FrameSink {
  send(frame: Uint8Array): void;
}

/** Sees calls go out and settle (interceptors, debug log). Absent when nobody listens: zero cost. */
export interface CallObserver {
  sent(call: PendingCall, byteLength: number): void;
  settled(call: PendingCall, result: unknown, error: OsmiumError | undefined): void;
}

/** Owns the ids, the in-flight map, the reconnect queue and the deadlines of one client's calls. */
export class CallTable implements PendingCallOwner {
  private readonly inFlight = new InFlight();
  private readonly queue: PendingCall[] = [];
  private readonly deadlines = new Deadlines<PendingCall>((call) => this.fail(call, new TimeoutError(methodName(call.rpc), call.timeoutMs)));
  private readonly ids = new RequestIds();
  private pingId = 0;

  /** Creates an empty table; `observer` is fixed for the client's life, `maxFrameBytes` bounds each request. */
  constructor(
    private readonly observer: CallObserver | undefined,
    private readonly maxFrameBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** Calls waiting for the connection to become ready. */
  get queuedCount(): number {
    return this.queue.length;
  }

  /** Registers a new call's deadline and abort listener; the caller then sends, queues or fails it. */
  track(call: PendingCall): void {
    if (call.deadline !== Number.POSITIVE_INFINITY) this.deadlines.add(call);
    call.signal?.addEventListener("abort", call);
  }

  /** Sends a tracked call now: gives it an id, encodes it and writes it to `sink`. */
  send(call: PendingCall, sink: FrameSink): void {
    call.queued = false;
    const id = this.ids.next(this.inFlight, this.pingId);
    let frame: Uint8Array;
    try {
      frame = encodeRequest(id, call.rpc, call.request ?? {});
    } catch (cause) {
      this.fail(call, requestMisfitError(call.rpc.input, call.request ?? {}, `does not encode as ${call.rpc.input.typeName}`, cause));
      return;
    }
    // Refused here rather than by the server, which would close the whole connection (1009) over one call.
    if (frame.byteLength > this.maxFrameBytes) {
      this.fail(call, new InvalidArgumentError("request", `of ${methodName(call.rpc)} encodes to ${frame.byteLength} bytes, over the limit of ${this.maxFrameBytes} (maxFrameBytes)`));
      return;
    }
    call.id = id;
    this.inFlight.add(call);
    this.observer?.sent(call, frame.byteLength);
    // Once encoded, the request is dead weight for the rest of the call's life (the bench measures heap
    // per pending call), unless an observer reports it at the end or its token is adopted on success.
    if (this.observer === undefined && !readsRequest(call.rpc.requestCase)) call.request = undefined;
    sink.send(frame);
  }

  /**
   * Parks a tracked call until `flush`, with its own copy of the request's init objects (the caller
   * may reuse theirs meanwhile; messages and bytes in it are shared, as `create()` shares them).
   */
  enqueue(call: PendingCall): void {
    if (!call.queued && call.request !== undefined) call.request = buildRequest(call.rpc.input, call.request);
    call.queued = true;
    this.queue.push(call);
  }

  /** Sends every queued call, oldest first; if the link dies meanwhile, the rest wait for the next one. */
  flush(sink: FrameSink & { readonly isDone: boolean }): void {
    const waiting = this.queue.splice(0);
    for (const call of waiting) {
      if (call.settled) continue;
      if (sink.isDone) this.enqueue(call);
      else this.send(call, sink);
    }
  }

  /** The in-flight call with this request id, if any. */
  get(requestId: number): PendingCall | undefined {
    return this.inFlight.get(requestId);
  }

  /** A fresh keepalive frame; its id is reserved until `isPing` sees the answer or ids restart. */
  ping(): Uint8Array {
    this.pingId = this.ids.next(this.inFlight, 0);
    return encodeKeepalive(this.pingId);
  }

  /** True (and the reservation is released) when `requestId` answers the outstanding keepalive. */
  isPing(requestId: number): boolean {
    if (requestId === 0 || requestId !== this.pingId) return false;
    this.pingId = 0;
    return true;
  }

  /** Restarts ids at 1 for a new connection (only valid once nothing is in flight). */
  resetIds(): void {
    this.ids.reset();
    this.pingId = 0;
  }

  /** Resolves a call. */
  settle(call: PendingCall, value: unknown): void {
    if (!this.finish(call, value, undefined)) return;
    call.resolve(value);
  }

  /** Rejects a call. */
  fail(call: PendingCall, error: OsmiumError): void {
    if (!this.finish(call, undefined, error)) return;
    call.reject(error);
  }

  /** Signal listener: rejects with AbortError carrying the signal's reason. */
  abort(call: PendingCall): void {
    this.fail(call, new AbortError(methodName(call.rpc), call.signal?.reason));
  }

  /** Rejects every call in flight (the connection dropped); queued calls keep waiting. */
  failInFlight(error: (call: PendingCall) => OsmiumError): void {
    for (const call of this.inFlight.values()) this.fail(call, error(call));
  }

  /** Rejects every call, queued or in flight, and stops the deadline timer. */
  failAll(error: (call: PendingCall) => OsmiumError): void {
    this.failInFlight(error);
    for (const call of this.queue.splice(0)) this.fail(call, error(call));
    this.deadlines.stop();
  }

  private finish(call: PendingCall, result: unknown, error: OsmiumError | undefined): boolean {
    if (call.settled) return false;
    call.settled = true;
    if (call.id !== 0) this.inFlight.delete(call);
    if (call.queued) {
      const i = this.queue.indexOf(call);
      if (i >= 0) this.queue.splice(i, 1);
      call.queued = false;
    }
    this.deadlines.remove(call);
    call.signal?.removeEventListener("abort", call);
    this.observer?.settled(call, result, error);
    return true;
  }
}
