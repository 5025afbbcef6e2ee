import { badRequest } from "../model/core/errors.js";
import type { NamespaceHandlers } from "./context.js";
import { readFilePart, requireFile, storeUploadPart } from "../model/media/file-store.js";

/**
 * `media.*`: uploads in numbered parts and downloads by byte range, in memory.
 *
 * Downloads: any authorized user may read any stored file by id, as a CDN serves an attachment
 * to whoever has its link (a deliberate simplification: the server does not track which chats
 * reference a file). `media_file` and `chat_photo` refs address the same store.
 */
export const mediaHandlers: NamespaceHandlers<"media"> = {
  mediaUploadFilePart(request, ctx) {
    storeUploadPart(ctx.core, ctx.userId, request.uploadId, request.part, request.data);
  },

  mediaDownloadFilePart(request, ctx) {
    const ref = request.fileRef?.ref;
    if (!ref?.case) throw badRequest("file_ref is required (media_file or chat_photo)");
    const file = requireFile(ctx.core, ref.value.fileId, `file_ref.${ref.case === "mediaFile" ? "media_file" : "chat_photo"}`);
    return { data: readFilePart(ctx.core, file, request.offset, request.length) };
  },
};
