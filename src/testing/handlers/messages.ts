import type { MessageInitShape } from "@bufbuild/protobuf";
import type { SendMessage } from "../../../gen/osmium/client/messages_pb.js";
import { CommunityPermission, type MessageSchema } from "../../../gen/osmium/client/types_pb.js";
import { type ChatTarget, refFor, requireChatPermission, resolveChat } from "../model/access/chat-target.js";
import { chatAudience } from "../model/audiences/audiences.js";
import { readMarkerKey } from "../model/state/chat-keys.js";
import { validateName } from "../model/communities/communities.js";
import { badRequest, forbidden } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { requireFile } from "../model/media/file-store.js";
import { codePoints } from "../model/core/text.js";
import { messageView } from "../model/views/views.js";
import { findMessage, type LocatedMessage, postMessage, requireCanPost } from "../model/chats/chat-log.js";
import { autoEmbed, buildMedia, mentionedUsers, validateEntities, validateText } from "../model/chats/message-content.js";

// messages.*: writing to chats (send, edit, delete, forward, pin, report). Reading lives in history.ts.

/** Most message ids one delete or forward call may name. */
const MAX_IDS_PER_CALL = 100;
/** Most pinned messages a chat may hold (Discord's limit). */
const MAX_PINS = 50;

type MessageInit = MessageInitShape<typeof MessageSchema>;

