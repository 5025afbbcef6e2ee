import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { blobNames, loadState, saveState } from "../model/state/persistence.js";
import type { ServerState } from "../model/state/server-state.js";

// The server state on disk (Node only; loaded on demand by TestServer.saveStateFile/loadStateFile).
// The JSON file holds everything but large byte arrays (file contents, upload parts), which go to
// files of their own in `<state>.blobs/`. File contents never change once stored, so each blob is
// written once, asynchronously, and a save writes only what is new: the JSON stays small and no
// save holds the event loop for long. Every file is written to a temporary file (mode 0600: the
// state holds session tokens and password hashes), flushed, then renamed over its destination, and
// the JSON goes last, so a crash at any point leaves the previous state whole. Blobs the JSON no
// longer names, and temporary files a crash left, are deleted.

const TMP_SUFFIX = ".tmp";
const BLOB_SUFFIX = ".bin";

/** Writes `data` to `path` atomically with mode 0600: a temporary file, flushed, then renamed. */
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}${TMP_SUFFIX}`;
  try {
    const file = await open(tmp, "wx", 0o600);
    try {
      // The creation mode is filtered by the umask; set it explicitly.
      await file.chmod(0o600);
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Deletes `path`, ignoring a file that is already gone. */
const remove = (path: string) => unlink(path).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));

/** One state file and its blob folder, with what this process knows is already on disk. */
export class StateFile {
  readonly blobDir: string;
  /** The name each byte array was saved or loaded under (file contents never change in place). */
  private readonly names = new WeakMap<Uint8Array, string>();
  /** Blobs known to be on disk. */
  private readonly onDisk = new Set<string>();
  private lastJson: string | undefined;
  /** Saves run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {
    this.blobDir = `${path}.blobs`;
  }

  /** Writes `state` (new blobs, then the JSON); resolves with whether anything was written. */
  save(state: ServerState): Promise<boolean> {
    const run = this.queue.then(() => this.write(state));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Replaces `state` with the saved one; nothing changes when a file is missing or bad. */
  async load(state: ServerState): Promise<void> {
    const json = await readFile(this.path, "utf8");
    const blobs = new Map<string, Uint8Array>();
    for (const name of blobNames(json)) {
      const buffer = await readFile(this.blobPath(name)).catch((e: NodeJS.ErrnoException) => {
        throw new Error(`state file ${this.path} refers to blob ${name}, which ${e.code === "ENOENT" ? "is missing" : `cannot be read (${e.code})`} in ${this.blobDir}`);
      });
      // A plain view, not a Buffer: Buffer.slice shares memory where Uint8Array.slice copies.
      blobs.set(name, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    }
    loadState(state, json, (name) => blobs.get(name) as Uint8Array);
    this.onDisk.clear();
    for (const [name, bytes] of blobs) {
      this.names.set(bytes, name);
      this.onDisk.add(name);
    }
    // Not remembered as written: the first save rewrites the JSON, which also repairs its mode.
    this.lastJson = undefined;
    await this.sweep(new Set(blobs.keys()));
  }

  private blobPath(name: string): string {
    return join(this.blobDir, name);
  }

  private async write(state: ServerState): Promise<boolean> {
    const fresh = new Map<string, Uint8Array>();
    const json = saveState(state, (bytes) => {
      let name = this.names.get(bytes);
      if (!name) {
        name = `${randomBytes(12).toString("hex")}${BLOB_SUFFIX}`;
        this.names.set(bytes, name);
      }
      if (!this.onDisk.has(name)) fresh.set(name, bytes);
      return name;
    });
    if (json === this.lastJson && fresh.size === 0) return false;
    await mkdir(this.blobDir, { recursive: true, mode: 0o700 });
    for (const [name, bytes] of fresh) {
      await writeAtomically(this.blobPath(name), bytes);
      this.onDisk.add(name);
    }
    await writeAtomically(this.path, json);
    this.lastJson = json;
    await this.sweep(new Set(blobNames(json)));
    return true;
  }

  /** Deletes blobs the state no longer names, and temporary files of this state left by a crash. */
  private async sweep(referenced: ReadonlySet<string>): Promise<void> {
    const blobs = await readdir(this.blobDir).catch(() => [] as string[]);
    for (const name of blobs) {
      if (referenced.has(name)) continue;
      if (name.endsWith(BLOB_SUFFIX) || name.endsWith(TMP_SUFFIX)) await remove(this.blobPath(name));
      this.onDisk.delete(name);
    }
    const prefix = `${basename(this.path)}.`;
    for (const name of await readdir(dirname(this.path))) {
      if (name.startsWith(prefix) && name.endsWith(TMP_SUFFIX)) await remove(join(dirname(this.path), name));
    }
  }
}
