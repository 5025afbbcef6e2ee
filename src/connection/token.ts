// A token obtained during a session is adopted for later reconnects (issue 3 item 2): the one
// `auth.signIn` / `auth.signUp` returns, and the one a successful manual `auth.authorize` sent.
import type { Authorization, Authorize } from "../../gen/osmium/client/auth_pb.js";
import type { PendingCall } from "./pending-call.js";

/** The token to remember after `call` succeeded with `value`, or `undefined` to keep the current one. */
export function adoptToken(call: PendingCall, value: unknown): string | undefined {
  switch (call.rpc.requestCase) {
    case "authSignIn":
    case "authSignUp":
      return (value as Authorization).token || undefined;
    case "authAuthorize":
      return (call.request as Authorize | undefined)?.token || undefined;
    default:
      return undefined;
  }
}
