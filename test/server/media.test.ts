import { describe, expect, it } from "vitest";
import { dmWith, upload } from "./messages-fixture.js";
import { expectRpcError, type Peer, startServer, user } from "./support/harness.js";

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);

/** Sends a message with one uploaded attachment and returns the stored file's id. */
async function attach(peer: Peer, to: bigint, file: Awaited<ReturnType<typeof upload>>, mimetype = "application/octet-stream"): Promise<bigint> {
  const sent = await peer.call("messagesSendMessage", {
    chatRef: dmWith(to),
    message: "",
    media: [{ ref: { case: "uploaded", value: { file, mimetype, metadata: { metadata: { case: "file", value: {} } } } } }],
  });
  const { messages } = await peer.call("messagesGetHistory", { chatRef: dmWith(to), offset: { case: "around", value: sent.messageId }, limit: 1 });
  const media = messages[0]?.media[0]?.media;
  return media?.case === "file" ? (media.value.file?.fileId ?? 0n) : 0n;
}

describe("media.uploadFilePart", () => {
  it("stores parts in any order, a resent part replacing the old one, and assembles them in part order", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await ada.peer.call("mediaUploadFilePart", { uploadId: 5n, part: 1, data: new Uint8Array([4, 5, 6]) });
    await ada.peer.call("mediaUploadFilePart", { uploadId: 5n, part: 0, data: new Uint8Array([9, 9]) });
    await ada.peer.call("mediaUploadFilePart", { uploadId: 5n, part: 0, data: new Uint8Array([1, 2, 3]) });
    const fileId = await attach(ada.peer, bob.id, { id: 5n, name: "six.bin", partCount: 2 });
    const all = await bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "mediaFile", value: { fileId } } }, offset: 0n, length: 100 });
    expect([...all.data]).toEqual([1, 2, 3, 4, 5, 6]);
    // Uploading pushes nothing.
    await ada.peer.sync();
    expect(ada.peer.received("messageCreated")).toHaveLength(1);
    expect(ada.peer.updates).toHaveLength(1);
  });

  it("refuses empty parts, parts over the part limit and uploads over the upload limit (413)", async () => {
    const server = startServer({ limits: { partBytes: 8, uploadBytes: 20 } });
    const ada = await user(server, "Ada");
    await expectRpcError(ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 0, data: new Uint8Array() }), 400, /^data of part 0 is empty$/);
    await expectRpcError(
      ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 0, data: bytes(9) }),
      413,
      /^part 0 is 9 bytes, larger than the 8-byte part limit$/,
    );
    await ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 0, data: bytes(8) });
    await ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 1, data: bytes(8) });
    await expectRpcError(
      ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 2, data: bytes(5) }),
      413,
      /^upload 1 is larger than the 20-byte upload limit$/,
    );
    // Replacing a part counts its new size, not both.
    await ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 1, data: bytes(4) });
    await ada.peer.call("mediaUploadFilePart", { uploadId: 1n, part: 2, data: bytes(8) });
  });

  it("checks at use that every part arrived and that part_count matches; uploads are per user", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await ada.peer.call("mediaUploadFilePart", { uploadId: 7n, part: 0, data: bytes(3) });
    await ada.peer.call("mediaUploadFilePart", { uploadId: 7n, part: 2, data: bytes(3) });
    const send = (peer: Peer, to: bigint, partCount: number) =>
      peer.call("messagesSendMessage", {
        chatRef: dmWith(to),
        message: "",
        media: [{ ref: { case: "uploaded", value: { file: { id: 7n, name: "x", partCount }, mimetype: "text/plain", metadata: {} } } }],
      });
    await expectRpcError(send(ada.peer, bob.id, 3), 400, /^media\[0\]\.file: upload 7 is missing part 1 of 3$/);
    await expectRpcError(send(ada.peer, bob.id, 1), 400, /^media\[0\]\.file: upload 7 has 2 parts but part_count is 1$/);
    await expectRpcError(send(bob.peer, ada.id, 3), 404, /^media\[0\]\.file: no upload 7/);
    await ada.peer.call("mediaUploadFilePart", { uploadId: 7n, part: 1, data: bytes(3) });
    await send(ada.peer, bob.id, 3);
  });
});

describe("media.downloadFilePart", () => {
  it("reads byte ranges, shorter at the end and empty exactly at the end, by media_file or chat_photo", async () => {
    const server = startServer({ limits: { partBytes: 4 } });
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const fileId = await attach(ada.peer, bob.id, await upload(ada.peer, 3n, bytes(10)));
    const read = async (offset: bigint, length: number) =>
      [...(await bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "mediaFile", value: { fileId } } }, offset, length })).data];
    expect(await read(0n, 4)).toEqual([0, 1, 2, 3]);
    expect(await read(4n, 4)).toEqual([4, 5, 6, 7]);
    expect(await read(8n, 4)).toEqual([8, 9]);
    expect(await read(10n, 4)).toEqual([]);
    const asPhoto = await bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "chatPhoto", value: { fileId } } }, offset: 2n, length: 2 });
    expect([...asPhoto.data]).toEqual([2, 3]);
  });

  it("refuses unknown files, missing refs, bad lengths and offsets past the end", async () => {
    const server = startServer({ limits: { partBytes: 4 } });
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const fileId = await attach(ada.peer, bob.id, await upload(ada.peer, 3n, bytes(6)));
    const ref = { ref: { case: "mediaFile" as const, value: { fileId } } };
    await expectRpcError(bob.peer.call("mediaDownloadFilePart", { offset: 0n, length: 1 }), 400, /^file_ref is required/);
    await expectRpcError(
      bob.peer.call("mediaDownloadFilePart", { fileRef: { ref: { case: "chatPhoto", value: { fileId: 123n } } }, offset: 0n, length: 1 }),
      404,
      /^file_ref.chat_photo: no file 123$/,
    );
    await expectRpcError(bob.peer.call("mediaDownloadFilePart", { fileRef: ref, offset: 0n, length: 0 }), 400, /^length must be at least 1$/);
    await expectRpcError(bob.peer.call("mediaDownloadFilePart", { fileRef: ref, offset: 0n, length: 5 }), 413, /^length 5 is larger than the 4-byte part limit$/);
    await expectRpcError(bob.peer.call("mediaDownloadFilePart", { fileRef: ref, offset: 7n, length: 1 }), 400, /^offset 7 is past the end of file \d+ \(6 bytes\)$/);
  });
});
