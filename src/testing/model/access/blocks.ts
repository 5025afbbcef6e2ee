import { RelationshipStatus } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { forbidden } from "../core/errors.js";
import type { ServerState } from "../state/server-state.js";
import type { ChatTarget } from "./chat-target.js";

// Blocks between users. A block by either side refuses what one user does to the other (posting,
// typing, reacting and calling in their DM; adding to a group); a refusal never says who blocked whom.

/** Whether `userId` has blocked `otherId`. */
export function hasBlocked(state: ServerState, userId: bigint, otherId: bigint): boolean {
  return state.accounts.get(userId)?.relationships.get(otherId) === RelationshipStatus.BLOCKED;
}

/** Whether either user has blocked the other. */
export function isBlocked(state: ServerState, a: bigint, b: bigint): boolean {
  return hasBlocked(state, a, b) || hasBlocked(state, b, a);
}

/** 403 in a DM where either side has blocked the other. */
export function requireNotBlocked(caller: Caller, target: ChatTarget, action: string): void {
  if (target.kind === "dm" && target.peerId !== undefined && isBlocked(caller.core.state, caller.userId, target.peerId)) {
    throw forbidden(`${action} is not possible: one of you has blocked the other`);
  }
}
