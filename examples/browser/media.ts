// Images: uploading one in parts with a progress callback, and fetching an attached one for display.
import type { OsmiumClient } from "osmium-chat";

type SendMessageRequest = NonNullable<Parameters<OsmiumClient["messages"]["sendMessage"]>[0]>;
/** An attachment for `messages.sendMessage({ media: [...] })`. */
export type MediaInit = NonNullable<SendMessageRequest["media"]>[number];
type AttachedMedia = NonNullable<Awaited<ReturnType<OsmiumClient["messages"]["getHistory"]>>["messages"][number]["media"]>[number];

/**
 * Part size of uploads and downloads. The reference server accepts up to 1 MiB per part; smaller
 * parts make the progress bar move on small images and keep each frame well under the limits.
 */
const PART_BYTES = 64 * 1024;

/** A client-chosen, non-zero 64-bit upload id (the protocol leaves choosing it to the client). */
function newUploadId(): bigint {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return ((BigInt(high) << 32n) | BigInt(low)) || 1n;
}

/**
 * Uploads an image in parts, reporting bytes sent after each part, and returns the attachment to
 * send. Parts go one at a time, so progress is monotonic and a slow link is not flooded.
 */
export async function uploadImage(client: OsmiumClient, file: File, onProgress: (sentBytes: number, totalBytes: number) => void): Promise<MediaInit> {
  const data = new Uint8Array(await file.arrayBuffer());
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  bitmap.close();
  const uploadId = newUploadId();
  const partCount = Math.max(1, Math.ceil(data.byteLength / PART_BYTES));
  onProgress(0, data.byteLength);
  for (let part = 0; part < partCount; part++) {
    const chunk = data.subarray(part * PART_BYTES, (part + 1) * PART_BYTES);
    await client.media.uploadFilePart({ uploadId, part, data: chunk });
    onProgress(Math.min(data.byteLength, (part + 1) * PART_BYTES), data.byteLength);
  }
  return {
    ref: {
      case: "uploaded",
      value: {
        file: { id: uploadId, name: file.name, partCount },
        mimetype: file.type || "application/octet-stream",
        metadata: { metadata: { case: "image", value: { width, height } } },
      },
    },
  };
}

const objectUrls = new Map<bigint, Promise<string>>();

/** An object URL for an attached image (downloaded once per file), or `undefined` for other media. */
export function imageUrl(client: OsmiumClient, media: AttachedMedia): Promise<string> | undefined {
  if (media.media.case !== "file") return undefined;
  const file = media.media.value.file;
  if (!file?.mimetype.startsWith("image/")) return undefined;
  let url = objectUrls.get(file.fileId);
  if (!url) {
    url = download(client, file.fileId, Number(file.size)).then((parts) => URL.createObjectURL(new Blob(parts, { type: file.mimetype })));
    objectUrls.set(file.fileId, url);
  }
  return url;
}

async function download(client: OsmiumClient, fileId: bigint, size: number): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < size; offset += PART_BYTES) {
    const fileRef = { ref: { case: "mediaFile" as const, value: { fileId } } };
    const { data } = await client.media.downloadFilePart({ fileRef, offset: BigInt(offset), length: PART_BYTES });
    parts.push(new Uint8Array(data));
  }
  return parts;
}
