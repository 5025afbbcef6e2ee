import { create } from "@bufbuild/protobuf";
import {
  type MediaEmbed,
  MediaEmbedSchema,
  type MediaRef,
  type MessageMedia,
  MessageMediaSchema,
} from "../../../../gen/osmium/client/media_pb.js";
import type { MessageEntity } from "../../../../gen/osmium/client/types_pb.js";
import { mayAttachMedia, requireChatAction } from "../access/chat-rules.js";
import type { ChatTarget } from "../access/chat-target.js";
import { chatAudience } from "../audiences/audiences.js";
import type { Caller } from "../core/caller.js";
import { badRequest, tooLarge } from "../core/errors.js";
import type { ServerLimits } from "../core/options.js";
import { codePoints, isWebUrl, parseWebUrl, tryUrl } from "../core/text.js";
import { checkUpload, fileView, finalizeUpload } from "../media/file-store.js";
import type { ServerState } from "../state/server-state.js";

// What a message may contain: text length, entity spans, attachments, embeds and mentions.
// Shared by send, edit and forward so the rules are the same everywhere.

/** Most attachments one message may carry (Discord's limit). */
export const MAX_ATTACHMENTS = 10;
/** Most formatting entities one message may carry. */
export const MAX_ENTITIES = 100;

/** 413 when `text` is longer than the message limit (counted in code points, the protocol's unit). */
export function validateText(limits: ServerLimits, text: string, argument = "message"): void {
  const limit = limits.messageLength;
  // 413 rather than 400: the argument is well-formed, only too large (the server's error table).
  if (codePoints(text) > limit) throw tooLarge(`${argument} is longer than ${limit} characters`);
}

/** 400 unless every entity has a kind and lies within `text` (positions in code points). */
export function validateEntities(entities: MessageEntity[], text: string, argument = "entities"): void {
  if (entities.length > MAX_ENTITIES) throw badRequest(`${argument} has more than ${MAX_ENTITIES} entries`);
  const length = codePoints(text);
  entities.forEach((entity, i) => {
    const name = `${argument}[${i}]`;
    if (!entity.entity.case) throw badRequest(`${name} has no kind (bold, url, user_mention, ...)`);
    if (entity.length < 1) throw badRequest(`${name} is empty (length 0)`);
    if (entity.startIndex + entity.length > length) {
      throw badRequest(`${name} (start ${entity.startIndex}, length ${entity.length}) is outside the text (${length} characters)`);
    }
    if (entity.entity.case === "textUrl") parseWebUrl(entity.entity.value.url, `${name}.url`);
  });
}

/** The text an entity covers. */
export function spanText(text: string, entity: MessageEntity): string {
  return [...text].slice(entity.startIndex, entity.startIndex + entity.length).join("");
}

/**
 * Users a message mentions who can see the chat (the author excluded).
 * `user_mention` carries no id: its span text names the user, as `@<id>`, `<id>`, or the user's
 * display name or username (case-insensitive) among the chat's audience. `username` spans are
 * `@name` looked up globally.
 */
export function mentionedUsers(state: ServerState, target: ChatTarget, text: string, entities: MessageEntity[], authorId: bigint): Set<bigint> {
  const audience = new Set(chatAudience(target));
  const out = new Set<bigint>();
  for (const entity of entities) {
    const kind = entity.entity.case;
    if (kind !== "userMention" && kind !== "username") continue;
    const span = spanText(text, entity).trim().replace(/^@/, "");
    let userId: bigint | undefined;
    if (kind === "username") userId = state.accountByUsername(span)?.user.id;
    else if (/^\d+$/.test(span)) userId = BigInt(span);
    else {
      const wanted = span.toLowerCase();
      for (const id of audience) {
        const user = state.accounts.get(id)?.user;
        if (user && (user.name.toLowerCase() === wanted || user.username?.toLowerCase() === wanted)) userId = id;
      }
    }
    if (userId !== undefined && userId !== authorId && audience.has(userId)) out.add(userId);
  }
  return out;
}

/**
 * A link embed built without the network: the host names the site and titles the page. A real
 * server fetches Open Graph data; the reference server must stay offline and deterministic.
 */
