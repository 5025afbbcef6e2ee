// Interceptors see every call go out and settle — for logging and metrics — without reaching into
// the client or the connection. They see redacted copies: a token or password never reaches them.
import type { Message } from "@bufbuild/protobuf";
import type { CallObserver } from "./connection/call-table.js";
import { type PendingCall, methodName } from "./connection/pending-call.js";
import { OsmiumError } from "./errors.js";
import { jsonReplacer } from "./json.js";
import { type DebugLogger, clip } from "./logger.js";
import { buildRequest } from "./protocol/request-build.js";
import type { RequestCase } from "./protocol/cases.js";
import { redact } from "./redact.js";

/** One outgoing call, as interceptors see it. */
export interface InterceptedCall {
  /** `namespace.method`: `"messages.sendMessage"`. */
  readonly method: string;
  /** The `ClientMessage` case: `"messagesSendMessage"`. */
  readonly requestCase: RequestCase;
  /**
   * The request id; 0 when the call settled before it was sent: queued, then timed out or aborted,
   * or refused by the encoder (a value that does not fit its field), which `onOutcome` reports
   * without an `onCall` before it.
   */
  readonly requestId: number;
  /** The request, with secrets (tokens, passwords, TOTP codes) replaced by `"[redacted]"`. */
  readonly request: Message;
}

/** How a call ended. */
export interface InterceptedOutcome extends InterceptedCall {
  /** Time from the call being made to it settling. */
  readonly durationMs: number;
  /** The result message (redacted); `undefined` for methods returning Empty, and on error. */
  readonly result: Message | undefined;
  /** Why it failed; `undefined` on success. */
  readonly error: OsmiumError | undefined;
}

/** Observes calls. Both hooks are optional; an exception thrown by one is reported as an `error` event. */
export interface Interceptor {
  /** Called as the call is written to the connection. */
  onCall?(call: InterceptedCall): void;
  /** Called once when the call settles (result, error, timeout, abort or close). */
  onOutcome?(outcome: InterceptedOutcome): void;
}

function describe(call: PendingCall): InterceptedCall {
  return {
    method: methodName(call.rpc),
    requestCase: call.rpc.requestCase,
    requestId: call.id,
    // With an observer the table keeps every request until the call settles.
    request: redact(buildRequest(call.rpc.input, call.request)),
  };
}

/** Builds the observer the call table reports to; `undefined` (zero cost) without interceptors or debug. */
export function createCallObserver(
  interceptors: readonly Interceptor[],
  log: DebugLogger | undefined,
  report: (error: OsmiumError) => void,
): CallObserver | undefined {
  if (interceptors.length === 0 && log === undefined) return undefined;
  // Observer code runs inside the call table; nothing it throws may leave a call half-registered.
  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      report(OsmiumError.from(error));
    }
  };
  const each = (fn: (interceptor: Interceptor) => void): void => {
    for (const interceptor of interceptors) guard(() => fn(interceptor));
  };
  return {
    sent(call, byteLength) {
      const info = describe(call);
      if (log) guard(() => log(`→ #${info.requestId} ${info.method} (${byteLength} B) ${clip(JSON.stringify(info.request, jsonReplacer))}`));
      each((i) => i.onCall?.(info));
    },
    settled(call, result, error) {
      const redacted = error === undefined && result !== undefined ? redact(result as Message) : undefined;
      const outcome: InterceptedOutcome = { ...describe(call), durationMs: Date.now() - call.startedAt, result: redacted, error };
      if (log) {
        guard(() => {
          const what = error ? `${error.code}: ${error.message}` : redacted ? clip(JSON.stringify(redacted, jsonReplacer)) : "ok";
          log(`← #${outcome.requestId} ${outcome.method} ${outcome.durationMs} ms ${what}`);
        });
      }
      each((i) => i.onOutcome?.(outcome));
    },
  };
}
