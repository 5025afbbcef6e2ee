import { readFilePart, requireFileRef, storeUploadPart } from "../model/media/file-store.js";
import type { NamespaceHandlers } from "./context.js";

/**
 * `media.*`: uploads in numbered parts and downloads by byte range, in memory. Who may download
 * which file is decided in model/access/files.ts.
 */
export const mediaHandlers: NamespaceHandlers<"media"> = {
  mediaUploadFilePart(request, ctx) {
    storeUploadPart(ctx.core, ctx.userId, request.uploadId, request.part, request.data);
  },

  mediaDownloadFilePart(request, ctx) {
    const file = requireFileRef(ctx, request.fileRef);
    return { data: readFilePart(ctx.core, file, request.offset, request.length) };
  },
};
