import { readFilePart, requireFileRef, storeUploadPart } from "../model/media/file-store.js";
import type { NamespaceHandlers } from "./context.js";

/**
 * `media.*`: uploads in numbered parts and downloads by byte range, in memory.
 *
 * Downloads: any authorized user may read any stored file by id, as a CDN serves an attachment
 * to whoever has its link (a deliberate simplification: the server does not track which chats
 * reference a file).
 */
export const mediaHandlers: NamespaceHandlers<"media"> = {
  mediaUploadFilePart(request, ctx) {
    storeUploadPart(ctx.core, ctx.userId, request.uploadId, request.part, request.data);
  },

  mediaDownloadFilePart(request, ctx) {
    const file = requireFileRef(ctx.core, request.fileRef);
    return { data: readFilePart(ctx.core, file, request.offset, request.length) };
  },
};