/** 400 unless `ids` is a non-empty list within the per-call limit; returns them deduplicated, oldest first. */
function messageIds(ids: bigint[], argument = "message_ids"): bigint[] {
  if (ids.length === 0) throw badRequest(`${argument} must not be empty`);
  if (ids.length > MAX_IDS_PER_CALL) throw badRequest(`${argument} has more than ${MAX_IDS_PER_CALL} ids`);
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `Message.reply` of a send: the replied-to message must be in the same chat; a quote must be part of it. */
function replyInfo(ctx: CallContext, target: ChatTarget, request: SendMessage): Pick<MessageInit, "reply" | "replyTo"> {
  // Older clients still send the deprecated reply_to_old.
  const id = request.replyTo?.messageId ?? request.replyToOld;
  if (id === undefined) return {};
  const { message: original } = findMessage(ctx.core.state, target, id, "reply_to");
  const quote = request.replyTo?.quote;
  if (quote) {
    if (!quote.message) throw badRequest("reply_to.quote.message must not be empty");
    validateEntities(quote.entities, quote.message, "reply_to.quote.entities");
    // The quote's offset counts code points, like entity positions.
    const found =
      quote.offset !== undefined
        ? [...original.message].slice(Number(quote.offset), Number(quote.offset) + codePoints(quote.message)).join("") === quote.message
        : original.message.includes(quote.message);
    if (!found) throw badRequest(`reply_to.quote is not part of message ${id}`);
  }
  // The deprecated reply_to is kept in step for clients that still read it.
  const quoted = quote && { message: quote.message, entities: quote.entities, ...(quote.offset !== undefined ? { offset: quote.offset } : {}) };
  return { reply: { messageId: id, ...(quoted ? { quote: quoted } : {}) }, replyTo: id };
}

/** `Message.bot_info` of a send: only bot accounts may display a message under another name. */
function botInfo(ctx: CallContext, request: SendMessage): Pick<MessageInit, "botInfo"> {
  const cloak = request.botInfo?.cloak;
  if (!request.botInfo) return {};
  if (!ctx.account.user.bot) throw forbidden("bot_info is only for bot accounts");
  if (!cloak) return { botInfo: {} };
  const name = validateName(ctx.core, cloak.name, "bot_info.cloak.name");
  const photo = cloak.photoId !== undefined ? { photo: { fileId: requireFile(ctx.core, cloak.photoId, "bot_info.cloak.photo_id").id } } : {};
  return { botInfo: { cloak: { name, ...photo } } };
}

/** Whether the caller owns this copy of a message: its author, or the one who forwarded it here. */
function ownsMessage(ctx: CallContext, { message }: LocatedMessage): boolean {
  const forwardedBy = ctx.core.state.messageMeta.get(message.messageId)?.forwardedBy;
  return forwardedBy !== undefined ? forwardedBy === ctx.userId : message.authorId === ctx.userId;
}

/** 403 unless the caller may delete someone else's message in `target`. */
function requireModerator(target: ChatTarget, ctx: CallContext): void {
  switch (target.kind) {
    case "channel":
      return requireChatPermission(target, CommunityPermission.DELETE_MESSAGES, "deleting other users' messages");
    case "group":
      // The group's owner moderates it, as its only privileged member.
      if (target.group?.ownerId !== ctx.userId) throw forbidden("only the group owner can delete other participants' messages");
      return;
    default:
      throw forbidden("in a direct chat you can only delete your own messages");
  }
}

/** `messages.*` calls that write. */
export const messageWriteHandlers: Pick<
  NamespaceHandlers<"messages">,
  | "messagesSendMessage"
  | "messagesEditMessage"
  | "messagesDeleteMessage"
  | "messagesForwardMessage"
  | "messagesSetMessagePin"
  | "messagesReportMessage"
> = {
  messagesSendMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    requireCanPost(ctx, target);
    const text = request.message;
    validateText(ctx, text);
    validateEntities(request.entities, text);
    if (!text.trim() && request.media.length === 0) throw badRequest("message must not be empty unless media is attached");
    const reply = replyInfo(ctx, target, request);
    const bot = botInfo(ctx, request);
    // Uploads are consumed last, once everything else is known to be valid.
    const media = buildMedia(ctx, target, request.media);
    media.push(...autoEmbed(target, text, request.entities, media, request.suppressEmbeds));
    const message = postMessage(
      ctx,
      target,
      { message: text, entities: request.entities, media, ...reply, ...bot },
      {
        mentions: mentionedUsers(ctx.core.state, target, text, request.entities, ctx.userId),
        ...(request.clientId !== undefined ? { clientId: request.clientId } : {}),
      },
    );
    return { messageId: message.messageId };
  },

  messagesEditMessage(request, ctx) {
    const state = ctx.core.state;
    const target = resolveChat(ctx, request.chatRef);
    const located = findMessage(state, target, request.messageId);
    const { log, message } = located;
    if (state.messageMeta.get(message.messageId)?.forwardedBy !== undefined) throw forbidden("forwarded messages cannot be edited");
    // Only the author edits text, even in channels: no permission bit grants editing others' messages.
    if (message.authorId !== ctx.userId) throw forbidden("only the author can edit a message");
    const textChanged = request.message !== undefined;
    const entitiesReplaced = request.entities.length > 0 || textChanged;
    if (!textChanged && !entitiesReplaced && !request.removeMedia && request.media.length === 0 && !request.suppressEmbeds) {
      throw badRequest("nothing to edit: set message, entities, media, remove_media or suppress_embeds");
    }
    if (request.removeMedia && request.media.length > 0) throw badRequest("remove_media and media cannot be combined");
    const text = request.message ?? message.message;
    if (textChanged) validateText(ctx, text);
    const entities = entitiesReplaced ? request.entities : message.entities;
    validateEntities(entities, text);
    let media = request.removeMedia ? [] : message.media;
    if (request.suppressEmbeds) media = media.filter((m) => m.media.case !== "embed");
    if (!text.trim() && media.length === 0 && request.media.length === 0) {
      throw badRequest("message must not be empty unless media is attached");
    }
    if (request.media.length > 0) media = buildMedia(ctx, target, request.media);
    message.message = text;
    message.entities = entitiesReplaced ? [...request.entities] : message.entities;
    message.media = media;
    message.editedAt = ctx.core.nowMs();
    if (entitiesReplaced) {
      // Mentions follow the new text, for users who have not read past the message yet.
      const unread = [...mentionedUsers(state, target, text, entities, ctx.userId)].filter(
        (userId) => (state.readMarkers.get(readMarkerKey(userId, target.key)) ?? 0n) < message.messageId,
      );
      if (unread.length > 0) log.mentions.set(message.messageId, new Set(unread));
      else log.mentions.delete(message.messageId);
    }
    ctx.core.pushTo(chatAudience(target), (userId) => ({
      update: { case: "message", value: { message: messageView(message, target, userId) } },
    }));
  },

  messagesDeleteMessage(request, ctx) {
    const state = ctx.core.state;
    const target = resolveChat(ctx, request.chatRef);
    const located = messageIds(request.messageIds).map((id) => findMessage(state, target, id, "message_ids"));
    // All or nothing: every message is checked before any is deleted.
    if (located.some((m) => !ownsMessage(ctx, m))) requireModerator(target, ctx);
    const ids = new Set(located.map((m) => m.message.messageId));
    const log = state.chatLog(target.key);
    log.messages = log.messages.filter((m) => !ids.has(m.messageId));
    for (const id of ids) {
      log.pinned.delete(id);
      log.reactions.delete(id);
      log.mentions.delete(id);
      state.messageMeta.delete(id);
    }
    ctx.core.pushTo(chatAudience(target), (userId) => ({
      update: { case: "messageDeleted", value: { chatRef: refFor(target, userId), messageIds: [...ids] } },
    }));
  },

  messagesForwardMessage(request, ctx) {
    const state = ctx.core.state;
    const destination = resolveChat(ctx, request.chatRef);
    const source = resolveChat(ctx, request.from, "from");
    const located = messageIds(request.messageIds).map((id) => findMessage(state, source, id, "message_ids"));
    requireCanPost(ctx, destination, "forwarding messages");
    if (located.some(({ message }) => message.media.some((m) => m.media.case === "file"))) {
      requireChatPermission(destination, CommunityPermission.SEND_MEDIA, "forwarding media");
    }
    for (const { message } of located) {
      // A copy keeps the original author and date; a forward of a forward keeps the first date.
      const date = message.forward?.date ?? state.messageMeta.get(message.messageId)?.sentAt;
      postMessage(
        ctx,
        destination,
        {
          authorId: message.authorId,
          message: message.message,
          entities: message.entities,
          media: message.media,
          forward: date !== undefined ? { date } : {},
          ...(message.botInfo ? { botInfo: message.botInfo } : {}),
        },
        { forwardedBy: ctx.userId },
      );
    }
  },

  messagesSetMessagePin(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { log, message } = findMessage(ctx.core.state, target, request.messageId);
    // Outside communities every participant may pin (DMs and groups have no moderators but the group owner).
    requireChatPermission(target, CommunityPermission.PIN_MESSAGES, "pinning messages");
    if (!request.pin) {
      log.pinned.delete(message.messageId);
      return;
    }
    if (!log.pinned.has(message.messageId) && log.pinned.size >= MAX_PINS) throw badRequest(`this chat already has ${MAX_PINS} pinned messages`);
    log.pinned.add(message.messageId);
  },

  messagesReportMessage(request, ctx) {
    const target = resolveChat(ctx, request.chatRef);
    const { message } = findMessage(ctx.core.state, target, request.messageId);
    const reason = request.reason.trim();
    if (!reason) throw badRequest("reason must not be empty");
    if (codePoints(reason) > ctx.core.limits.bioLength) throw badRequest(`reason is longer than ${ctx.core.limits.bioLength} characters`);
    if (message.authorId === ctx.userId) throw badRequest("you cannot report your own message");
    ctx.core.state.reports.push({ reporterId: ctx.userId, chatKey: target.key, messageId: message.messageId, reason });
  },
};
