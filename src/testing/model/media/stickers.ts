import { create, type MessageInitShape } from "@bufbuild/protobuf";
import type { MediaRefUploadedFile } from "../../../../gen/osmium/client/media_pb.js";
import { type StickerPackRef, StickerPackRefSchema } from "../../../../gen/osmium/client/refs_pb.js";
import { StickerPack_Type, type StickerPackSchema } from "../../../../gen/osmium/client/stickers_pb.js";
import type { File as MediaFileInfo } from "../../../../gen/osmium/client/media_pb.js";
import { badRequest, notFound } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { AccountRecord, ServerState, StickerPackRecord } from "../state/server-state.js";
import { fileView, finalizeUpload } from "./file-store.js";

// Packs of stickers or custom emoji, owned by users. Packs are public (anyone may fetch one by id);
// only the owner changes one (access/ownership.ts). The protocol has no "create pack" call, so
// adding to pack id 0 creates a new pack, owned by the caller and saved to their packs.

/** Most items one pack may hold (Telegram's sticker-set limit). */
export const MAX_PACK_SIZE = 120;
/** Most sticker ids one getStickerFiles call may name. */
export const MAX_STICKER_IDS = 100;

/** The protocol's `StickerPack` of a pack: its stickers' files, in pack order. */
export function packView(state: ServerState, pack: StickerPackRecord): MessageInitShape<typeof StickerPackSchema> {
  return {
    id: pack.id,
    type: pack.type,
    name: pack.name,
    stickers: pack.stickerIds.flatMap((id) => {
      const file = state.files.get(id);
      return file ? [fileView(file)] : [];
    }),
  };
}

/** The pack `ref` names; 400 without a ref, 404 for an unknown pack. */
export function requirePack(state: ServerState, ref: StickerPackRef | undefined): StickerPackRecord {
  if (!ref) throw badRequest("pack is required");
  const pack = state.stickerPacks.get(ref.id);
  if (!pack) throw notFound(`pack: no sticker pack ${ref.id}`);
  return pack;
}

/** `account`'s saved packs in the order saved; `since` (ms) keeps those changed after it. */
export function savedPacks(state: ServerState, account: AccountRecord, since: bigint | undefined): StickerPackRecord[] {
  return account.savedStickerPacks
    .map((id) => state.stickerPacks.get(id))
    .filter((p): p is StickerPackRecord => p !== undefined)
    .filter((p) => since === undefined || p.updatedAt > since);
}

/** Files of the given stickers, in the order asked; ids that are no pack's sticker are skipped. 400 for too many ids. */
export function stickerFiles(state: ServerState, stickerIds: bigint[]): MediaFileInfo[] {
  if (stickerIds.length > MAX_STICKER_IDS) throw badRequest(`sticker_ids has more than ${MAX_STICKER_IDS} ids`);
  const stickers = new Set([...state.stickerPacks.values()].flatMap((p) => p.stickerIds));
  return [...new Set(stickerIds)].flatMap((id) => {
    const file = stickers.has(id) ? state.files.get(id) : undefined;
    return file ? [fileView(file)] : [];
  });
}

/** The sticker of an add, checked: 400 when missing or not an image or video. */
export function checkSticker(sticker: MediaRefUploadedFile | undefined): MediaRefUploadedFile {
  if (!sticker) throw badRequest("sticker is required");
  const mimetype = sticker.mimetype.trim();
  if (!mimetype.startsWith("image/") && !mimetype.startsWith("video/")) {
    throw badRequest("sticker.mimetype must be an image or video type");
  }
  return sticker;
}

/** 400 when `pack` is full. */
export function requireRoomInPack(pack: StickerPackRecord): void {
  if (pack.stickerIds.length >= MAX_PACK_SIZE) throw badRequest(`a pack holds at most ${MAX_PACK_SIZE} items`);
}

/**
 * Adds an uploaded sticker to `pack`, or to a new pack of `account`'s when `pack` is undefined
 * (its type is EMOJI for custom emoji metadata, STICKER otherwise). For custom emoji, the file's
 * metadata is given the pack it belongs to.
 */
export function addSticker(core: ServerCore, account: AccountRecord, pack: StickerPackRecord | undefined, sticker: MediaRefUploadedFile): void {
  const userId = account.user.id;
  // The upload is consumed before a new pack exists, so a bad upload leaves no empty pack behind.
  const file = finalizeUpload(core, userId, sticker.file, {
    mimetype: sticker.mimetype.trim(),
    ...(sticker.filename !== undefined ? { filename: sticker.filename } : {}),
    ...(sticker.metadata ? { metadata: sticker.metadata } : {}),
    argument: "sticker.file",
  });
  const target = pack ?? newPack(core, account, sticker.metadata?.metadata.case === "customEmoji");
  if (file.metadata?.metadata.case === "customEmoji") file.metadata.metadata.value.pack = create(StickerPackRefSchema, { id: target.id });
  target.stickerIds.push(file.id);
  target.updatedAt = core.nowMs();
}

/** A new, empty pack owned by `account` and saved to their packs. */
function newPack(core: ServerCore, account: AccountRecord, emoji: boolean): StickerPackRecord {
  const pack: StickerPackRecord = {
    id: core.nextId(),
    type: emoji ? StickerPack_Type.EMOJI : StickerPack_Type.STICKER,
    name: `${account.user.name}'s ${emoji ? "emoji" : "stickers"}`,
    ownerId: account.user.id,
    stickerIds: [],
    updatedAt: core.nowMs(),
  };
  core.state.stickerPacks.set(pack.id, pack);
  account.savedStickerPacks.push(pack.id);
  return pack;
}

/** Takes a sticker out of `pack`; 404 when it is not in it. */
export function removeSticker(core: ServerCore, pack: StickerPackRecord, stickerId: bigint): void {
  const index = pack.stickerIds.indexOf(stickerId);
  if (index < 0) throw notFound(`sticker_id: no sticker ${stickerId} in pack ${pack.id}`);
  pack.stickerIds.splice(index, 1);
  pack.updatedAt = core.nowMs();
}
