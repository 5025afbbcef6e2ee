import { create } from "@bufbuild/protobuf";
import type { UploadedFileRef } from "../../../../gen/osmium/client/media_pb.js";
import { type ChatPhoto, ChatPhotoSchema } from "../../../../gen/osmium/client/types_pb.js";
import { badRequest } from "../core/errors.js";
import type { ServerCore } from "../core/server-core.js";
import type { FileRecord } from "../state/server-state.js";
import { finalizeUpload } from "./file-store.js";

/**
 * A photo (profile, banner, group, community) from an upload of `userId`. Photos carry no MIME
 * type, so the bytes decide: 400 unless PNG, JPEG, GIF or WebP. The upload is consumed either way;
 * the file it became must not outlive the failed call, so it is discarded. No image decoding in the
 * reference server, so no low-resolution preview.
 */
export function photoFromUpload(
  core: ServerCore,
  userId: bigint,
  ref: UploadedFileRef | undefined,
  argument = "file",
  notImage: (file: FileRecord) => string = () => `${argument} is not an image (PNG, JPEG, GIF or WebP)`,
): ChatPhoto {
  const file = finalizeUpload(core, userId, ref, { argument });
  if (!file.mimetype.startsWith("image/")) {
    core.state.files.delete(file.id);
    throw badRequest(notImage(file));
  }
  return create(ChatPhotoSchema, { fileId: file.id });
}
