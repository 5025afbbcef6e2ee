import { clone, create } from "@bufbuild/protobuf";
import {
  type File as MediaFileInfo,
  type FileMetadata,
  FileMetadataSchema,
  type FileRef,
  FileSchema,
  type UploadedFileRef,
} from "../../../../gen/osmium/client/media_pb.js";
import { requireReadableFile } from "../access/files.js";
import type { Caller } from "../core/caller.js";
import type { ServerCore } from "../core/server-core.js";
import { badRequest, notFound, rateLimited, tooLarge } from "../core/errors.js";
import type { FileRecord, UploadRecord } from "../state/server-state.js";

// The in-memory file store: uploads arrive in numbered parts (media.uploadFilePart) and become
// files when something uses them (a message attachment, a photo, a sticker), through an
// UploadedFileRef the client builds (docs/protocol.md#media). Every size, quota and lifetime rule
// of the server's uploads lives here.

const uploadKey = (userId: bigint, uploadId: bigint): string => `${userId}:${uploadId}`;

/**
 * Drops every upload in progress whose last part is older than `limits.uploadLifetimeMs`: an
 * abandoned upload must not hold memory (and the saved state) forever. Run before every upload
 * rule and before saving.
 */
export function expireUploads(core: ServerCore): void {
  const now = core.now();
  for (const [key, upload] of core.state.uploads) {
    if (now - upload.touchedAt > core.limits.uploadLifetimeMs) core.state.uploads.delete(key);
  }
}

/** How many uploads `userId` has in progress, and the bytes they hold. */
function uploadsInProgress(core: ServerCore, userId: bigint): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const upload of core.state.uploads.values()) {
    if (upload.ownerId !== userId) continue;
    count++;
    bytes += upload.bytes;
  }
  return { count, bytes };
}

/**
 * Stores one part of an upload. Parts are numbered from 0 and may arrive in any order; sending a
 * part again replaces it (a retry). 413 when the part or the whole upload exceeds the limits, or
 * when the user's uploads in progress would exceed `uploadQuotaBytes`; 429 for a new upload past
 * `openUploads`. Nothing is stored when refused.
 */
export function storeUploadPart(core: ServerCore, userId: bigint, uploadId: bigint, part: number, data: Uint8Array): void {
  const { partBytes, uploadBytes, uploadQuotaBytes, openUploads } = core.limits;
  if (data.byteLength === 0) throw badRequest(`data of part ${part} is empty`);
  if (data.byteLength > partBytes) throw tooLarge(`part ${part} is ${data.byteLength} bytes, larger than the ${partBytes}-byte part limit`);
  expireUploads(core);
  const key = uploadKey(userId, uploadId);
  const existing = core.state.uploads.get(key);
  const held = uploadsInProgress(core, userId);
  if (!existing && held.count >= openUploads) {
    throw rateLimited(`${held.count} uploads are already in progress: use one, or wait until unused ones expire`);
  }
  const change = data.byteLength - (existing?.parts.get(part)?.byteLength ?? 0);
  const bytes = (existing?.bytes ?? 0) + change;
  if (bytes > uploadBytes) throw tooLarge(`upload ${uploadId} is larger than the ${uploadBytes}-byte upload limit`);
  if (held.bytes + change > uploadQuotaBytes) {
    throw tooLarge(`uploads in progress would hold ${held.bytes + change} bytes, over the ${uploadQuotaBytes}-byte quota: use or drop some first`);
  }
  const upload = existing ?? { ownerId: userId, parts: new Map<number, Uint8Array>(), bytes: 0, touchedAt: 0 };
  upload.parts.set(part, data.slice());
  upload.bytes = bytes;
  upload.touchedAt = core.now();
  core.state.uploads.set(key, upload);
}

/**
 * Whether a photo's file ref asks for "no photo": unset, or empty (`id` 0 and `part_count` 0, what
 * a client sends for a cleared field). Every photo call (profile, banner, group, community) uses it.
 */
export function isEmptyFileRef(ref: UploadedFileRef | undefined): boolean {
  return !ref || (ref.id === 0n && ref.partCount === 0);
}

/** What a finished upload is stored with. Without a MIME type, it is guessed from the bytes. */
export interface FinalizeOptions {
  mimetype?: string;
  /** Overrides the name in the `UploadedFileRef`. */
  filename?: string;
  metadata?: FileMetadata;
  /** Names the argument in error messages, e.g. `media[0].file`. @default "file" */
  argument?: string;
}

/**
 * Turns a finished upload of `userId` into a stored file and consumes the upload (an upload is
 * used once; attach the resulting file id elsewhere by reference).
 * 400 when `ref` is missing or parts are missing, 404 when there is no such upload, 413 when too large.
 * Used for message attachments, stickers and photos (profile, banner, group, community).
 */
