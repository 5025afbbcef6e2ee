import type { MessageInitShape } from "@bufbuild/protobuf";
import type { EditMessage, SendMessage } from "../../../../gen/osmium/client/messages_pb.js";
import type { Message as ChatMessage, MessageSchema } from "../../../../gen/osmium/client/types_pb.js";
import { requireBot, requireCanReport } from "../access/chat-rules.js";
import { requireReadableFile } from "../access/files.js";
import { type ChatTarget, refFor } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import { checkLength, codePoints, validateName } from "../core/text.js";
import { readMarkerKey } from "../state/chat-keys.js";
import type { AccountRecord, ServerState } from "../state/server-state.js";
import { messageView } from "../views/messages.js";
import { findMessage, type LocatedMessage, removeMessages } from "./chat-log.js";
import { autoEmbed, buildMedia, mentionedUsers, validateEntities, validateText } from "./message-content.js";
import { postMessage } from "./post.js";

// Writing to chats: sending, editing, deleting, forwarding, pinning and reporting messages. Who
// may do each is decided in access/chat-rules.ts before these run.

/** Most pinned messages a chat may hold (Discord's limit). */
export const MAX_PINS = 50;

type MessageInit = MessageInitShape<typeof MessageSchema>;

/** `Message.reply` of a send: the replied-to message must be in the same chat; a quote must be part of it. */
function replyInfo(state: ServerState, target: ChatTarget, request: SendMessage): Pick<MessageInit, "reply" | "replyTo"> {
  // Older clients still send the deprecated reply_to_old.
  const id = request.replyTo?.messageId ?? request.replyToOld;
  if (id === undefined) return {};
  const { message: original } = findMessage(state, target, id, "reply_to");
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
function botInfo(caller: Caller, account: AccountRecord, request: SendMessage): Pick<MessageInit, "botInfo"> {
  const cloak = request.botInfo?.cloak;
  if (!request.botInfo) return {};
  requireBot(account);
  if (!cloak) return { botInfo: {} };
  const name = validateName(caller.core.limits, cloak.name, "bot_info.cloak.name");
  // Only a file the bot may read itself: the cloak shows it to the chat (model/access/files.ts).
  const photo = cloak.photoId !== undefined ? { photo: { fileId: requireReadableFile(caller, cloak.photoId, "bot_info.cloak.photo_id").id } } : {};
  return { botInfo: { cloak: { name, ...photo } } };
}

/**
 * messages.sendMessage, once the caller may post in `target`: checks the content (text, entities,
 * reply, bot info, attachments) and posts it. Uploads are consumed last, once everything else is
 * known to be valid.
 */
export function sendMessage(caller: Caller, account: AccountRecord, target: ChatTarget, request: SendMessage): ChatMessage {
  const { core } = caller;
  const text = request.message;
  validateText(core.limits, text);
  validateEntities(request.entities, text);
  if (!text.trim() && request.media.length === 0) throw badRequest("message must not be empty unless media is attached");
  const reply = replyInfo(core.state, target, request);
  const bot = botInfo(caller, account, request);
  const media = buildMedia(caller, target, request.media);
  media.push(...autoEmbed(target, text, request.entities, media, request.suppressEmbeds));
  return postMessage(
    caller,
    target,
    { message: text, entities: request.entities, media, ...reply, ...bot },
    {
      mentions: mentionedUsers(core.state, target, text, request.entities, caller.userId),
      ...(request.clientId !== undefined ? { clientId: request.clientId } : {}),
    },
  );
}

/**
 * messages.editMessage, once the caller may edit the message: `entities` are replaced when the
 * list is non-empty or `message` is set; `remove_media` drops every attachment, `media` replaces
 * them, `suppress_embeds` drops embeds. Sets `edited_at`, recomputes unread mentions, and pushes
 * `message` to the chat's audience.
 */
export function editMessage(caller: Caller, target: ChatTarget, { log, message }: LocatedMessage, request: EditMessage): void {
  const { core } = caller;
  const state = core.state;
  const textChanged = request.message !== undefined;
  const entitiesReplaced = request.entities.length > 0 || textChanged;
  if (!textChanged && !entitiesReplaced && !request.removeMedia && request.media.length === 0 && !request.suppressEmbeds) {
    throw badRequest("nothing to edit: set message, entities, media, remove_media or suppress_embeds");
  }
  if (request.removeMedia && request.media.length > 0) throw badRequest("remove_media and media cannot be combined");
  const text = request.message ?? message.message;
  if (textChanged) validateText(core.limits, text);
  const entities = entitiesReplaced ? request.entities : message.entities;
  validateEntities(entities, text);
  let media = request.removeMedia ? [] : message.media;
  if (request.suppressEmbeds) media = media.filter((m) => m.media.case !== "embed");
  if (!text.trim() && media.length === 0 && request.media.length === 0) {
    throw badRequest("message must not be empty unless media is attached");
  }
  if (request.media.length > 0) media = buildMedia(caller, target, request.media);
  message.message = text;
  message.entities = entitiesReplaced ? [...request.entities] : message.entities;
  message.media = media;
  message.editedAt = core.nowMs();
  if (entitiesReplaced) {
    // Mentions follow the new text, for users who have not read past the message yet.
    const unread = [...mentionedUsers(state, target, text, entities, caller.userId)].filter(
      (userId) => (state.readMarkers.get(readMarkerKey(userId, target.key)) ?? 0n) < message.messageId,
    );
    if (unread.length > 0) log.mentions.set(message.messageId, new Set(unread));
    else log.mentions.delete(message.messageId);
  }
  core.pushTo(chatAudience(target), (userId) => ({
    update: { case: "message", value: { message: messageView(message, target, userId) } },
  }));
}

/** messages.deleteMessage, once the caller may delete them all: takes the messages out and pushes `messageDeleted` to the chat's audience. */
export function deleteMessages(core: ServerCore, target: ChatTarget, located: readonly LocatedMessage[]): void {
  const ids = new Set(located.map((m) => m.message.messageId));
  removeMessages(core.state, core.state.chatLog(target.key), ids);
  core.pushTo(chatAudience(target), (userId) => ({
    update: { case: "messageDeleted", value: { chatRef: refFor(target, userId), messageIds: [...ids] } },
  }));
}

/**
 * messages.forwardMessage, once the caller may post in `destination`: one copy per message, each
 * keeping the author, text, entities, media and `bot_info`. `forward.date` is the original send
 * time, kept through forwards of forwards.
 */
export function forwardMessages(caller: Caller, destination: ChatTarget, located: readonly LocatedMessage[]): void {
  const state = caller.core.state;
  for (const { message } of located) {
    const date = message.forward?.date ?? state.messageMeta.get(message.messageId)?.sentAt;
    postMessage(
      caller,
      destination,
      {
        authorId: message.authorId,
        message: message.message,
        entities: message.entities,
        media: message.media,
        forward: date !== undefined ? { date } : {},
        ...(message.botInfo ? { botInfo: message.botInfo } : {}),
      },
      { forwardedBy: caller.userId },
    );
  }
}

/** messages.setMessagePin: at most {@link MAX_PINS} pins per chat; unpinning something not pinned is a no-op. */
export function setPin({ log, message }: LocatedMessage, pin: boolean): void {
  if (!pin) {
    log.pinned.delete(message.messageId);
    return;
  }
  if (!log.pinned.has(message.messageId) && log.pinned.size >= MAX_PINS) throw badRequest(`this chat already has ${MAX_PINS} pinned messages`);
  log.pinned.add(message.messageId);
}

/** messages.reportMessage: the report is stored only. */
export function reportMessage(caller: Caller, target: ChatTarget, message: ChatMessage, reason: string): void {
  const { core } = caller;
  const trimmed = reason.trim();
  if (!trimmed) throw badRequest("reason must not be empty");
  checkLength(trimmed, core.limits.bioLength, "reason");
  requireCanReport(caller, message);
  core.state.reports.push({ reporterId: caller.userId, chatKey: target.key, messageId: message.messageId, reason: trimmed });
}
