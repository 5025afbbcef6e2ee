import { requirePackOwner } from "../model/access/ownership.js";
import {
  addSticker,
  checkSticker,
  packView,
  removeSticker,
  requirePack,
  requireRoomInPack,
  savedPacks,
  stickerFiles,
} from "../model/media/stickers.js";
import type { NamespaceHandlers } from "./context.js";

/** `stickers.*`: packs of stickers and custom emoji. */
export const stickerHandlers: NamespaceHandlers<"stickers"> = {
  stickersGetSavedStickers(request, ctx) {
    return { savedPacks: savedPacks(ctx.core.state, ctx.account, request.since).map((p) => packView(ctx.core.state, p)) };
  },

  stickersGetStickerPack(request, ctx) {
    return packView(ctx.core.state, requirePack(ctx.core.state, request.pack));
  },

  stickersGetStickerFiles(request, ctx) {
    return { files: stickerFiles(ctx.core.state, request.stickerIds) };
  },

  stickersAddStickerToPack(request, ctx) {
    const sticker = checkSticker(request.sticker);
    // Pack id 0 (or none) creates a pack: the protocol has no call for it.
    const pack = request.pack && request.pack.id !== 0n ? requirePack(ctx.core.state, request.pack) : undefined;
    if (pack) {
      requirePackOwner(ctx, pack);
      requireRoomInPack(pack);
    }
    addSticker(ctx.core, ctx.account, pack, sticker);
  },

  stickersRemoveStickerFromPack(request, ctx) {
    const pack = requirePack(ctx.core.state, request.pack);
    requirePackOwner(ctx, pack);
    removeSticker(ctx.core, pack, request.stickerId);
  },
};