export function embedFor(url: string, argument = "url"): MediaEmbed {
  const parsed = parseWebUrl(url, argument);
  const host = parsed.hostname.replace(/^www\./, "");
  return create(MediaEmbedSchema, { url: parsed.href, title: host, websiteName: host });
}

/** The first link of a text: a url or text_url entity (by position), else an http(s) URL in the text. */
export function firstUrl(text: string, entities: MessageEntity[]): string | undefined {
  const links = entities
    .filter((e) => e.entity.case === "url" || e.entity.case === "textUrl")
    .sort((a, b) => a.startIndex - b.startIndex);
  for (const e of links) {
    const url = e.entity.case === "textUrl" ? e.entity.value.url : spanText(text, e);
    if (tryUrl(url)) return url;
  }
  return /https?:\/\/[^\s<>"]+/.exec(text)?.[0];
}

/**
 * Attachments from `MediaRef`s: uploads become stored files, embeds become link previews.
 * 403 without SEND_MEDIA in a channel, 400 for bad refs or too many attachments.
 */
export function buildMedia(caller: Caller, target: ChatTarget, refs: MediaRef[], argument = "media"): MessageMedia[] {
  const { core, userId } = caller;
  if (refs.length === 0) return [];
  if (refs.length > MAX_ATTACHMENTS) throw badRequest(`${argument} has more than ${MAX_ATTACHMENTS} attachments`);
  requireChatAction(caller, target, "attachMedia");
  // Validate every ref, uploads included, before consuming any upload: a refused call leaves
  // every upload usable (all or nothing).
  const uploadIndex = new Map<bigint, number>();
  refs.forEach((ref, i) => {
    if (ref.ref.case === "uploaded") {
      if (!ref.ref.value.mimetype.trim()) throw badRequest(`${argument}[${i}].mimetype is required`);
      const file = ref.ref.value.file;
      checkUpload(core, userId, file, `${argument}[${i}].file`);
      const first = file && uploadIndex.get(file.id);
      if (file && first !== undefined) throw badRequest(`${argument}[${i}].file: upload ${file.id} is already attached as ${argument}[${first}]`);
      if (file) uploadIndex.set(file.id, i);
    } else if (ref.ref.case === "embed") parseWebUrl(ref.ref.value.url, `${argument}[${i}].url`);
    else throw badRequest(`${argument}[${i}] is empty (set uploaded or embed)`);
  });
  return refs.map((ref, i) => {
    if (ref.ref.case === "embed") return create(MessageMediaSchema, { media: { case: "embed", value: embedFor(ref.ref.value.url) } });
    const uploaded = ref.ref.value as Extract<MediaRef["ref"], { case: "uploaded" }>["value"];
    const record = finalizeUpload(core, userId, uploaded.file, {
      mimetype: uploaded.mimetype,
      ...(uploaded.filename !== undefined ? { filename: uploaded.filename } : {}),
      ...(uploaded.metadata ? { metadata: uploaded.metadata } : {}),
      argument: `${argument}[${i}].file`,
    });
    return create(MessageMediaSchema, { media: { case: "file", value: { file: fileView(record) } } });
  });
}

/**
 * The automatic link embed of a text (Discord-like), unless suppressed, already attached, or the
 * author may not attach media here.
 */
export function autoEmbed(target: ChatTarget, text: string, entities: MessageEntity[], media: MessageMedia[], suppress: boolean): MessageMedia[] {
  if (suppress || media.some((m) => m.media.case === "embed")) return [];
  if (!mayAttachMedia(target)) return [];
  const url = firstUrl(text, entities);
  if (!url || !isWebUrl(tryUrl(url))) return [];
  return [create(MessageMediaSchema, { media: { case: "embed", value: embedFor(url) } })];
}

/** messages.getEmbedPreview: the embed of the first link of a text; 400 when it has none. */
export function embedPreview(limits: ServerLimits, text: string, entities: MessageEntity[]): MediaEmbed {
  validateText(limits, text);
  validateEntities(entities, text);
  const url = firstUrl(text, entities);
  if (!url) throw badRequest("message contains no link to preview");
  return embedFor(url, "message link");
}
