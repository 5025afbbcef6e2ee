import { describe, expect, it } from "vitest";
import { StickerPack_Type } from "../../gen/osmium/client/stickers_pb.js";
import { dmWith, PNG, upload } from "./messages-fixture.js";
import { expectRpcError, type Peer, startServer, user } from "./support/harness.js";

const emojiMeta = (emoji: string) => ({ metadata: { case: "customEmoji" as const, value: { width: 32, height: 32, emoji } } });
const imageMeta = { metadata: { case: "image" as const, value: { width: 512, height: 512 } } };

/** Adds a PNG upload to `pack` (0 creates a new pack) as `peer`. */
async function addSticker(peer: Peer, pack: bigint, uploadId: bigint, metadata: typeof imageMeta | ReturnType<typeof emojiMeta> = imageMeta) {
  const file = await upload(peer, uploadId, PNG, `s${uploadId}.png`);
  await peer.call("stickersAddStickerToPack", { pack: { id: pack }, sticker: { file, mimetype: "image/png", metadata } });
}

describe("stickers.addStickerToPack / getSavedStickers", () => {
  it("pack id 0 creates a pack owned and saved by the caller; later adds go to it", async () => {
    let clock = 1_750_000_000_000;
    const server = startServer({ now: () => clock });
    const ada = await user(server, "Ada");
    await addSticker(ada.peer, 0n, 1n);
    const { savedPacks } = await ada.peer.call("stickersGetSavedStickers", {});
    expect(savedPacks).toHaveLength(1);
    const pack = savedPacks[0];
    expect(pack).toMatchObject({ type: StickerPack_Type.STICKER, name: "Ada's stickers" });
    expect(pack?.stickers.map((s) => [s.mimetype, s.filename, s.size])).toEqual([["image/png", "s1.png", 12n]]);

    clock += 1000;
    await addSticker(ada.peer, pack?.id ?? 0n, 2n);
    const again = await ada.peer.call("stickersGetSavedStickers", {});
    expect(again.savedPacks[0]?.stickers.map((s) => s.filename)).toEqual(["s1.png", "s2.png"]);
    // `since` keeps packs changed after the time given.
    expect((await ada.peer.call("stickersGetSavedStickers", { since: BigInt(clock - 500) })).savedPacks).toHaveLength(1);
    expect((await ada.peer.call("stickersGetSavedStickers", { since: BigInt(clock) })).savedPacks).toEqual([]);
  });

  it("makes custom-emoji packs whose emoji name their pack, usable as reactions", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await addSticker(ada.peer, 0n, 1n, emojiMeta("party"));
    const pack = (await ada.peer.call("stickersGetSavedStickers", {})).savedPacks[0];
    expect(pack?.type).toBe(StickerPack_Type.EMOJI);
    const emoji = pack?.stickers[0];
    expect(emoji?.metadata?.metadata).toEqual({ case: "customEmoji", value: expect.objectContaining({ emoji: "party", pack: expect.objectContaining({ id: pack?.id }) }) });
    const sent = await ada.peer.call("messagesSendMessage", { chatRef: dmWith(bob.id), message: "hi" });
    await bob.peer.call("reactionsAddReaction", { chatRef: dmWith(ada.id), messageId: sent.messageId, emoji: { emoji: { case: "customEmoji", value: emoji?.fileId ?? 0n } } });
    const { reactions } = await ada.peer.call("messagesGetHistory", { chatRef: dmWith(bob.id) });
    expect(reactions[0]?.reactionFields[0]?.emoji?.emoji).toEqual({ case: "customEmoji", value: emoji?.fileId });
  });

  it("refuses other users' packs, unknown packs, non-images and missing uploads", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await addSticker(ada.peer, 0n, 1n);
    const packId = (await ada.peer.call("stickersGetSavedStickers", {})).savedPacks[0]?.id ?? 0n;
    const file = await upload(bob.peer, 1n, PNG);
    await expectRpcError(
      bob.peer.call("stickersAddStickerToPack", { pack: { id: packId }, sticker: { file, mimetype: "image/png", metadata: imageMeta } }),
      403,
      /^only the pack's owner can change it$/,
    );
    await expectRpcError(
      bob.peer.call("stickersAddStickerToPack", { pack: { id: 4n }, sticker: { file, mimetype: "image/png", metadata: imageMeta } }),
      404,
      /^pack: no sticker pack 4$/,
    );
    await expectRpcError(
      bob.peer.call("stickersAddStickerToPack", { pack: { id: 0n }, sticker: { file, mimetype: "text/plain", metadata: imageMeta } }),
      400,
      /^sticker.mimetype must be an image or video type$/,
    );
    await expectRpcError(bob.peer.call("stickersAddStickerToPack", { pack: { id: 0n } }), 400, /^sticker is required$/);
    await expectRpcError(
      bob.peer.call("stickersAddStickerToPack", { pack: { id: 0n }, sticker: { file: { id: 99n, name: "x", partCount: 1 }, mimetype: "image/png", metadata: imageMeta } }),
      404,
      /^sticker.file: no upload 99/,
    );
    // A failed add leaves no empty pack behind.
    expect((await bob.peer.call("stickersGetSavedStickers", {})).savedPacks).toEqual([]);
  });
});

describe("stickers.getStickerPack / getStickerFiles", () => {
  it("serves any pack by id and sticker files by id, skipping ids that are no sticker", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await addSticker(ada.peer, 0n, 1n);
    const packId = (await ada.peer.call("stickersGetSavedStickers", {})).savedPacks[0]?.id ?? 0n;
    await addSticker(ada.peer, packId, 2n);
    const pack = await bob.peer.call("stickersGetStickerPack", { pack: { id: packId } });
    expect(pack).toMatchObject({ id: packId, name: "Ada's stickers", type: StickerPack_Type.STICKER });
    const [first, second] = pack.stickers;
    const files = await bob.peer.call("stickersGetStickerFiles", { stickerIds: [second?.fileId ?? 0n, 777n, first?.fileId ?? 0n] });
    expect(files.files.map((f) => f.filename)).toEqual(["s2.png", "s1.png"]);
    await expectRpcError(bob.peer.call("stickersGetStickerPack", { pack: { id: 3n } }), 404, /^pack: no sticker pack 3$/);
    await expectRpcError(bob.peer.call("stickersGetStickerPack", {}), 400, /^pack is required$/);
    // A pack Bob did not make is not among his saved packs.
    expect((await bob.peer.call("stickersGetSavedStickers", {})).savedPacks).toEqual([]);
  });
});

describe("stickers.removeStickerFromPack", () => {
  it("lets the owner remove a sticker; refuses others and unknown stickers", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await addSticker(ada.peer, 0n, 1n);
    const pack = (await ada.peer.call("stickersGetSavedStickers", {})).savedPacks[0];
    const stickerId = pack?.stickers[0]?.fileId ?? 0n;
    await expectRpcError(bob.peer.call("stickersRemoveStickerFromPack", { pack: { id: pack?.id ?? 0n }, stickerId }), 403, /only the pack's owner/);
    await expectRpcError(ada.peer.call("stickersRemoveStickerFromPack", { pack: { id: pack?.id ?? 0n }, stickerId: 5n }), 404, /^sticker_id: no sticker 5 in pack/);
    await ada.peer.call("stickersRemoveStickerFromPack", { pack: { id: pack?.id ?? 0n }, stickerId });
    expect((await ada.peer.call("stickersGetStickerPack", { pack: { id: pack?.id ?? 0n } })).stickers).toEqual([]);
    await ada.peer.sync();
    expect(ada.peer.updates).toEqual([]);
  });
});
