import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { MessagesSchema } from "../../../../gen/osmium/client/messages_pb.js";
import { ChatRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import {
  type CommunityMember,
  CommunityPermission,
  type Message as ChatMessage,
  MessageSchema,
  RelationshipStatus,
} from "../../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor, requireChatPermission } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import { readMarkerKey } from "../state/chat-keys.js";
import { forbidden, notFound, rateLimited } from "../core/errors.js";
import type { CallContext } from "../../handlers/context.js";
import { hasPermission } from "../access/permissions.js";
import type { ChatLog, ServerState } from "../state/server-state.js";
import { memberView, messageView, unreadCount, userView, usersView } from "../views/views.js";
import { messageReactionsView } from "./reactions.js";

// The life of a chat's log: who may post, appending (with the messageCreated push), finding
// messages, read markers, and the `Messages` result every history-like call answers.

/** A message found in its chat's log. */
export interface LocatedMessage {
  log: ChatLog;
  index: number;
  message: ChatMessage;
}

/** A message of `target` by id; 404 when the chat has no such message. */
export function findMessage(state: ServerState, target: ChatTarget, messageId: bigint, argument = "message_id"): LocatedMessage {
  const log = state.chats.get(target.key);
  const index = log ? indexOfMessage(log, messageId) : -1;
  const message = log?.messages[index];
  if (!log || !message) throw notFound(`${argument}: no message ${messageId} in this chat`);
  return { log, index, message };
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

/** Whether either user has blocked the other. */
export function isBlocked(state: ServerState, a: bigint, b: bigint): boolean {
  return (
    state.accounts.get(a)?.relationships.get(b) === RelationshipStatus.BLOCKED ||
    state.accounts.get(b)?.relationships.get(a) === RelationshipStatus.BLOCKED
  );
}

/** 403 in a DM where either side has blocked the other (the message does not say who blocked whom). */
export function requireNotBlocked(ctx: CallContext, target: ChatTarget, action: string): void {
  if (target.kind === "dm" && target.peerId !== undefined && isBlocked(ctx.core.state, ctx.userId, target.peerId)) {
    throw forbidden(`${action} is not possible: one of you has blocked the other`);
  }
}

/**
 * 403/429 unless the caller may post in `target` now: SEND_MESSAGES in channels, no block in
 * DMs, and the channel's slow mode.
 */
export function requireCanPost(ctx: CallContext, target: ChatTarget, action = "sending messages"): void {
  requireChatPermission(target, CommunityPermission.SEND_MESSAGES, action);
  requireNotBlocked(ctx, target, action);
  const seconds = target.channel?.slowmodeSeconds ?? 0;
  // Slow mode as in Discord: per user and channel; moderators (MODIFY_CHANNEL or DELETE_MESSAGES,
  // hence ADMINISTRATOR and the owner) are exempt.
  if (seconds <= 0) return;
  if (hasPermission(target.permissions, CommunityPermission.MODIFY_CHANNEL)) return;
  if (hasPermission(target.permissions, CommunityPermission.DELETE_MESSAGES)) return;
  const last = ctx.core.state.chats.get(target.key)?.lastSentAt.get(ctx.userId);
  if (last === undefined) return;
  const waitMs = last + seconds * 1000 - ctx.core.now();
  if (waitMs > 0) throw rateLimited(`slow mode: wait ${Math.ceil(waitMs / 1000)} more seconds before sending in this channel`);
}

/** What {@link postMessage} records besides the message. */
export interface PostOptions {
  /** Echoed to the author's sessions in `messageCreated.client_id`. */
  clientId?: bigint;
  /** Users the message mentions (unread mentions until they read past it). */
  mentions?: Set<bigint>;
  /** Set on forwarded copies: who forwarded it. */
  forwardedBy?: bigint;
}

/**
 * Appends a message by the caller (or, for forwards, `message.authorId`) to `target` and pushes
 * `messageCreated` to the chat's audience, the sender's own sessions included. Sending reads the
 * chat up to the new message for the sender, as real clients and servers do.
 */
export function postMessage(
  ctx: CallContext,
  target: ChatTarget,
  init: MessageInitShape<typeof MessageSchema>,
  options: PostOptions = {},
): ChatMessage {
  const { core } = ctx;
  const state = core.state;
  const log = state.chatLog(target.key);
  const message = create(MessageSchema, init);
  // Forwarded copies name their original author; everything else is the caller's.
  if (init.authorId === undefined) message.authorId = ctx.userId;
  message.messageId = core.nextId();
  message.chatRef = create(ChatRefSchema, refFor(target, ctx.userId));
  log.messages.push(message);
  state.messageMeta.set(message.messageId, {
    sentAt: core.nowMs(),
    ...(options.forwardedBy !== undefined ? { forwardedBy: options.forwardedBy } : {}),
  });
  if (options.mentions?.size) log.mentions.set(message.messageId, new Set(options.mentions));
  log.lastSentAt.set(ctx.userId, core.now());
  advanceReadMarker(state, target, ctx.userId, message.messageId);
  const author = userView(state, message.authorId);
  core.pushTo(chatAudience(target), (userId) => ({
    update: {
      case: "messageCreated",
      value: {
        message: messageView(message, target, userId),
        channelUnreadCount: unreadCount(state, target, userId),
        author,
        // The nonce is the sender's: only their sessions can match it to a local copy.
        ...(options.clientId !== undefined && userId === ctx.userId ? { clientId: options.clientId } : {}),
      },
    },
  }));
  return message;
}

/**
 * Moves `userId`'s read marker in `target` forward to `messageId` (never backwards) and clears
 * their mentions up to it. Returns whether the marker moved.
 */
export function advanceReadMarker(state: ServerState, target: ChatTarget, userId: bigint, messageId: bigint): boolean {
  const key = readMarkerKey(userId, target.key);
  if (messageId <= (state.readMarkers.get(key) ?? 0n)) return false;
  state.readMarkers.set(key, messageId);
  const log = state.chats.get(target.key);
  for (const [id, users] of log?.mentions ?? []) {
    if (id > messageId) continue;
    users.delete(userId);
    if (users.size === 0) log?.mentions.delete(id);
  }
  return true;
}

/** A message with the chat it belongs to (search may span several channels). */
export interface MessageInChat {
  message: ChatMessage;
  target: ChatTarget;
}

/** The `Messages` result for `viewerId`: the messages, their authors, channel members and reactions. */
export function messagesResult(state: ServerState, entries: MessageInChat[], viewerId: bigint): MessageInitShape<typeof MessagesSchema> {
  const members = new Map<string, CommunityMember>();
  const reactions = [];
  for (const { message, target } of entries) {
    const community = target.community;
    if (community?.members.has(message.authorId)) {
      members.set(`${community.id}:${message.authorId}`, memberView(community, message.authorId));
    }
    const log = state.chats.get(target.key);
    const view = log && messageReactionsView(log, message.messageId, viewerId);
    if (view) reactions.push(view);
  }
  return {
    messages: entries.map(({ message, target }) => messageView(message, target, viewerId)),
    users: usersView(state, entries.map(({ message }) => message.authorId)),
    members: [...members.values()],
    reactions,
  };
}
