// Where a call goes (send now, queue for the reconnect, or fail) and where a result goes (its call,
// the keepalive, or the `unsolicitedResult` event): the connection's two routing decisions.
import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import { ConnectionClosedError } from "../errors.js";
import type { CallTable, FrameSink } from "./call-table.js";
import type { ConnectionConfig } from "./config.js";
import { type PendingCall, methodName } from "./pending-call.js";
import { resultError } from "./result.js";
import type { ConnectionState } from "./state.js";
import { adoptToken } from "./token.js";

function notSent(call: PendingCall, why: string): ConnectionClosedError {
  const method = methodName(call.rpc);
  return new ConnectionClosedError(`${method} was not sent: ${why}`, { method });
}

/**
 * Sends `call` when the connection can take it (ready, or handshaking for the handshake's own calls);
 * queues it while connecting or reconnecting (a bounded queue, or fail fast by option);
 * fails it when the client is idle or closed.
 */
export function routeCall(calls: CallTable, call: PendingCall, state: ConnectionState, link: FrameSink | undefined, config: ConnectionConfig): void {
  if (link && (state === "ready" || (call.internal && state === "handshaking"))) {
    calls.track(call);
    calls.send(call, link);
  } else if (state === "idle") {
    calls.fail(call, notSent(call, "the client is not connected (call connect() first)"));
  } else if (state === "closed") {
    calls.fail(call, notSent(call, "the client is closed"));
  } else if (config.failFast) {
    calls.fail(call, notSent(call, `the connection is ${state} and failFast is on`));
  } else if (calls.queuedCount >= config.maxQueuedCalls) {
    calls.fail(call, notSent(call, `${config.maxQueuedCalls} calls already wait for the connection (maxQueuedCalls)`));
  } else {
    calls.track(call);
    calls.enqueue(call);
  }
}

/** What a result that settles no call becomes, and where an adopted token goes. */
export interface ResultSinks {
  unsolicited(result: RPCResult): void;
  token(token: string): void;
  /** The server answered the outstanding empty (keepalive) ClientMessage. */
  keepalive(): void;
}

/** Settles the call `result` answers; keepalive answers are dropped, unmatched ones reported. */
export function routeResult(calls: CallTable, result: RPCResult, sinks: ResultSinks): void {
  if (calls.isPing(result.reqId)) {
    sinks.keepalive();
    return;
  }
  const call = calls.get(result.reqId);
  if (call === undefined) {
    sinks.unsolicited(result);
    return;
  }
  const error = resultError(call, result);
  if (error) {
    calls.fail(call, error);
    return;
  }
  const value = result.result.value;
  // The handshake's own authorize adopts nothing here: the connection decides (a setToken() made
  // while it was in flight must win over the token it sent).
  const token = call.internal ? undefined : adoptToken(call, value);
  if (token !== undefined) sinks.token(token);
  calls.settle(call, value);
}
