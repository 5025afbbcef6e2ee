import type { MessageInitShape } from "@bufbuild/protobuf";
import type { AuthorizationSchema, SessionSchema } from "../../../../gen/osmium/client/auth_pb.js";
import { ownSessions } from "../audiences/audiences.js";
import type { ServerConnection } from "../core/connection.js";
import { randomToken } from "../core/crypto.js";
import type { ServerCore } from "../core/server-core.js";
import type { SessionRecord } from "../state/server-state.js";
import { userView } from "../views/users.js";
import { leaveRooms } from "../voice/rooms.js";

// Sessions: what a token stands for. A connection is bound to one by signing in, signing up or
// authorizing; revoking a session closes its connections; a session's last connection closing
// takes it out of its voice rooms.

/** The device info a session records, as `core.initialize` gave it. */
type DeviceInfo = Pick<SessionRecord, "clientId" | "deviceType" | "deviceVersion" | "appVersion">;

/** Opens a session (a token) for an account. */
export function createSession(
  core: ServerCore,
  userId: bigint,
  client: DeviceInfo = { clientId: 0, deviceType: "", deviceVersion: "", appVersion: "" },
): SessionRecord {
  const session: SessionRecord = { id: core.nextId(), userId, token: randomToken(), ...client, lastActive: core.nowMs() };
  core.state.sessions.set(session.id, session);
  core.state.sessionsByToken.set(session.token, session);
  return session;
}

/** A new session carrying the device info `connection` gave at `core.initialize`. */
export function sessionFor(core: ServerCore, connection: ServerConnection, userId: bigint): SessionRecord {
  const client = connection.client;
  return createSession(core, userId, {
    clientId: client?.clientId ?? 0,
    deviceType: client?.deviceType ?? "",
    deviceVersion: client?.deviceVersion ?? "",
    appVersion: client?.appVersion ?? "",
  });
}

/** Binds `connection` to `session` and returns the `Authorization` result. */
export function authorizeConnection(
  core: ServerCore,
  connection: ServerConnection,
  session: SessionRecord,
): MessageInitShape<typeof AuthorizationSchema> {
  // A user held offline (fault injection) is turned away with "try again later", so clients retry.
  if (core.offline.has(session.userId)) connection.close(1013, "try again later");
  connection.session = session;
  session.lastActive = core.nowMs();
  return { token: session.token, user: userView(core.state, session.userId), sessionId: session.id };
}

/** The sessions of a user, oldest first. */
export function sessionsOf(core: ServerCore, userId: bigint): SessionRecord[] {
  return [...core.state.sessions.values()].filter((s) => s.userId === userId).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The protocol's `Session` of a session. */
export function sessionView(session: SessionRecord): MessageInitShape<typeof SessionSchema> {
  return {
    id: session.id,
    clientId: session.clientId,
    deviceType: session.deviceType,
    deviceVersion: session.deviceVersion,
    // Initialize carries no app name; the server has nothing to report.
    appName: "",
    appVersion: session.appVersion,
    // Milliseconds, like every timestamp of this server (docs/protocol.md#timestamps).
    lastActive: session.lastActive,
  };
}

/**
 * Ends a session: its token stops working, its connections lose their authorization and close,
 * and it leaves every voice room (the room's chat audience gets `roomState`; its own closed
 * connections get nothing).
 */
export function endSession(core: ServerCore, session: SessionRecord): void {
  core.state.sessions.delete(session.id);
  core.state.sessionsByToken.delete(session.token);
  for (const c of core.connections) {
    if (c.session?.id === session.id) {
      c.session = undefined;
      // 4001: the application-level "session revoked" close, so the client stops reconnecting with this token.
      c.close(4001, "session revoked");
    }
  }
  // Done here, not when the connections finish closing: by then they no longer name the session.
  const sessionId = String(session.id);
  leaveRooms(core, (id) => id === sessionId);
}

/**
 * Revokes sessions: every session of their user (the revoked ones included, so they know why they
 * are closed) gets `sessionDeleted`, then the tokens stop working and their connections close (4001).
 * The calling `connection`'s own session ends only after the call is answered, so a client that
 * signs itself out still gets its result before the close.
 */
export function revokeSessions(core: ServerCore, connection: ServerConnection, sessions: Iterable<SessionRecord>): void {
  for (const session of sessions) {
    core.pushTo(ownSessions(session.userId), { update: { case: "sessionDeleted", value: { sessionId: session.id } } });
    if (session.id === connection.session?.id) connection.queue = connection.queue.then(() => endSession(core, session));
    else endSession(core, session);
  }
}

/**
 * The one place where a closed connection is forgotten; `TestServer` calls it exactly once per
 * connection, however it closed (the client went away, `dropConnections`, `close()`, a revoked
 * session). State that lives only while a session is connected goes with its last connection:
 * today that is voice room membership (a `roomState` goes to each room's chat audience).
 */
export function connectionClosed(core: ServerCore, connection: ServerConnection): void {
  const session = core.disconnect(connection);
  if (!session) return;
  const sessionId = String(session.id);
  leaveRooms(core, (id) => id === sessionId);
}
