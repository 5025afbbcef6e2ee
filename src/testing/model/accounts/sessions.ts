import { endSession } from "./accounts.js";
import { ownSessions } from "../audiences/audiences.js";
import type { ServerCore } from "../core/server-core.js";
import type { CallContext } from "../../handlers/context.js";
import type { SessionRecord } from "../state/server-state.js";

/** The sessions of a user, oldest first. */
export function sessionsOf(core: ServerCore, userId: bigint): SessionRecord[] {
  return [...core.state.sessions.values()].filter((s) => s.userId === userId).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Revokes sessions: every session of their user (the revoked ones included, so they know why they
 * are closed) gets `sessionDeleted`, then the tokens stop working and their connections close (4001).
 * The calling connection's own session ends only after the call is answered, so a client that
 * signs itself out still gets its result before the close.
 */
export function revokeSessions(ctx: CallContext, sessions: Iterable<SessionRecord>): void {
  const { core, connection } = ctx;
  for (const session of sessions) {
    core.pushTo(ownSessions(session.userId), { update: { case: "sessionDeleted", value: { sessionId: session.id } } });
    if (session.id === connection.session?.id) connection.queue = connection.queue.then(() => endSession(core, session));
    else endSession(core, session);
  }
}
