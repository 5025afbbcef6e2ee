import { ownSessions } from "../audiences/audiences.js";
import type { ServerConnection } from "../core/connection.js";
import type { ServerCore } from "../core/server-core.js";
import type { SessionRecord } from "../state/server-state.js";
import { leaveRooms } from "../voice/rooms.js";
import { endSession } from "./accounts.js";

/** The sessions of a user, oldest first. */
export function sessionsOf(core: ServerCore, userId: bigint): SessionRecord[] {
  return [...core.state.sessions.values()].filter((s) => s.userId === userId).sort((a, b) => (a.id < b.id ? -1 : 1));
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
