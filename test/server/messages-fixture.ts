import type { MessageInitShape } from "@bufbuild/protobuf";
import type { UploadedFileRefSchema } from "../../gen/osmium/client/media_pb.js";
import type { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import type { TestServer } from "../../src/testing/index.js";
import { type Peer, user } from "./support/harness.js";

// Shared set-up of the conversation tests (messages, chats, reactions, media, stickers, voice).

export type ChatRefInit = MessageInitShape<typeof ChatRefSchema>;

export const dmWith = (userId: bigint): ChatRefInit => ({ ref: { case: "user", value: { userId } } });
export const selfChat: ChatRefInit = { ref: { case: "self", value: {} } };
export const groupChat = (groupId: bigint): ChatRefInit => ({ ref: { case: "group", value: { groupId } } });
export const channelChat = (communityId: bigint, channelId: bigint): ChatRefInit => ({
  ref: { case: "channel", value: { communityId, channelId } },
});

/** Waits until every frame sent to each peer has arrived, then forgets their updates. */
export async function settle(...peers: Peer[]): Promise<void> {
  for (const p of peers) await p.sync();
  for (const p of peers) p.clear();
}

/**
 * A community "Guild" owned by Owner with members Mia and Noor (channels general, random), and
 * Outsider, who is not a member.
 */
export async function guild(server: TestServer) {
  const owner = await user(server, "Owner");
  const mia = await user(server, "Mia", { username: "mia" });
  const noor = await user(server, "Noor");
  const outsider = await user(server, "Outsider");
  const { community, channels } = server.createCommunity({ owner: owner.id, name: "Guild", channels: ["random"], members: [mia.id, noor.id] });
  const [general, random] = channels;
  if (!general || !random) throw new Error("fixture: channels missing");
  return {
    owner,
    mia,
    noor,
    outsider,
    communityId: community.id,
    general: channelChat(community.id, general.id),
    random: channelChat(community.id, random.id),
    generalId: general.id,
    randomId: random.id,
  };
}

/** Uploads `bytes` in parts of `partSize` as `peer` and returns the ref to attach. */
export async function upload(
  peer: Peer,
  uploadId: bigint,
  bytes: Uint8Array,
  name = "file.bin",
  partSize = 4,
): Promise<MessageInitShape<typeof UploadedFileRefSchema>> {
  let part = 0;
  for (let at = 0; at < bytes.length; at += partSize) {
    await peer.call("mediaUploadFilePart", { uploadId, part: part++, data: bytes.slice(at, at + partSize) });
  }
  return { id: uploadId, name, partCount: part };
}

/** The first bytes of a PNG file (enough for the server to recognise an image). */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
