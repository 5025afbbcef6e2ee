import type { Caller } from "../core/caller.js";
import { forbidden, notFound } from "../core/errors.js";
import type { SessionRecord, StickerPackRecord } from "../state/server-state.js";

// What only its owner may touch: a user's sessions and sticker packs.

/** One of the caller's sessions by id; another user's session answers 404 like an unknown one (session ids are not for probing). */
export function requireOwnSession(caller: Caller, sessionId: bigint, argument = "session_ids"): SessionRecord {
  const session = caller.core.state.sessions.get(sessionId);
  if (!session || session.userId !== caller.userId) throw notFound(`${argument}: no session ${sessionId}`);
  return session;
}

/** 403 unless the caller owns `pack`: packs are public to read, and only their owner changes them. */
export function requirePackOwner(caller: Caller, pack: StickerPackRecord): void {
  if (pack.ownerId !== caller.userId) throw forbidden("only the pack's owner can change it");
}
