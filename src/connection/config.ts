import type { Transport } from "../transport/transport.js";
import type { BackoffPolicy } from "./backoff.js";
import type { ClientIdentity } from "./handshake.js";
import type { KeepalivePolicy } from "./keepalive.js";

/** The connection's settings, resolved once from the client options (so no call merges options). */
export interface ConnectionConfig {
  readonly transport: Transport;
  readonly identity: ClientIdentity;
  readonly requestTimeoutMs: number;
  readonly connectTimeoutMs: number;
  /** `undefined`: never reconnect. */
  readonly reconnect: (BackoffPolicy & { readonly maxAttempts: number }) | undefined;
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
