import type { Message as ChatMessage } from "../../../../gen/osmium/client/types_pb.js";
import type { Caller } from "../core/caller.js";
import { notFound } from "../core/errors.js";
import type { FileRecord, ServerState } from "../state/server-state.js";
import { canViewChannel } from "./visibility.js";

// Who may read a stored file (media.downloadFilePart, and naming a file in a message). File ids are
// snowflakes, so they can be guessed: knowing an id must not be enough. The one rule:
// - its uploader may;
// - a file shown outside any chat (a user's photo or banner, a group's or community's photo, a
//   sticker or custom emoji) is public: profiles, invite previews, discovery and packs show it to
//   users who share no chat with its owner;
// - anyone else only while they may see a message carrying the file (an attachment, an embed's
//   file, a bot's cloak photo): a DM's two users, the self chat's owner, a group's participants, a
//   channel's viewers (VIEW_CHANNEL). Deleting the message or editing the file away closes it again.
// Everyone else gets the same 404 as for an id that was never used.

/** Ids of the files a message shows. */
function filesOf(message: ChatMessage): bigint[] {
  const ids: bigint[] = [];
  for (const m of message.media) {
    const file = m.media.case === "file" ? m.media.value.file : m.media.case === "embed" ? m.media.value.file : undefined;
    if (file) ids.push(file.fileId);
  }
  const cloak = message.botInfo?.cloak?.photo;
  if (cloak) ids.push(cloak.fileId);
  return ids;
}

/** Whether `userId` may see the messages of the chat with server key `key` (model/state/chat-keys.ts). */
function seesChat(state: ServerState, userId: bigint, key: string): boolean {
  const [kind, a = "0", b = "0"] = key.split(":");
  switch (kind) {
    case "self":
      return BigInt(a) === userId;
    case "dm":
      return BigInt(a) === userId || BigInt(b) === userId;
    case "group":
      return state.groups.get(BigInt(a))?.participants.has(userId) === true;
    case "channel": {
      const community = state.communities.get(BigInt(a));
      return community?.members.has(userId) === true && canViewChannel(community, userId, BigInt(b));
    }
    default:
      return false;
  }
}

/** Whether the file is shown outside any chat: a photo, a banner or a sticker. */
function isPublic(state: ServerState, fileId: bigint): boolean {
  for (const a of state.accounts.values()) if (a.user.photo?.fileId === fileId || a.banner?.fileId === fileId) return true;
  for (const g of state.groups.values()) if (g.photo?.fileId === fileId) return true;
  for (const c of state.communities.values()) if (c.photo?.fileId === fileId) return true;
  for (const p of state.stickerPacks.values()) if (p.stickerIds.includes(fileId)) return true;
  return false;
}

/**
 * Whether `userId` may read `file`, by the rule above. It scans the chats the user sees rather than
 * keeping an index of where each file is used: an index could go stale on any of the paths that
 * add, copy, edit or delete messages, and a reference server favours being right over being fast.
 */
export function mayReadFile(state: ServerState, userId: bigint, file: FileRecord): boolean {
  if (file.ownerId === userId || isPublic(state, file.id)) return true;
  for (const [key, log] of state.chats) {
    if (!seesChat(state, userId, key)) continue;
    if (log.messages.some((m) => filesOf(m).includes(file.id))) return true;
  }
  return false;
}

/** A stored file the caller may read; 404 otherwise, the same answer as for an unknown id. */
export function requireReadableFile(caller: Caller, fileId: bigint, argument = "file_id"): FileRecord {
  const file = caller.core.state.files.get(fileId);
  if (!file || !mayReadFile(caller.core.state, caller.userId, file)) throw notFound(`${argument}: no file ${fileId}`);
  return file;
}
