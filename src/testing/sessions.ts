import { endSession } from "./accounts.js";
import { ownSessions } from "./audiences.js";
import type { ServerCore } from "./core.js";
import type { SessionRecord } from "./state.js";

/** The sessions of a user, oldest first. */
export function sessionsOf(core: ServerCore, userId: bigint): SessionRecord[] {
  return [...core.state.sessions.values()].filter((s) => s.userId === userId).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Revokes a session: every session of the user (the revoked one included, so it knows why it is
 * closed) gets `sessionDeleted`, then its token stops working and its connections close (4001).
 */
export function revokeSession(core: ServerCore, session: SessionRecord): void {
  core.pushTo(ownSessions(session.userId), { update: { case: "sessionDeleted", value: { sessionId: session.id } } });
  endSession(core, session);
}
