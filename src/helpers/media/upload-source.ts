// Cuts what the caller uploads into numbered parts of `partSize` bytes (the last may be shorter),
// reading lazily so that only the parts in flight are in memory.
import { InvalidArgumentError } from "../../errors.js";

/**
 * What `client.media.upload()` accepts: bytes in memory, a `Blob` (a browser `File` is one), or
 * any async iterable of byte chunks of any sizes (a Node stream, a `ReadableStream` in runtimes
 * where it is async-iterable, an async generator).
 */
export type UploadData = Uint8Array | Blob | AsyncIterable<Uint8Array>;

/** One part to send (internal). */
export interface UploadPart {
  readonly index: number;
  readonly data: Uint8Array;
}

/** The total size when known before reading: bytes and blobs, not streams. */
export function sizeOf(data: UploadData): number | undefined {
  if (data instanceof Uint8Array) return data.byteLength;
  if (isBlob(data)) return data.size;
  return undefined;
}

/** The name and type a `File` carries, used when the caller gives none. */
export function fileInfoOf(data: UploadData): { name: string | undefined; type: string | undefined } {
  if (!isBlob(data)) return { name: undefined, type: undefined };
  const name = (data as { name?: unknown }).name;
  return { name: typeof name === "string" && name !== "" ? name : undefined, type: data.type || undefined };
}

function isBlob(data: UploadData): data is Blob {
  return typeof Blob !== "undefined" && data instanceof Blob;
}

/** Throws InvalidArgumentError unless `data` is one of the accepted kinds. */
export function checkUploadData(data: UploadData): void {
  if (data instanceof Uint8Array || isBlob(data)) return;
  if (typeof data === "object" && data !== null && typeof (data as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === "function") return;
  throw new InvalidArgumentError("data", "must be a Uint8Array, a Blob or an async iterable of Uint8Array chunks");
}

/** The parts of `data`, numbered from 0. Bytes are cut as views (no copy); blobs and streams are read as needed. */
export async function* partsOf(data: UploadData, partSize: number): AsyncGenerator<UploadPart> {
  if (data instanceof Uint8Array) {
    for (let index = 0, at = 0; at < data.byteLength; index++, at += partSize) yield { index, data: data.subarray(at, at + partSize) };
  } else if (isBlob(data)) {
    for (let index = 0, at = 0; at < data.size; index++, at += partSize) {
      yield { index, data: new Uint8Array(await data.slice(at, at + partSize).arrayBuffer()) };
    }
  } else {
    yield* regroup(data, partSize);
  }
}

/** Regroups chunks of any sizes into parts of exactly `partSize` bytes (the last one shorter). */
async function* regroup(chunks: AsyncIterable<Uint8Array>, partSize: number): AsyncGenerator<UploadPart> {
  let index = 0;
  let buffer: Uint8Array | undefined;
  let filled = 0;
  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) throw new InvalidArgumentError("data", `chunks must be Uint8Array, got ${typeof chunk}`);
    let at = 0;
    while (at < chunk.byteLength) {
      // A chunk that covers a whole part on its own is sent as a view, without copying.
      if (filled === 0 && chunk.byteLength - at >= partSize) {
        yield { index: index++, data: chunk.subarray(at, at + partSize) };
        at += partSize;
        continue;
      }
      buffer ??= new Uint8Array(partSize);
      const n = Math.min(partSize - filled, chunk.byteLength - at);
      buffer.set(chunk.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === partSize) {
        yield { index: index++, data: buffer };
        // A fresh buffer: the one just yielded is still in flight.
        buffer = undefined;
        filled = 0;
      }
    }
  }
  if (filled > 0 && buffer) yield { index, data: buffer.subarray(0, filled) };
}
