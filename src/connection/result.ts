// Matching a result to its call (docs/protocol.md#errors): `error` rejects with RpcError; the
// method's own result case resolves; for a method returning Empty, an unset result resolves
// `undefined`; anything else is the server breaking the protocol.
import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import { type OsmiumError, ProtocolError, RpcError } from "../errors.js";
import { type PendingCall, methodName } from "./pending-call.js";

// RPCResult's fields outside its result oneof: req_id and trace_id.
const REQ_ID = 1;
const TRACE_ID = 37;

// An unset result, or a case kept unknown: one this client never used (see expectResultOf in
// codec.ts), or one of a newer server.
function undecoded(result: RPCResult): string {
  const unknown = result.$unknown ?? [];
  for (let i = unknown.length - 1; i >= 0; i--) {
    const { no, wireType } = unknown[i]!;
    if (no !== REQ_ID && no !== TRACE_ID && wireType === 2) return `a result case this client does not decode (field ${no})`;
  }
  return "no result";
}

/** The error `result` settles `call` with, or `undefined` when it resolves with `result.result.value`. */
export function resultError(call: PendingCall, result: RPCResult): OsmiumError | undefined {
  const answer = result.result;
  if (answer.case === call.rpc.resultCase) return undefined;
  const method = methodName(call.rpc);
  if (answer.case === "error") {
    return new RpcError(answer.value.errorCode, answer.value.errorMessage, method, call.id, result.traceId);
  }
  const expected = call.rpc.resultCase ?? "no result";
  return new ProtocolError(`${method} expects ${expected} but the server answered ${answer.case ?? undecoded(result)} (request ${call.id})`, {
    method,
  });
}