export function finalizeUpload(
  core: ServerCore,
  userId: bigint,
  ref: UploadedFileRef | undefined,
  options: FinalizeOptions = {},
): FileRecord {
  const { key, upload, partCount, name } = checkUpload(core, userId, ref, options.argument);
  const data = new Uint8Array(upload.bytes);
  let at = 0;
  for (let part = 0; part < partCount; part++) {
    const chunk = upload.parts.get(part) ?? new Uint8Array();
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  core.state.uploads.delete(key);
  const filename = options.filename || name || undefined;
  const record: FileRecord = {
    id: core.nextId(),
    ownerId: userId,
    data,
    mimetype: options.mimetype?.trim() || sniffMimetype(data),
    ...(filename ? { filename } : {}),
    metadata: options.metadata ? clone(FileMetadataSchema, options.metadata) : create(FileMetadataSchema, { metadata: { case: "file", value: {} } }),
  };
  core.state.files.set(record.id, record);
  return record;
}

/** What {@link checkUpload} found: the upload, under its store key, with the ref's part count and name. */
interface CheckedUpload {
  key: string;
  upload: UploadRecord;
  partCount: number;
  name: string;
}

/**
 * Every check {@link finalizeUpload} makes, without consuming the upload: a call that uses several
 * uploads checks them all first, so a refused call leaves every upload usable.
 */
export function checkUpload(core: ServerCore, userId: bigint, ref: UploadedFileRef | undefined, argument = "file"): CheckedUpload {
  if (!ref) throw badRequest(`${argument} is required (an UploadedFileRef)`);
  expireUploads(core);
  const key = uploadKey(userId, ref.id);
  const upload = core.state.uploads.get(key);
  // Uploads are per user: another user's upload id is as unknown as one never sent.
  if (!upload) throw notFound(`${argument}: no upload ${ref.id} (send its parts with media.uploadFilePart first)`);
  if (ref.partCount < 1) throw badRequest(`${argument}.part_count must be at least 1`);
  for (let part = 0; part < ref.partCount; part++) {
    if (!upload.parts.has(part)) throw badRequest(`${argument}: upload ${ref.id} is missing part ${part} of ${ref.partCount}`);
  }
  if (upload.parts.size !== ref.partCount) {
    throw badRequest(`${argument}: upload ${ref.id} has ${upload.parts.size} parts but part_count is ${ref.partCount}`);
  }
  for (const [part, chunk] of upload.parts) {
    if (chunk.byteLength > core.limits.partBytes) throw tooLarge(`${argument}: part ${part} is larger than the ${core.limits.partBytes}-byte part limit`);
  }
  if (upload.bytes > core.limits.uploadBytes) throw tooLarge(`${argument}: upload ${ref.id} is larger than the ${core.limits.uploadBytes}-byte upload limit`);
  return { key, upload, partCount: ref.partCount, name: ref.name };
}

/** The protocol's `File` description of a stored file. */
export function fileView(record: FileRecord): MediaFileInfo {
  return create(FileSchema, {
    fileId: record.id,
    // One in-memory "region": the server advertises a single entrypoint.
    region: 0,
    size: BigInt(record.data.byteLength),
    mimetype: record.mimetype,
    ...(record.filename !== undefined ? { filename: record.filename } : {}),
    ...(record.metadata ? { metadata: record.metadata } : {}),
  });
}

/**
 * Bytes `[offset, offset + length)` of a file, shorter at the end of the file (empty exactly at
 * the end). 400 for a zero length or an offset past the end, 413 for a read over the part limit.
 */
export function readFilePart(core: ServerCore, record: FileRecord, offset: bigint, length: number): Uint8Array {
  if (length < 1) throw badRequest("length must be at least 1");
  if (length > core.limits.partBytes) throw tooLarge(`length ${length} is larger than the ${core.limits.partBytes}-byte part limit`);
  const size = BigInt(record.data.byteLength);
  if (offset > size) throw badRequest(`offset ${offset} is past the end of file ${record.id} (${size} bytes)`);
  const start = Number(offset);
  return record.data.slice(start, start + length);
}

/**
 * The stored file a `FileRef` names, if the caller may read it (model/access/files.ts):
 * `media_file` and `chat_photo` refs address the same store. 400 without a ref, 404 for an unknown
 * file or one the caller may not read.
 */
export function requireFileRef(caller: Caller, fileRef: FileRef | undefined): FileRecord {
  const ref = fileRef?.ref;
  if (!ref?.case) throw badRequest("file_ref is required (media_file or chat_photo)");
  return requireReadableFile(caller, ref.value.fileId, `file_ref.${ref.case === "mediaFile" ? "media_file" : "chat_photo"}`);
}

/** Guesses a MIME type from well-known magic numbers (photos carry no MIME type on the wire). */
export function sniffMimetype(data: Uint8Array): string {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && data[8] === 0x57 && data[9] === 0x45 && data[10] === 0x42 && data[11] === 0x50) return "image/webp";
  return "application/octet-stream";
}
