import { CommunityPermission as P, type Message as ChatMessage } from "../../../../gen/osmium/client/types_pb.js";
import { ChannelType } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { badRequest, forbidden, notFound, rateLimited } from "../core/errors.js";
import type { AccountRecord, GroupRecord } from "../state/server-state.js";
import { isBlocked, requireNotBlocked } from "./blocks.js";
import type { ChatTarget } from "./chat-target.js";
import { hasPermission } from "./permissions.js";

// Who may do what in a chat: DMs, the self chat, groups and channels. In a channel an action needs
// its permission bit there (the table below); outside communities every bit is held, and a block
// between the two sides of a DM refuses what one does to the other. Groups have one privileged
// participant, their owner.

/** Each chat action: the bit it needs in channels, how a refusal names it, and how a block refusal names it (DMs only). */
const ACTIONS = {
  send: { flag: P.SEND_MESSAGES, what: "sending messages", blocked: "sending messages" },
  forward: { flag: P.SEND_MESSAGES, what: "forwarding messages", blocked: "forwarding messages" },
  type: { flag: P.SEND_MESSAGES, what: "typing", blocked: "typing" },
  react: { flag: P.ADD_REACTIONS, what: "adding reactions", blocked: "reacting" },
  attachMedia: { flag: P.SEND_MEDIA, what: "attaching media" },
  forwardMedia: { flag: P.SEND_MEDIA, what: "forwarding media" },
  deleteOthers: { flag: P.DELETE_MESSAGES, what: "deleting other users' messages" },
  // Outside communities every participant may pin (DMs and groups have no moderators but the group owner).
  pin: { flag: P.PIN_MESSAGES, what: "pinning messages" },
  highlight: { flag: P.MODIFY_CHANNEL, what: "changing the highlighted message" },
  joinVoice: { flag: P.CONNECT_VOICE, what: "joining voice", blocked: "calling" },
} as const satisfies Record<string, { flag: P; what: string; blocked?: string }>;

/** An action of {@link ACTIONS}. */
export type ChatAction = keyof typeof ACTIONS;

/** 403 unless the caller may do `action` in `target`: its bit in a channel, no block in a DM. */
export function requireChatAction(caller: Caller, target: ChatTarget, action: ChatAction): void {
  const rule: { flag: P; what: string; blocked?: string } = ACTIONS[action];
  if (!hasPermission(target.permissions, rule.flag)) throw forbidden(`${rule.what} needs the ${P[rule.flag]} permission`);
  if (rule.blocked !== undefined) requireNotBlocked(caller, target, rule.blocked);
}

/** Whether the caller may attach media in `target` (an automatic link embed needs it too). */
export const mayAttachMedia = (target: ChatTarget): boolean => hasPermission(target.permissions, P.SEND_MEDIA);

/** Whether the caller speaks in `target`'s voice room; a participant without SPEAK_VOICE joins muted. */
export const maySpeak = (target: ChatTarget): boolean => hasPermission(target.permissions, P.SPEAK_VOICE);

/**
 * 403/429 unless the caller may post in `target` now (`send`, or `forward`): the action's rule, then
 * the channel's slow mode, as in Discord: per user and channel; moderators (MODIFY_CHANNEL or
 * DELETE_MESSAGES, hence ADMINISTRATOR and the owner) are exempt.
 */
export function requireCanPost(caller: Caller, target: ChatTarget, action: "send" | "forward" = "send"): void {
  requireChatAction(caller, target, action);
  const seconds = target.channel?.slowmodeSeconds ?? 0;
  if (seconds <= 0) return;
  if (hasPermission(target.permissions, P.MODIFY_CHANNEL)) return;
  if (hasPermission(target.permissions, P.DELETE_MESSAGES)) return;
  const last = caller.core.state.chats.get(target.key)?.lastSentAt.get(caller.userId);
  if (last === undefined) return;
  const waitMs = last + seconds * 1000 - caller.core.now();
  if (waitMs > 0) throw rateLimited(`slow mode: wait ${Math.ceil(waitMs / 1000)} more seconds before sending in this channel`);
}

