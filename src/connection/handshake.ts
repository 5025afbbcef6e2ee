// The handshake (docs/protocol.md#handshake): on open, `core.initialize`, then `auth.authorize` when a
// token is known; only then is the connection ready. This mirrors the official SDK's order.
import type { Authorization } from "../../gen/osmium/client/auth_pb.js";
import type { Initialized } from "../../gen/osmium/client/core_pb.js";
import type { User } from "../../gen/osmium/client/types_pb.js";

/** What `connect()` resolves with and the `ready` event carries. */
export interface ReadyInfo {
  /** The server's answer to `core.initialize` (entrypoints, VAPID key). */
  readonly initialized: Initialized;
  /** The authorized user, when a token was known and accepted. */
  readonly user?: User;
  /** The authorized session's id, when a token was known and accepted. */
  readonly sessionId?: bigint;
}

/** The `core.initialize` fields the client sends on every (re)connection. */
export interface ClientIdentity {
  readonly clientId: number;
  readonly deviceType: string;
  readonly deviceVersion: string;
  readonly appVersion: string;
  readonly noSubscribe: boolean;
}

/** Sends one handshake call on the opening connection (bypassing the reconnect queue). */
export type HandshakeInvoke = (requestCase: "coreInitialize" | "authAuthorize", request: object) => Promise<unknown>;

/**
 * Runs the handshake and returns what the connection is ready with. Rejects with the first call's
 * error: an RpcError from `auth.authorize` means the token was refused.
 */
export async function handshake(invoke: HandshakeInvoke, identity: ClientIdentity, token: string | undefined): Promise<{ info: ReadyInfo; authorization?: Authorization }> {
  const initialized = (await invoke("coreInitialize", identity)) as Initialized;
  if (token === undefined) return { info: { initialized } };
  const authorization = (await invoke("authAuthorize", { token })) as Authorization;
  const info: ReadyInfo = authorization.user === undefined
    ? { initialized, sessionId: authorization.sessionId }
    : { initialized, user: authorization.user, sessionId: authorization.sessionId };
  return { info, authorization };
}
