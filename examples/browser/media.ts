// Images: uploading one in parts with a progress callback, and fetching an attached one for display,
// both through the SDK's transfer helpers (`client.media.upload` / `client.media.download`).
import type { OsmiumClient, TransferProgress } from "osmium-chat";

type AttachedMedia = NonNullable<Awaited<ReturnType<OsmiumClient["messages"]["getHistory"]>>["messages"][number]["media"]>[number];
/** An attachment for `messages.sendMessage({ media: [...] })`. */
export type MediaInit = Awaited<ReturnType<OsmiumClient["media"]["upload"]>>;

/**
 * Part size of uploads. The SDK's default (512 KiB) suits real files; the example uses smaller
 * parts so that the progress bar moves on small images too.
 */
const PART_BYTES = 64 * 1024;

/** Uploads an image (as an image: with its width and height), reporting progress after each part. */
export async function uploadImage(client: OsmiumClient, file: File, onProgress: (progress: TransferProgress) => void): Promise<MediaInit> {
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  bitmap.close();
  return client.media.upload(file, { width, height, partSize: PART_BYTES, onProgress });
}

const objectUrls = new Map<bigint, Promise<string>>();

/** An object URL for an attached image (downloaded once per file), or `undefined` for other media. */
export function imageUrl(client: OsmiumClient, media: AttachedMedia): Promise<string> | undefined {
  if (media.media.case !== "file") return undefined;
  const file = media.media.value.file;
  if (!file?.mimetype.startsWith("image/")) return undefined;
  let url = objectUrls.get(file.fileId);
  if (!url) {
    url = client.media.download(file).then((bytes) => URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: file.mimetype })));
    objectUrls.set(file.fileId, url);
  }
  return url;
}
