import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { type StickerPackRef, StickerPackRefSchema } from "../../../gen/osmium/client/refs_pb.js";
import { StickerPack_Type, type StickerPackSchema } from "../../../gen/osmium/client/stickers_pb.js";
import type { ServerCore } from "../model/core/server-core.js";
import { badRequest, forbidden, notFound } from "../model/core/errors.js";
import type { CallContext, NamespaceHandlers } from "./context.js";
import { fileView, finalizeUpload } from "../model/media/file-store.js";
import type { StickerPackRecord } from "../model/state/server-state.js";

// stickers.*: packs of stickers or custom emoji, owned by users. Packs are public (anyone may
// fetch one by id); only the owner changes one. The protocol has no "create pack" call, so
// adding to pack id 0 creates a new pack, owned by the caller and saved to their packs.

/** Most items one pack may hold (Telegram's sticker-set limit). */
const MAX_PACK_SIZE = 120;
/** Most sticker ids one getStickerFiles call may name. */
const MAX_IDS = 100;

function packView(core: ServerCore, pack: StickerPackRecord): MessageInitShape<typeof StickerPackSchema> {
  return {
    id: pack.id,
    type: pack.type,
    name: pack.name,
    stickers: pack.stickerIds.flatMap((id) => {
      const file = core.state.files.get(id);
      return file ? [fileView(file)] : [];
    }),
  };
}

function requirePack(core: ServerCore, ref: StickerPackRef | undefined): StickerPackRecord {
  if (!ref) throw badRequest("pack is required");
  const pack = core.state.stickerPacks.get(ref.id);
  if (!pack) throw notFound(`pack: no sticker pack ${ref.id}`);
  return pack;
}

/** The pack an add goes to: an existing pack of the caller's, or a new one for id 0. */
function packForAdd(ctx: CallContext, ref: StickerPackRef | undefined, emoji: boolean): StickerPackRecord {
  if ((ref?.id ?? 0n) !== 0n) {
    const pack = requirePack(ctx.core, ref);
    if (pack.ownerId !== ctx.userId) throw forbidden("only the pack's owner can change it");
    return pack;
  }
  const type = emoji ? StickerPack_Type.EMOJI : StickerPack_Type.STICKER;
  const pack: StickerPackRecord = {
    id: ctx.core.nextId(),
    type,
    name: `${ctx.account.user.name}'s ${emoji ? "emoji" : "stickers"}`,
    ownerId: ctx.userId,
    stickerIds: [],
    updatedAt: ctx.core.nowMs(),
  };
  ctx.core.state.stickerPacks.set(pack.id, pack);
  ctx.account.savedStickerPacks.push(pack.id);
  return pack;
}

/** `stickers.*`. */
export const stickerHandlers: NamespaceHandlers<"stickers"> = {
  /** The caller's saved packs in the order saved; `since` (ms) keeps those changed after it. */
  stickersGetSavedStickers(request, ctx) {
    const packs = ctx.account.savedStickerPacks
      .map((id) => ctx.core.state.stickerPacks.get(id))
      .filter((p): p is StickerPackRecord => p !== undefined)
      .filter((p) => request.since === undefined || p.updatedAt > request.since);
    return { savedPacks: packs.map((p) => packView(ctx.core, p)) };
  },

  stickersGetStickerPack(request, ctx) {
    return packView(ctx.core, requirePack(ctx.core, request.pack));
  },

  /** Files of the given stickers, in the order asked; ids that are no pack's sticker are skipped. */
  stickersGetStickerFiles(request, ctx) {
    if (request.stickerIds.length > MAX_IDS) throw badRequest(`sticker_ids has more than ${MAX_IDS} ids`);
    const stickers = new Set([...ctx.core.state.stickerPacks.values()].flatMap((p) => p.stickerIds));
    const files = [...new Set(request.stickerIds)].flatMap((id) => {
      const file = stickers.has(id) ? ctx.core.state.files.get(id) : undefined;
      return file ? [fileView(file)] : [];
    });
    return { files };
  },

  stickersAddStickerToPack(request, ctx) {
    const sticker = request.sticker;
    if (!sticker) throw badRequest("sticker is required");
    const mimetype = sticker.mimetype.trim();
    if (!mimetype.startsWith("image/") && !mimetype.startsWith("video/")) {
      throw badRequest("sticker.mimetype must be an image or video type");
    }
    const emoji = sticker.metadata?.metadata.case === "customEmoji";
    if (request.pack && request.pack.id !== 0n) {
      const existing = requirePack(ctx.core, request.pack);
      if (existing.ownerId !== ctx.userId) throw forbidden("only the pack's owner can change it");
      if (existing.stickerIds.length >= MAX_PACK_SIZE) throw badRequest(`a pack holds at most ${MAX_PACK_SIZE} items`);
    }
    // The upload is consumed before a new pack exists, so a bad upload leaves no empty pack behind.
    const file = finalizeUpload(ctx.core, ctx.userId, sticker.file, {
      mimetype,
      ...(sticker.filename !== undefined ? { filename: sticker.filename } : {}),
      ...(sticker.metadata ? { metadata: sticker.metadata } : {}),
      argument: "sticker.file",
    });
    const pack = packForAdd(ctx, request.pack, emoji);
    // A custom emoji's metadata names its pack; the server fills it in.
    if (file.metadata?.metadata.case === "customEmoji") file.metadata.metadata.value.pack = create(StickerPackRefSchema, { id: pack.id });
    pack.stickerIds.push(file.id);
    pack.updatedAt = ctx.core.nowMs();
  },

  stickersRemoveStickerFromPack(request, ctx) {
    const pack = requirePack(ctx.core, request.pack);
    if (pack.ownerId !== ctx.userId) throw forbidden("only the pack's owner can change it");
    const index = pack.stickerIds.indexOf(request.stickerId);
    if (index < 0) throw notFound(`sticker_id: no sticker ${request.stickerId} in pack ${pack.id}`);
    pack.stickerIds.splice(index, 1);
    pack.updatedAt = ctx.core.nowMs();
  },
};
