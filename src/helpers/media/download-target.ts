// What a download names: a `FileRef`, or a media `File` (which also tells the size).
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { FileRefSchema, File as MediaFile } from "../../../gen/osmium/client/media_pb.js";
import { downloadFilePart } from "../../../gen/osmium/rpc.js";
import type { RpcClient } from "../../rpc-client.js";
import { InvalidArgumentError } from "../../errors.js";
import { withRetry } from "../retry.js";
import type { TransferOptions, TransferPlan } from "./transfer-options.js";

/**
 * What `client.media.download()` reads: a `FileRef` (`{ ref: { case: "mediaFile", value: { fileId } } }`
 * for attachments, `chatPhoto` for photos), or the `File` of a message attachment, whose size
 * then needs no `size` option.
 */
export type DownloadTarget = MessageInitShape<typeof FileRefSchema> | MediaFile;

/** Options of `client.media.download()` and `downloadStream()`. */
export interface DownloadOptions extends TransferOptions {
  /**
   * The file's size in bytes (`File.size`). With it, parts are read exactly and a short read is an
   * error; without it, parts are read until one comes back short (one speculative read per slot).
   * @default the `File`'s size when a `File` is given, else unknown
   */
  readonly size?: number | bigint;
}

/** A resolved target (internal). */
export interface ResolvedTarget {
  readonly fileRef: MessageInitShape<typeof FileRefSchema>;
  readonly size: number | undefined;
}

/** Resolves the target and the size; throws InvalidArgumentError for anything else. */
export function resolveTarget(target: DownloadTarget, size: number | bigint | undefined): ResolvedTarget {
  if (typeof target !== "object" || target === null) throw new InvalidArgumentError("file", "must be a FileRef or a File");
  let fileRef: MessageInitShape<typeof FileRefSchema>;
  let known = size;
  if ("fileId" in target && typeof target.fileId === "bigint") {
    fileRef = { ref: { case: "mediaFile", value: { fileId: target.fileId } } };
    known ??= "size" in target && typeof target.size === "bigint" ? target.size : undefined;
  } else if ("ref" in target && target.ref?.case !== undefined) {
    fileRef = target as MessageInitShape<typeof FileRefSchema>;
  } else {
    throw new InvalidArgumentError("file", "must be a FileRef with a case set (mediaFile or chatPhoto) or a File");
  }
  if (known === undefined) return { fileRef, size: undefined };
  const bytes = typeof known === "bigint" ? Number(known) : known;
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new InvalidArgumentError("size", "must be a non-negative integer (bytes)");
  return { fileRef, size: bytes };
}

/** Reads one byte range, retried on transient failures (internal). */
export function readRange(
  client: RpcClient,
  fileRef: ResolvedTarget["fileRef"],
  offset: number,
  length: number,
  plan: TransferPlan,
  method: string,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const call = plan.timeoutMs === undefined ? { signal } : { signal, timeoutMs: plan.timeoutMs };
  return withRetry(plan.retry, method, signal, async () => {
    const part = await downloadFilePart(client, { fileRef, offset: BigInt(offset), length }, call);
    return part.data;
  });
}
