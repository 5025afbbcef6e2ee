import type { Message as ChatMessage } from "../../../../gen/osmium/client/types_pb.js";
import type { ChatTarget } from "../access/chat-target.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ChatLog, ServerState } from "../state/server-state.js";

// A chat's log: its messages in id order and the per-message state beside them (pins, reactions,
// unread mentions, server-side facts). Finding messages and taking them out happen here.

/** Most message ids one delete or forward call may name. */
export const MAX_IDS_PER_CALL = 100;

/** A message found in its chat's log. */
export interface LocatedMessage {
  log: ChatLog;
  index: number;
  message: ChatMessage;
}

/** Index of a message in a log (binary search: logs are in id order), or -1. */
export function indexOfMessage(log: ChatLog, messageId: bigint): number {
  let lo = 0;
  let hi = log.messages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = log.messages[mid]?.messageId ?? 0n;
    if (id === messageId) return mid;
    if (id < messageId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A message of `target` by id; 404 when the chat has no such message. */
export function findMessage(state: ServerState, target: ChatTarget, messageId: bigint, argument = "message_id"): LocatedMessage {
  const log = state.chats.get(target.key);
  const index = log ? indexOfMessage(log, messageId) : -1;
  const message = log?.messages[index];
  if (!log || !message) throw notFound(`${argument}: no message ${messageId} in this chat`);
  return { log, index, message };
}

/** 400 unless `ids` is a non-empty list within the per-call limit; returns them deduplicated, oldest first. */
export function checkMessageIds(ids: bigint[], argument = "message_ids"): bigint[] {
  if (ids.length === 0) throw badRequest(`${argument} must not be empty`);
  if (ids.length > MAX_IDS_PER_CALL) throw badRequest(`${argument} has more than ${MAX_IDS_PER_CALL} ids`);
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The messages `ids` of `target`, all of them (404 for any that is not in the chat). */
export function findMessages(state: ServerState, target: ChatTarget, ids: bigint[]): LocatedMessage[] {
  return checkMessageIds(ids).map((id) => findMessage(state, target, id, "message_ids"));
}

/** Takes messages out of `log` with everything kept beside them (pins, reactions, mentions, server-side facts). */
export function removeMessages(state: ServerState, log: ChatLog, ids: ReadonlySet<bigint>): void {
  log.messages = log.messages.filter((m) => !ids.has(m.messageId));
  for (const id of ids) {
    log.pinned.delete(id);
    log.reactions.delete(id);
    log.mentions.delete(id);
    state.messageMeta.delete(id);
  }
}
