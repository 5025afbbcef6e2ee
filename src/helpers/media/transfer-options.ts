// Options shared by uploads and downloads, validated once per transfer.
import { InvalidArgumentError } from "../../errors.js";
import { type RetryOptions, type RetryPolicy, resolveRetry } from "../retry.js";

/** Where a transfer stands; reported after each part. */
export interface TransferProgress {
  /** Bytes of the parts completed so far; strictly increasing from one report to the next. */
  readonly transferredBytes: number;
  /** Size of the whole transfer when known (a `Uint8Array` or `Blob` upload, a download with a size); else `undefined`. */
  readonly totalBytes: number | undefined;
  /** Parts completed so far. */
  readonly parts: number;
}

/** Options of every transfer. */
export interface TransferOptions {
  /**
   * Bytes per part. The reference server accepts up to 1 MiB (`limits.partBytes`); the protocol
   * documents no maximum and suggests 256 KiB to 1 MiB.
   * @default 524_288 (512 KiB)
   */
  readonly partSize?: number;
  /** Parts in flight at once. @default 4 */
  readonly concurrency?: number;
  /** Aborts the transfer: it rejects with `AbortError`, and the parts in flight are aborted too. */
  readonly signal?: AbortSignal;
  /** Called after each part completes, in completion order, with ever-growing byte counts. */
  readonly onProgress?: (progress: TransferProgress) => void;
  /** Timeout of each part's call. @default the client's `requestTimeoutMs` */
  readonly timeoutMs?: number;
  /** Retries of a part that failed for a reason another attempt can fix, or `false` for none. @default {} (4 attempts) */
  readonly retry?: RetryOptions | false;
}

/** Transfer options with defaults filled in (internal). */
export interface TransferPlan {
  readonly partSize: number;
  readonly concurrency: number;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((progress: TransferProgress) => void) | undefined;
  readonly timeoutMs: number | undefined;
  readonly retry: RetryPolicy;
}

/** Default part size: the protocol's example uses 512 KB chunks (docs/protocol.md "Media"). */
export const DEFAULT_PART_SIZE = 512 * 1024;

/** Validates the options and fills in the defaults; throws InvalidArgumentError naming the bad option. */
export function resolveTransfer(options: TransferOptions): TransferPlan {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object");
  const partSize = options.partSize ?? DEFAULT_PART_SIZE;
  if (!Number.isSafeInteger(partSize) || partSize < 1 || partSize > 0xffff_ffff) throw new InvalidArgumentError("partSize", "must be a positive integer (bytes, at most 2^32-1)");
  const concurrency = options.concurrency ?? 4;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new InvalidArgumentError("concurrency", "must be a positive integer");
  const signal = options.signal;
  if (signal !== undefined && typeof signal?.addEventListener !== "function") throw new InvalidArgumentError("signal", "must be an AbortSignal");
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") throw new InvalidArgumentError("onProgress", "must be a function");
  return { partSize, concurrency, signal, onProgress: options.onProgress, timeoutMs: options.timeoutMs, retry: resolveRetry(options.retry) };
}

/** Counts completed parts and reports progress (internal). */
export class ProgressCounter {
  private transferredBytes = 0;
  private parts = 0;

  constructor(
    private readonly totalBytes: number | undefined,
    private readonly onProgress: ((progress: TransferProgress) => void) | undefined,
  ) {}

  /** Records one completed part of `bytes` bytes. */
  add(bytes: number): void {
    this.transferredBytes += bytes;
    this.parts += 1;
    this.onProgress?.({ transferredBytes: this.transferredBytes, totalBytes: this.totalBytes, parts: this.parts });
  }
}
