// Uploads (docs/protocol.md "Media"): parts numbered from 0 under one client-generated upload id, then an
// `UploadedFileRef` built on the client (the server answers parts with no result).
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { FileMetadataSchema, MediaRef, UploadedFileRef } from "../../../gen/osmium/client/media_pb.js";
import { shape_media_MediaRef, shape_media_UploadedFileRef } from "../../../gen/osmium/request_shapes.js";
import { buildRequest } from "../../protocol/request-build.js";
import { uploadFilePart } from "../../../gen/osmium/rpc.js";
import { InvalidArgumentError } from "../../errors.js";
import type { RpcClient } from "../../rpc-client.js";
import { abortedOr } from "../abort.js";
import { randomId64 } from "../nonce.js";
import { withRetry } from "../retry.js";
import { runBounded } from "./bounded.js";
import { ProgressCounter, type TransferOptions, resolveTransfer } from "./transfer-options.js";
import { type UploadData, checkUploadData, fileInfoOf, partsOf, sizeOf } from "./upload-source.js";

/** Options of `client.media.uploadFile()`. */
export interface UploadFileOptions extends TransferOptions {
  /** The file name in the `UploadedFileRef`. @default the `File`'s name, else `"file"` */
  readonly filename?: string;
}

/** Options of `client.media.upload()`. */
export interface UploadOptions extends UploadFileOptions {
  /** The MIME type to attach the file with. @default the `Blob`'s type, else `"application/octet-stream"` */
  readonly mimetype?: string;
  /** Image width in pixels; with `height`, the metadata says "image". @default none (metadata "file") */
  readonly width?: number;
  /** Image height in pixels; with `width`, the metadata says "image". @default none (metadata "file") */
  readonly height?: number;
  /** Metadata to attach as is (video, audio, custom emoji...); wins over `width`/`height`. @default from `width`/`height` */
  readonly metadata?: MessageInitShape<typeof FileMetadataSchema>;
}

const METHOD = "media.upload";

/**
 * Uploads `data` in parts and returns the `UploadedFileRef` that stands for it (for photos,
 * stickers, or {@link uploadMedia}). Parts are numbered from 0, at most `concurrency` are in
 * flight, each is retried on transient failures, and `onProgress` follows every completed part.
 * Rejects with AbortError when `signal` fires, InvalidArgumentError for empty data or a bad
 * option, or the part's error (an RpcError 413 when the server finds a part or the file too large).
 */
export async function uploadFile(client: RpcClient, data: UploadData, options: UploadFileOptions = {}): Promise<UploadedFileRef> {
  checkUploadData(data);
  const plan = resolveTransfer(options);
  const progress = new ProgressCounter(sizeOf(data), plan.onProgress);
  const uploadId = randomId64();
  let partCount = 0;
  const call = plan.timeoutMs === undefined ? {} : { timeoutMs: plan.timeoutMs };
  try {
    await runBounded(partsOf(data, plan.partSize), plan.concurrency, plan.signal, METHOD, async (part, signal) => {
      // The server keeps the last copy of a part sent twice, so a retry is safe.
      await withRetry(plan.retry, METHOD, signal, () => uploadFilePart(client, { uploadId, part: part.index, data: part.data }, { ...call, signal }));
      partCount += 1;
      progress.add(part.data.byteLength);
    });
  } catch (error) {
    throw abortedOr(error, METHOD, plan.signal);
  }
  if (partCount === 0) throw new InvalidArgumentError("data", "is empty (the protocol has no empty files)");
  const filename = options.filename ?? fileInfoOf(data).name ?? "file";
  return buildRequest(shape_media_UploadedFileRef, { id: uploadId, name: filename, partCount }) as UploadedFileRef;
}

/**
 * Uploads `data` and returns a ready `MediaRef` to put in `sendMessage({ media: [ref] })`: the
 * uploaded file, its MIME type, and metadata "image" when `width` and `height` are given, else
 * "file". See {@link uploadFile} for the transfer itself.
 */
export async function uploadMedia(client: RpcClient, data: UploadData, options: UploadOptions = {}): Promise<MediaRef> {
  const metadata = metadataOf(options);
  const info = fileInfoOf(data);
  const mimetype = options.mimetype ?? info.type ?? "application/octet-stream";
  if (typeof mimetype !== "string" || mimetype.trim() === "") throw new InvalidArgumentError("mimetype", "must be a non-empty string");
  const file = await uploadFile(client, data, options);
  return buildRequest(shape_media_MediaRef, { ref: { case: "uploaded", value: { file, mimetype, metadata } } }) as MediaRef;
}

function metadataOf(options: UploadOptions): MessageInitShape<typeof FileMetadataSchema> {
  if (options.metadata !== undefined) return options.metadata;
  const { width, height } = options;
  if (width === undefined && height === undefined) return { metadata: { case: "file", value: {} } };
  for (const [name, value] of [["width", width], ["height", height]] as const) {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 0xffff_ffff) {
      throw new InvalidArgumentError(name, "must be a positive integer, given together with the other dimension");
    }
  }
  return { metadata: { case: "image", value: { width: width as number, height: height as number } } };
}
