import type { Transport } from "../transport/transport.js";
import type { BackoffPolicy } from "./backoff.js";
import type { ClientIdentity } from "./handshake.js";
import type { KeepalivePolicy } from "./keepalive.js";

/** The reconnect policy, resolved. */
export interface ReconnectPolicy extends BackoffPolicy {
  /** Consecutive attempts before giving up. */
  readonly maxAttempts: number;
  /** Ready time after which a connection counts as healthy and the backoff starts over. */
  readonly resetAfterMs: number;
}

/** The connection's settings, resolved once from the client options (so no call merges options). */
export interface ConnectionConfig {
  readonly transport: Transport;
  readonly identity: ClientIdentity;
  readonly requestTimeoutMs: number;
  readonly connectTimeoutMs: number;
  /** How long close() waits for the peer's answer before dropping the transport. */
  readonly closeTimeoutMs: number;
  /** Where the transport connects, as errors name it: the URL, or "the transport". */
  readonly target: string;
  /** Whether a first connect() that cannot reach the server keeps retrying instead of failing. */
  readonly retryFirstConnect: boolean;
  /** `undefined`: never reconnect. */
  readonly reconnect: ReconnectPolicy | undefined;
  readonly failFast: boolean;
  readonly maxQueuedCalls: number;
  /** `undefined`: no keepalive. */
  readonly keepalive: KeepalivePolicy | undefined;
  readonly watchNetwork: boolean;
  /** Largest frame sent or accepted, in bytes. */
  readonly maxFrameBytes: number;
  /** Debug sink; `undefined` when debugging is off, so log lines are never even built. */
  readonly log: ((line: string) => void) | undefined;
}
