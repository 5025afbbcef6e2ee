// The helper methods that sit next to the generated RPC methods of five namespaces
// (`client.media.upload`, `client.messages.iterHistory`, ...), declared and attached in this one
// place. They are non-enumerable, so `Object.keys(client.media)` still lists exactly the RPCs.
import type { RequestInit } from "../protocol/request-init.js";
import type { MediaRef, UploadedFileRef } from "../../gen/osmium/client/media_pb.js";
import type { DiscoveryCommunityListing } from "../../gen/osmium/client/discovery_pb.js";
import type { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import type { Conversation, Message } from "../../gen/osmium/client/types_pb.js";
import type { RpcClient } from "../rpc-client.js";
import type { IdInput } from "./ids.js";
import { downloadFile, downloadFileStream } from "./media/download.js";
import type { DownloadOptions, DownloadTarget } from "./media/download-target.js";
import { type UploadFileOptions, type UploadOptions, uploadFile, uploadMedia } from "./media/upload.js";
import type { UploadData } from "./media/upload-source.js";
import { type PageIterateOptions, iterChats, iterCommunities } from "./pagination/chats.js";
import { type HistoryIterateOptions, type SearchOptions, iterHistory, iterSearch } from "./pagination/history.js";
import { type CommunityMemberEntry, type MembersIterateOptions, iterMembers } from "./pagination/members.js";

type ChatRefInput = RequestInit<typeof ChatRefSchema>;

/** Helpers of `client.media`. */
export interface MediaHelpers {
  /**
   * Uploads bytes, a `Blob`/`File` or an async iterable of chunks in parts and returns a ready
   * `MediaRef` for `sendMessage({ media: [ref] })`. See {@link UploadOptions}.
   */
  upload(data: UploadData, options?: UploadOptions): Promise<MediaRef>;
  /** Uploads like `upload()` but returns the bare `UploadedFileRef` (for profile, group and community photos, stickers). */
  uploadFile(data: UploadData, options?: UploadFileOptions): Promise<UploadedFileRef>;
  /** Downloads a whole file into memory, parts in parallel, each retried with backoff. */
  download(file: DownloadTarget, options?: DownloadOptions): Promise<Uint8Array>;
  /** Downloads a file as chunks in file order, with memory bounded by `partSize × (concurrency + 1)`. */
  downloadStream(file: DownloadTarget, options?: DownloadOptions): AsyncIterableIterator<Uint8Array>;
}

/** Helpers of `client.messages`. */
export interface MessagesHelpers {
  /** Iterates over a chat's messages page by page, newest first (or oldest first with `direction: "forward"`). */
  iterHistory(chatRef: ChatRefInput, options?: HistoryIterateOptions): AsyncIterableIterator<Message>;
  /** Iterates over the messages matching `query`, page by page. */
  iterSearch(chatRef: ChatRefInput, query: string, options?: SearchOptions): AsyncIterableIterator<Message>;
}

/** Helpers of `client.chats`. */
export interface ChatsHelpers {
  /** Iterates over the user's conversations, most recent activity first. */
  iterChats(options?: PageIterateOptions): AsyncIterableIterator<Conversation>;
}

/** Helpers of `client.communities`. */
export interface CommunitiesHelpers {
  /** Iterates over a community's members (of one channel, or of all its channels), each once, with their users. */
  iterMembers(communityId: IdInput, options?: MembersIterateOptions): AsyncIterableIterator<CommunityMemberEntry>;
}

/** Helpers of `client.discovery`. */
export interface DiscoveryHelpers {
  /** Iterates over the communities listed in discovery. */
  iterCommunities(options?: PageIterateOptions): AsyncIterableIterator<DiscoveryCommunityListing>;
}

/** The helpers, by namespace. */
export interface NamespaceHelpers {
  media: MediaHelpers;
  messages: MessagesHelpers;
  chats: ChatsHelpers;
  communities: CommunitiesHelpers;
  discovery: DiscoveryHelpers;
}

/** Attaches the helpers, calling through `client`, to freshly built namespaces (internal). */
export function addNamespaceHelpers(namespaces: { readonly [N in keyof NamespaceHelpers]: object }, client: RpcClient): void {
  const helpers: NamespaceHelpers = {
    media: {
      upload: (data, options) => uploadMedia(client, data, options),
      uploadFile: (data, options) => uploadFile(client, data, options),
      download: (file, options) => downloadFile(client, file, options),
      downloadStream: (file, options) => downloadFileStream(client, file, options),
    },
    messages: {
      iterHistory: (chatRef, options) => iterHistory(client, chatRef, options),
      iterSearch: (chatRef, query, options) => iterSearch(client, chatRef, query, options),
    },
    chats: { iterChats: (options) => iterChats(client, options) },
    communities: { iterMembers: (communityId, options) => iterMembers(client, communityId, options) },
    discovery: { iterCommunities: (options) => iterCommunities(client, options) },
  };
  for (const [name, methods] of Object.entries(helpers)) {
    const namespace = namespaces[name as keyof NamespaceHelpers];
    for (const [method, fn] of Object.entries(methods)) {
      Object.defineProperty(namespace, method, { value: Object.defineProperty(fn, "name", { value: method }), enumerable: false });
    }
  }
}
