// A token obtained during a session is adopted for later reconnects: the one `auth.signIn` /
// `auth.signUp` returns, and the one a successful manual `auth.authorize` sent. The latter is read
// from the request, so that request must outlive its encoding: `readsRequest` is the one place that
// says so, for the call table that otherwise frees requests once encoded.
import type { Authorization, Authorize } from "../../gen/osmium/client/auth_pb.js";
import type { RequestCase } from "../protocol/cases.js";
import type { PendingCall } from "./pending-call.js";

/** True when adopting the token of a successful call of `requestCase` reads its request (`auth.authorize`). */
export function readsRequest(requestCase: RequestCase): boolean {
  return requestCase === "authAuthorize";
}

/** The token to remember after `call` succeeded with `value`, or `undefined` to keep the current one. */
export function adoptToken(call: PendingCall, value: unknown): string | undefined {
  const requestCase = call.rpc.requestCase;
  if (readsRequest(requestCase)) return (call.request as Authorize | undefined)?.token || undefined;
  if (requestCase === "authSignIn" || requestCase === "authSignUp") return (value as Authorization).token || undefined;
  return undefined;
}
