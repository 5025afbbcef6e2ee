// Downloads (docs/protocol.md "Media"): byte ranges of `partSize`, a bounded number in flight, each retried
// with exponential backoff, as the protocol's download page advises.
import { AbortError, ProtocolError } from "../../errors.js";
import type { RpcClient } from "../../rpc-client.js";
import { abortedOr } from "../abort.js";
import { linkedController, runBounded } from "./bounded.js";
import { type DownloadOptions, type DownloadTarget, type ResolvedTarget, readRange, resolveTarget } from "./download-target.js";
import { ProgressCounter, type TransferPlan, resolveTransfer } from "./transfer-options.js";

const METHOD = "media.download";

type Outcome = { ok: true; data: Uint8Array } | { ok: false; error: unknown };

function shortRead(index: number, got: number, expected: number): ProtocolError {
  return new ProtocolError(`part ${index} of the file has ${got} bytes, expected ${expected} (is the size right?)`, { method: METHOD });
}

/**
 * Downloads a whole file into one `Uint8Array`. With a known size (a `File`, or `size`) the parts
 * are written in place as they arrive, at most `concurrency` at once; without one, it reads the
 * stream of {@link downloadFileStream} and joins it. Rejects with AbortError when `signal` fires,
 * with the part's error once its retries are spent, or with ProtocolError when the file is
 * shorter than `size`.
 */
export async function downloadFile(client: RpcClient, target: DownloadTarget, options: DownloadOptions = {}): Promise<Uint8Array> {
  const resolved = resolveTarget(target, options.size);
  const plan = resolveTransfer(options);
  if (resolved.size === undefined) return join(streamParts(client, resolved, plan));
  const size = resolved.size;
  const result = new Uint8Array(size);
  const progress = new ProgressCounter(size, plan.onProgress);
  const indices = Array.from({ length: Math.ceil(size / plan.partSize) }, (_, i) => i);
  try {
    await runBounded(indices, plan.concurrency, plan.signal, METHOD, async (index, signal) => {
      const offset = index * plan.partSize;
      const length = Math.min(plan.partSize, size - offset);
      const data = await readRange(client, resolved.fileRef, offset, length, plan, METHOD, signal);
      if (data.byteLength !== length) throw shortRead(index, data.byteLength, length);
      result.set(data, offset);
      progress.add(length);
    });
  } catch (error) {
    throw abortedOr(error, METHOD, plan.signal);
  }
  return result;
}

/**
 * Downloads a file as an async iterable of chunks, in file order, one chunk per part. At most
 * `concurrency` parts are fetched ahead of the chunk being consumed, so memory stays at about
 * `partSize × (concurrency + 1)` however large the file. Breaking out of the loop aborts the parts
 * in flight. Errors are thrown from the loop, as {@link downloadFile} rejects.
 */
export function downloadFileStream(client: RpcClient, target: DownloadTarget, options: DownloadOptions = {}): AsyncIterableIterator<Uint8Array> {
  // Validated now, so a bad argument throws at the call rather than at the first `next()`.
  const resolved = resolveTarget(target, options.size);
  return streamParts(client, resolved, resolveTransfer(options));
}

async function* streamParts(client: RpcClient, target: ResolvedTarget, plan: TransferPlan): AsyncGenerator<Uint8Array, void, undefined> {
  const { size } = target;
  const { controller, unlink } = linkedController(plan.signal);
  const progress = new ProgressCounter(size, plan.onProgress);
  const partCount = size === undefined ? Number.POSITIVE_INFINITY : Math.ceil(size / plan.partSize);
  const lengthOf = (index: number) => (size === undefined ? plan.partSize : Math.min(plan.partSize, size - index * plan.partSize));
  // Parts launched and not yet consumed, by index: the reorder window.
  const window = new Map<number, Promise<Outcome>>();
  let launched = 0;
  const launchUpTo = (end: number) => {
    for (; launched < Math.min(end, partCount); launched++) {
      const index = launched;
      const read = readRange(client, target.fileRef, index * plan.partSize, lengthOf(index), plan, METHOD, controller.signal);
      window.set(
        index,
        read.then(
          (data): Outcome => {
            if (data.byteLength > 0) progress.add(data.byteLength);
            return { ok: true, data };
          },
          (error: unknown): Outcome => ({ ok: false, error }),
        ),
      );
    }
  };
  try {
    for (let next = 0; next < partCount; next++) {
      launchUpTo(next + plan.concurrency);
      const outcome = (await window.get(next)) as Outcome;
      window.delete(next);
      if (!outcome.ok) throw outcome.error;
      const data = outcome.data;
      if (size === undefined) {
        // Unknown size: the first short part is the last one.
        if (data.byteLength < plan.partSize) {
          if (data.byteLength > 0) yield data;
          return;
        }
      } else if (data.byteLength !== lengthOf(next)) {
        throw shortRead(next, data.byteLength, lengthOf(next));
      }
      // Keep the window full while the consumer works on this chunk.
      launchUpTo(next + 1 + plan.concurrency);
      yield data;
    }
  } catch (error) {
    throw abortedOr(error, METHOD, plan.signal);
  } finally {
    // Parts past the end (unknown size) or past a break are not wanted any more.
    if (window.size > 0) controller.abort(new AbortError(METHOD, "download finished"));
    await Promise.all(window.values());
    unlink();
  }
}

async function join(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    total += chunk.byteLength;
  }
  const result = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.byteLength;
  }
  return result;
}
