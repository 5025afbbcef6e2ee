// Reliability and security of the state on disk (`saveStateFile` / `loadStateFile`, what
// `osmium-chat serve --state` uses): file contents are kept out of the JSON, in blob files written
// once each, so 60 MiB of uploads make a small JSON; every file is private (0600, the folder 0700:
// the state holds session tokens and password hashes) and written atomically, so a crash mid-write
// leaves the previous state whole. No timing is asserted; `npm run bench` measures saves.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ChatRefs, OsmiumClient } from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

const MIB = 1024 * 1024;
const dirs: string[] = [];
const servers: TestServer[] = [];
const clients: OsmiumClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempState(): string {
  const dir = mkdtempSync(join(tmpdir(), "osmium-state-"));
  dirs.push(dir);
  return join(dir, "state.json");
}

function server(): TestServer {
  const s = createTestServer();
  servers.push(s);
  return s;
}

async function client(s: TestServer, token: string): Promise<OsmiumClient> {
  const c = new OsmiumClient({ transport: s.transport(), token, reconnect: false, keepalive: false });
  clients.push(c);
  await c.connect();
  return c;
}

const pattern = Uint8Array.from({ length: MIB }, (_, i) => (i * 7) % 251);
const parts = new Map<number, Uint8Array>();
/** 1 MiB whose first bytes name the part, so a misplaced part would show. */
function part(n: number): Uint8Array {
  let bytes = parts.get(n);
  if (!bytes) {
    bytes = pattern.slice();
    new DataView(bytes.buffer).setUint32(0, n + 1);
    parts.set(n, bytes);
  }
  return bytes;
}

async function uploadParts(c: OsmiumClient, uploadId: bigint, count: number): Promise<void> {
  for (let n = 0; n < count; n++) await c.media.uploadFilePart({ uploadId, part: n, data: part(n) });
}

async function attach(c: OsmiumClient, uploadId: bigint, partCount: number): Promise<bigint> {
  const { messageId } = await c.messages.sendMessage({
    chatRef: ChatRefs.self(),
    message: "",
    media: [{ ref: { case: "uploaded", value: { file: { id: uploadId, name: "big.bin", partCount }, mimetype: "application/octet-stream" } } }],
  });
  const { messages } = await c.messages.getHistory({ chatRef: ChatRefs.self(), offset: { case: "around", value: messageId }, limit: 1 });
  const media = messages[0]?.media[0]?.media;
  if (media?.case !== "file" || !media.value.file) throw new Error("attach: no file");
  return media.value.file.fileId;
}

/** Reads a whole file back through the protocol and checks it part by part. */
async function expectFile(c: OsmiumClient, fileId: bigint, parts: number): Promise<void> {
  for (let n = 0; n < parts; n++) {
    const { data } = await c.media.downloadFilePart({ fileRef: { ref: { case: "mediaFile", value: { fileId } } }, offset: BigInt(n * MIB), length: MIB });
    expect(Buffer.from(data).equals(Buffer.from(part(n))), `part ${n}`).toBe(true);
  }
}

const mode = (path: string) => statSync(path).mode & 0o777;
const blobFiles = (path: string) => readdirSync(`${path}.blobs`).sort();

describe("saveStateFile with large files", () => {
  it("60 MiB of uploads (a stored file and an upload in progress): a small JSON, the bytes in blob files; a load restores both", async () => {
    const path = tempState();
    const first = server();
    const ada = await first.createUser({ name: "Ada", email: "ada@state.test", password: "password-123" });
    const c = await client(first, ada.token);
    await uploadParts(c, 1n, 30);
    const fileId = await attach(c, 1n, 30);
    await uploadParts(c, 2n, 30);

    expect(await first.saveStateFile(path)).toBe(true);
    expect(statSync(path).size).toBeLessThan(64 * 1024);
    const blobs = blobFiles(path);
    expect(blobs.every((b) => /^[0-9a-f]{24}\.bin$/.test(b))).toBe(true);
    // One blob for the stored file, one per part in progress.
    expect(blobs).toHaveLength(31);
    expect(blobs.reduce((sum, b) => sum + statSync(join(`${path}.blobs`, b)).size, 0)).toBe(60 * MIB);

    const second = server();
    await second.loadStateFile(path);
    const again = await client(second, ada.token); // sessions survive
    await expectFile(again, fileId, 30);
    const fromUpload = await attach(again, 2n, 30); // the upload in progress survives too
    await expectFile(again, fromUpload, 30);
  });

  it("a save writes only new blobs, leaves written ones alone, and deletes blobs the state no longer names; nothing changed writes nothing", async () => {
    const path = tempState();
    const s = server();
    const ada = await s.createUser({ name: "Ada" });
    const c = await client(s, ada.token);
    await uploadParts(c, 1n, 2);
    await s.saveStateFile(path);
    const parts = blobFiles(path);
    const written = parts.map((b) => statSync(join(`${path}.blobs`, b)).ino);
    expect(await s.saveStateFile(path)).toBe(false);

    await uploadParts(c, 2n, 1);
    expect(await s.saveStateFile(path)).toBe(true);
    const withThird = blobFiles(path);
    expect(withThird).toHaveLength(3);
    expect(parts.map((b) => statSync(join(`${path}.blobs`, b)).ino)).toEqual(written);

    // Using upload 1 turns its two parts into one stored file: the part blobs go, a file blob comes.
    await attach(c, 1n, 2);
    await s.saveStateFile(path);
    const after = blobFiles(path);
    expect(after).toHaveLength(2);
    expect(after.filter((b) => parts.includes(b))).toEqual([]);
  });
});