/** Whether the caller owns this copy of a message: its author, or the one who forwarded it here. */
function ownsMessage(caller: Caller, message: ChatMessage): boolean {
  const forwardedBy = caller.core.state.messageMeta.get(message.messageId)?.forwardedBy;
  return forwardedBy !== undefined ? forwardedBy === caller.userId : message.authorId === caller.userId;
}

/**
 * 403 unless the caller may delete all of `messages` in `target`. One's own messages (for a
 * forwarded copy, the one who forwarded it) always; others' need DELETE_MESSAGES in a channel, or
 * being the group owner in a group; never in a DM.
 */
export function requireCanDelete(caller: Caller, target: ChatTarget, messages: readonly ChatMessage[]): void {
  if (messages.every((m) => ownsMessage(caller, m))) return;
  switch (target.kind) {
    case "channel":
      return requireChatAction(caller, target, "deleteOthers");
    case "group":
      // The group's owner moderates it, as its only privileged member.
      if (target.group?.ownerId !== caller.userId) throw forbidden("only the group owner can delete other participants' messages");
      return;
    default:
      throw forbidden("in a direct chat you can only delete your own messages");
  }
}

/**
 * 403 unless the caller may edit `message`: only its author, even in channels (no permission bit
 * grants editing others' messages); forwarded copies never.
 */
export function requireCanEdit(caller: Caller, target: ChatTarget, message: ChatMessage): void {
  if (caller.core.state.messageMeta.get(message.messageId)?.forwardedBy !== undefined) throw forbidden("forwarded messages cannot be edited");
  if (message.authorId !== caller.userId) throw forbidden("only the author can edit a message");
  // An edit reaches the other side like a new message: a block refuses it as it refuses posting.
  requireNotBlocked(caller, target, "editing messages");
}

/** 403 unless `account` is a bot: only bots may show a message under another name (`bot_info`). */
export function requireBot(account: AccountRecord): void {
  if (!account.user.bot) throw forbidden("bot_info is only for bot accounts");
}

/** Forwarding posts in the destination (as sending, slow mode included); forwarding files needs SEND_MEDIA there too. */
export function requireCanForward(caller: Caller, destination: ChatTarget, messages: readonly ChatMessage[]): void {
  requireCanPost(caller, destination, "forward");
  if (messages.some((message) => message.media.some((m) => m.media.case === "file"))) requireChatAction(caller, destination, "forwardMedia");
}

/** 400 when the caller reports their own message (reporting is for others' messages). */
export function requireCanReport(caller: Caller, message: ChatMessage): void {
  if (message.authorId === caller.userId) throw badRequest("you cannot report your own message");
}

/**
 * 400/403 unless the caller may join a voice room in `target`: not the self chat; no block in a
 * DM; any group; in a channel, a voice channel (Discord-like: text channels have no room) and
 * CONNECT_VOICE.
 */
export function requireCanJoinVoice(caller: Caller, target: ChatTarget): void {
  switch (target.kind) {
    case "self":
      throw badRequest("chat_ref: the self chat has no voice room");
    case "dm":
    case "group":
      return requireChatAction(caller, target, "joinVoice");
    case "channel":
      if (target.channel?.type !== ChannelType.VOICE) throw badRequest(`chat_ref: channel ${target.channel?.id} is not a voice channel`);
      return requireChatAction(caller, target, "joinVoice");
  }
}

// Groups.

/** 403 unless the caller owns `group`: only the owner edits it and adds or removes others. */
export function requireGroupOwner(caller: Caller, group: GroupRecord, action: string): void {
  if (group.ownerId !== caller.userId) throw forbidden(`only the group owner can ${action}`);
}

/** The owner removes anyone; anyone removes themself (leaves). */
export function requireCanRemoveFromGroup(caller: Caller, group: GroupRecord, userId: bigint): void {
  if (userId !== caller.userId) requireGroupOwner(caller, group, "remove other members");
}

/** 404 for an unknown user, 403 when they and the caller have blocked one another: nobody is pulled into a group with someone they blocked. */
export function requireCanAddToGroup(caller: Caller, userId: bigint, argument: string): void {
  if (!caller.core.state.accounts.has(userId)) throw notFound(`${argument}: no user ${userId}`);
  if (isBlocked(caller.core.state, caller.userId, userId)) throw forbidden(`${argument}: user ${userId} cannot be added (blocked)`);
}
