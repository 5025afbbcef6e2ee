// Reliability: uploads cannot pile up. Each user's uploads in progress (sent parts not yet used by a
// message, photo or sticker) are bounded in bytes (413) and in number (429), and an upload nobody
// touches for `uploadLifetimeMs` is dropped, freeing its share. Over a real WebSocket, with a fake
// clock: no waiting.
import { describe, expect, it } from "vitest";
import { ChatRefs, type OsmiumClient } from "../../src/index.js";
import type { ServerLimits } from "../../src/testing/index.js";
import { useClockedServer } from "./support/clocked-server.js";

const LIMITS: Partial<ServerLimits> = { partBytes: 1024, uploadBytes: 4096, uploadQuotaBytes: 6000, openUploads: 3, uploadLifetimeMs: 60_000 };

const startServer = useClockedServer();

/** A server; `connect(name)` creates a user and connects it. */
async function start(limits: Partial<ServerLimits> = LIMITS) {
  const started = await startServer(limits);
  const connect = async (name: string) => {
    const created = await started.server.createUser({ name });
    return { id: created.user.id, client: await started.client(created.token) };
  };
  return { ...started, connect };
}

const bytes = (n: number) => new Uint8Array(n).fill(3);
const use = (client: OsmiumClient, uploadId: bigint, partCount: number) =>
  client.messages.sendMessage({
    chatRef: ChatRefs.self(),
    message: "",
    media: [{ ref: { case: "uploaded", value: { file: { id: uploadId, name: "f.bin", partCount }, mimetype: "application/octet-stream" } } }],
  });

describe("upload quotas", () => {
  it("bytes held by one user's uploads in progress: 413 past uploadQuotaBytes; a replaced part counts once; using an upload frees its share", async () => {
    const { connect } = await start();
    const ada = await connect("Ada");
    const part = (uploadId: bigint, n: number, size: number) => ada.client.media.uploadFilePart({ uploadId, part: n, data: bytes(size) });
    for (let n = 0; n < 4; n++) await part(1n, n, 1024);
    await part(2n, 0, 1024);
    await part(2n, 1, 880); // 6000 bytes held: exactly the quota
    await expect(part(2n, 2, 1)).rejects.toMatchObject({
      errorCode: 413,
      errorMessage: "uploads in progress would hold 6001 bytes, over the 6000-byte quota: use or drop some first",
    });
    await part(2n, 1, 800); // replacing a part: 5920
    await part(2n, 2, 80); // 6000 again
    await expect(part(3n, 0, 1)).rejects.toMatchObject({ errorCode: 413 });
    await use(ada.client, 1n, 4);
    await part(3n, 0, 1024); // 4096 freed
    // Another user's quota is their own.
    const bob = await connect("Bob");
    await bob.client.media.uploadFilePart({ uploadId: 1n, part: 0, data: bytes(1024) });
  });

  it("uploads in progress per user: 429 past openUploads; parts of an open upload still go in; using one frees a slot", async () => {
    const { connect } = await start();
    const ada = await connect("Ada");
    for (const id of [1n, 2n, 3n]) await ada.client.media.uploadFilePart({ uploadId: id, part: 0, data: bytes(10) });
    await expect(ada.client.media.uploadFilePart({ uploadId: 4n, part: 0, data: bytes(10) })).rejects.toMatchObject({
      errorCode: 429,
      errorMessage: "3 uploads are already in progress: use one, or wait until unused ones expire",
    });
    await ada.client.media.uploadFilePart({ uploadId: 3n, part: 1, data: bytes(10) });
    await use(ada.client, 2n, 1);
    await ada.client.media.uploadFilePart({ uploadId: 4n, part: 0, data: bytes(10) });
  });

  it("defaults: 128 MiB and 20 uploads in progress per user, unused uploads expire after an hour", async () => {
    // Only the part and frame limits are raised, so that 128 MiB go in a few calls.
    const { clock, connect } = await start({ partBytes: 8 * 1024 * 1024, frameBytes: 9 * 1024 * 1024 });
    const ada = await connect("Ada");
    const part = bytes(8 * 1024 * 1024);
    // Two full 64 MiB uploads hold the whole quota.
    for (const id of [1n, 2n]) for (let n = 0; n < 8; n++) await ada.client.media.uploadFilePart({ uploadId: id, part: n, data: part });
    await expect(ada.client.media.uploadFilePart({ uploadId: 3n, part: 0, data: bytes(1) })).rejects.toMatchObject({ errorCode: 413 });
    clock.now += 60 * 60_000 + 1;
    for (let id = 3n; id < 23n; id++) await ada.client.media.uploadFilePart({ uploadId: id, part: 0, data: bytes(1) });
    await expect(ada.client.media.uploadFilePart({ uploadId: 23n, part: 0, data: bytes(1) })).rejects.toMatchObject({ errorCode: 429 });
  });
});

describe("upload expiry", () => {
  it("an upload untouched for uploadLifetimeMs is gone (404 at use) and frees its share; each part sent restarts its clock", async () => {
    const { clock, connect } = await start();
    const ada = await connect("Ada");
    await ada.client.media.uploadFilePart({ uploadId: 1n, part: 0, data: bytes(1024) });
    await ada.client.media.uploadFilePart({ uploadId: 2n, part: 0, data: bytes(1024) });
    await ada.client.media.uploadFilePart({ uploadId: 3n, part: 0, data: bytes(1024) });
    clock.now += 30_000;
    await ada.client.media.uploadFilePart({ uploadId: 2n, part: 1, data: bytes(1024) });
    clock.now += 30_000; // upload 1 and 3: exactly the lifetime, still there
    await use(ada.client, 3n, 1);
    clock.now += 1;
    await expect(use(ada.client, 1n, 1)).rejects.toMatchObject({
      errorCode: 404,
      errorMessage: "media[0].file: no upload 1 (send its parts with media.uploadFilePart first)",
    });
    await use(ada.client, 2n, 2); // touched 30 s later, so it lives on
    // The expired upload's slot and bytes are free again.
    for (const id of [4n, 5n, 6n]) await ada.client.media.uploadFilePart({ uploadId: id, part: 0, data: bytes(1024) });
  });

  it("expired uploads of a user who never comes back are dropped from the saved state", async () => {
    const { server, clock, connect } = await start();
    const ada = await connect("Ada");
    await ada.client.media.uploadFilePart({ uploadId: 77n, part: 0, data: bytes(1024) });
    expect(JSON.parse(server.saveState()).state.uploads.$map).toHaveLength(1);
    clock.now += 60_001;
    expect(JSON.parse(server.saveState()).state.uploads.$map).toEqual([]);
  });
});
