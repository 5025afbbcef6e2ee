// Matching a result to its call (docs/protocol.md#errors): `error` rejects with RpcError; the
// method's own result case resolves; for a method returning Empty, an unset result resolves
// `undefined`; anything else is the server breaking the protocol.
import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import { type OsmiumError, ProtocolError, RpcError } from "../errors.js";
import { type PendingCall, methodName } from "./pending-call.js";

/** The error `result` settles `call` with, or `undefined` when it resolves with `result.result.value`. */
export function resultError(call: PendingCall, result: RPCResult): OsmiumError | undefined {
  const answer = result.result;
  if (answer.case === call.rpc.resultCase) return undefined;
  const method = methodName(call.rpc);
  if (answer.case === "error") {
    return new RpcError(answer.value.errorCode, answer.value.errorMessage, method, call.id, result.traceId);
  }
  const expected = call.rpc.resultCase ?? "no result";
  return new ProtocolError(`${method} expects ${expected} but the server answered ${answer.case ?? "no result"} (request ${call.id})`, {
    method,
  });
}
