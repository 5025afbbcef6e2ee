import type { ServerCore } from "./server-core.js";

/**
 * Who a model operation acts for: the server and the signed-in user. A handler's `CallContext`
 * is one; the model needs nothing else of the call.
 */
export interface Caller {
  readonly core: ServerCore;
  /** The signed-in user. */
  readonly userId: bigint;
}