describe("the state file is private and written atomically", () => {
  it("the JSON and every blob are 0600 and the blob folder 0700, even over a file that was 0644", async () => {
    const path = tempState();
    writeFileSync(path, "old", { mode: 0o644 });
    const s = server();
    const ada = await s.createUser({ name: "Ada", email: "ada@state.test", password: "password-123" });
    await (await client(s, ada.token)).media.uploadFilePart({ uploadId: 1n, part: 0, data: part(0) });
    await s.saveStateFile(path);
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}.blobs`)).toBe(0o700);
    for (const b of blobFiles(path)) expect(mode(join(`${path}.blobs`, b))).toBe(0o600);
    // What makes it sensitive: the session token and the password hash are in it.
    const text = readFileSync(path, "utf8");
    expect(text).toContain(ada.token);
    expect(text).toContain('"password":{"salt"');
  });

  it("a crash mid-write (a half-written temporary JSON, a half-written blob, an orphan blob) leaves the previous state, and the leftovers are cleaned up", async () => {
    const path = tempState();
    const first = server();
    const ada = await first.createUser({ name: "Ada" });
    const c = await client(first, ada.token);
    await uploadParts(c, 1n, 1);
    const fileId = await attach(c, 1n, 1);
    await first.saveStateFile(path);
    const saved = readFileSync(path, "utf8");
    const blobs = blobFiles(path);

    // What a crash during the next save could leave: the JSON's temporary file cut short, a blob
    // renamed into place but never named by a JSON, and a blob's temporary file cut short.
    const leftovers = [`${path}.4242.deadbeef.tmp`, join(`${path}.blobs`, "0123456789abcdef01234567.bin"), join(`${path}.blobs`, "fedcba9876543210fedcba98.bin.4242.cafe.tmp")];
    writeFileSync(leftovers[0] as string, saved.slice(0, saved.length / 2));
    writeFileSync(leftovers[1] as string, part(5));
    writeFileSync(leftovers[2] as string, part(6).slice(0, 100));
    expect(readFileSync(path, "utf8")).toBe(saved);

    const second = server();
    await second.loadStateFile(path);
    await expectFile(await client(second, ada.token), fileId, 1);
    expect(blobFiles(path)).toEqual(blobs);
    expect(readdirSync(join(path, "..")).sort()).toEqual(["state.json", "state.json.blobs"]);
  });

  it("a state whose blob is missing is refused with the blob named, and the server's state is unchanged", async () => {
    const path = tempState();
    const first = server();
    const ada = await first.createUser({ name: "Ada" });
    await uploadParts(await client(first, ada.token), 1n, 1);
    await first.saveStateFile(path);
    const [blob] = blobFiles(path);
    rmSync(join(`${path}.blobs`, blob as string));

    const second = server();
    const bob = await second.createUser({ name: "Bob" });
    await expect(second.loadStateFile(path)).rejects.toThrow(`state file ${path} refers to blob ${blob}, which is missing in ${path}.blobs`);
    expect((await (await client(second, bob.token)).users.getProfile({ ref: { userId: bob.user.id }, includeMutuals: false })).ref?.userId).toBe(bob.user.id);
  });

  it("the in-memory saveState() still inlines everything, and loadState() refuses a state with blob files", async () => {
    const path = tempState();
    const s = server();
    const ada = await s.createUser({ name: "Ada" });
    await uploadParts(await client(s, ada.token), 1n, 1);
    expect(s.saveState()).toContain('"$bytes"');
    await s.saveStateFile(path);
    expect(() => server().loadState(readFileSync(path, "utf8"))).toThrow(/refers to a blob file \([0-9a-f]{24}\.bin\): load it from its file with loadStateFile/);
  });

  it("saveState()/loadState() keep file contents of every length exactly (base64 padding of 0, 1 and 2 bytes)", async () => {
    const s = server();
    const ada = await s.createUser({ name: "Ada" });
    const c = await client(s, ada.token);
    const sizes = [1, 2, 3, 4, 5, 1000];
    const contents = sizes.map((n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256));
    const ids: bigint[] = [];
    for (const [i, data] of contents.entries()) {
      await c.media.uploadFilePart({ uploadId: BigInt(i + 1), part: 0, data });
      ids.push(await attach(c, BigInt(i + 1), 1));
    }
    const copy = server();
    copy.loadState(s.saveState());
    const again = await client(copy, ada.token);
    for (const [i, fileId] of ids.entries()) {
      const { data } = await again.media.downloadFilePart({ fileRef: { ref: { case: "mediaFile", value: { fileId } } }, offset: 0n, length: 2000 });
      expect(data, `${sizes[i]} bytes`).toEqual(contents[i]);
    }
  });
});
