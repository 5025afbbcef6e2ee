// The typing indicator around a piece of work. The protocol documents no server-side expiry
// (docs/protocol.md "Chats": a client sends `typing: false` itself), and clients commonly expire indicators after a
// few seconds, so it is refreshed while the work runs and always cleared after.
import type { RequestInit } from "../protocol/request-init.js";
import type { TypingAction } from "../../gen/osmium/client/chats_pb.js";
import type { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import { setTyping } from "../../gen/osmium/rpc.js";
import { InvalidArgumentError, OsmiumError } from "../errors.js";
import type { RpcClient } from "../rpc-client.js";

/** Options of `client.typing()`. */
export interface TypingOptions {
  /** What the indicator shows. @default TypingAction.TYPING */
  readonly action?: TypingAction;
  /** How often `typing = true` is sent again while the work runs. @default 5_000 */
  readonly intervalMs?: number;
  /**
   * Receives failures of the indicator's own calls, which never change the outcome of the work.
   * @default ignored by the standalone function; `client.typing()` emits them as `error` events
   */
  readonly onError?: (error: OsmiumError) => void;
}

/**
 * Shows the current user typing in `chatRef` while `work` runs: sends `typing = true` at once
 * (without waiting for it), again every `intervalMs`, and `typing = false` when `work` settles,
 * whether it returned or threw. Resolves or rejects as `work` did, once the clearing call settled.
 */
export async function withTyping<T>(
  client: RpcClient,
  chatRef: RequestInit<typeof ChatRefSchema>,
  work: () => T | PromiseLike<T>,
  options: TypingOptions = {},
): Promise<T> {
  if (typeof work !== "function") throw new InvalidArgumentError("work", "must be a function");
  const intervalMs = options.intervalMs ?? 5_000;
  if (typeof intervalMs !== "number" || !(intervalMs > 0) || !Number.isFinite(intervalMs)) throw new InvalidArgumentError("intervalMs", "must be a positive number");
  const action = options.action === undefined ? {} : { action: options.action };
  const report = (error: unknown) => options.onError?.(OsmiumError.from(error));
  const set = (typing: boolean) => setTyping(client, { chatRef, typing, ...action }).catch(report);
  let last = set(true);
  const timer = setInterval(() => {
    last = set(true);
  }, intervalMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    // After the last `true` settled, so that `false` cannot overtake it.
    await last;
    await set(false);
  }
}
