// Security: who may download a stored file. An attachment is private: its uploader, and whoever may
// see a message carrying it, may read it; anyone else gets the same 404 as for an id that was never
// used, however the id was found (ids are predictable snowflakes, so they are guessed here).
// Photos (profile, banner, group, community) and stickers are shown outside their chats, so they are
// public. Over a real WebSocket, on a fixed clock so that file ids are consecutive.
import { beforeAll, describe, expect, it } from "vitest";
import { CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { type ChatRef, ChatRefs, OsmiumClient, RpcError } from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

const T0 = Date.parse("2026-03-01T12:00:00Z");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

interface Person {
  id: bigint;
  client: OsmiumClient;
}

let server: TestServer;
let url: string;
const clients: OsmiumClient[] = [];
let nextUpload = 1n;

beforeAll(async () => {
  server = createTestServer({ now: () => T0 });
  url = await server.listen({ port: 0 });
  return async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server.close();
  };
});

async function person(name: string, bot = false): Promise<Person> {
  const created = await server.createUser({ name, bot });
  const client = new OsmiumClient({ url, token: created.token, reconnect: false, keepalive: false });
  clients.push(client);
  await client.connect();
  return { id: created.user.id, client };
}

/** Uploads `data` as one part and returns the ref to use it. */
async function upload(p: Person, data: Uint8Array) {
  const id = nextUpload++;
  await p.client.media.uploadFilePart({ uploadId: id, part: 0, data });
  return { id, name: "file.bin", partCount: 1 };
}

/** Sends a message with one attachment; returns the message id and the stored file's id. */
async function attach(p: Person, chatRef: ChatRef, data = new Uint8Array([7, 7, 7])): Promise<{ messageId: bigint; fileId: bigint }> {
  const file = await upload(p, data);
  const { messageId } = await p.client.messages.sendMessage({
    chatRef,
    message: "",
    media: [{ ref: { case: "uploaded", value: { file, mimetype: "application/octet-stream" } } }],
  });
  const { messages } = await p.client.messages.getHistory({ chatRef, offset: { case: "around", value: messageId }, limit: 1 });
  const media = messages[0]?.media[0]?.media;
  if (media?.case !== "file" || !media.value.file) throw new Error("attach: no file on the message");
  return { messageId, fileId: media.value.file.fileId };
}

/** "ok" when `p` may read the file, else `<code> <message>`. */
async function download(p: Person, fileId: bigint, as: "mediaFile" | "chatPhoto" = "mediaFile"): Promise<string> {
  try {
    await p.client.media.downloadFilePart({ fileRef: { ref: { case: as, value: { fileId } } }, offset: 0n, length: 16 });
    return "ok";
  } catch (e) {
    if (e instanceof RpcError) return `${e.errorCode} ${e.errorMessage}`;
    throw e;
  }
}

const hidden = (fileId: bigint, as = "media_file") => `404 file_ref.${as}: no file ${fileId}`;

describe("who may download an attachment", () => {
  let ada: Person, bob: Person, carl: Person, mia: Person, owner: Person, nils: Person, gus: Person;
  let communityId: bigint, general: bigint, secret: bigint;

  beforeAll(async () => {
    [ada, bob, carl, mia, owner, nils, gus] = await Promise.all(["Ada", "Bob", "Carl", "Mia", "Owner", "Nils", "Gus"].map((n) => person(n)));
    const { community, channels } = server.createCommunity({ owner: owner.id, name: "Guild", channels: ["secret"], members: [ada.id, mia.id] });
    communityId = community.id;
    [general, secret] = channels.map((c) => c.id) as [bigint, bigint];
    // #secret is hidden from everyone but the owner.
    await owner.client.communities.createChannelOverride({ communityId, channelId: secret, roleId: communityId, permissions: { pos: 0n, neg: BigInt(P.VIEW_CHANNEL) } });
  });

  it("a DM attachment: the uploader and the DM peer; not a stranger, nor a member of a shared community", async () => {
    const { fileId } = await attach(ada, ChatRefs.user(bob.id));
    expect(await download(ada, fileId)).toBe("ok");
    expect(await download(bob, fileId)).toBe("ok");
    expect(await download(bob, fileId, "chatPhoto")).toBe("ok");
    expect(await download(carl, fileId)).toBe(hidden(fileId));
    expect(await download(carl, fileId, "chatPhoto")).toBe(hidden(fileId, "chat_photo"));
    expect(await download(mia, fileId)).toBe(hidden(fileId));
  });

  it("a channel attachment: members who see the channel; not a non-member", async () => {
    const { fileId } = await attach(ada, ChatRefs.channel(communityId, general));
    expect(await download(mia, fileId)).toBe("ok");
    expect(await download(owner, fileId)).toBe("ok");
    expect(await download(nils, fileId)).toBe(hidden(fileId));
    expect(await download(bob, fileId)).toBe(hidden(fileId));
  });

  it("an attachment in a hidden channel: only who sees that channel", async () => {
    const { fileId } = await attach(owner, ChatRefs.channel(communityId, secret));
    expect(await download(owner, fileId)).toBe("ok");
    expect(await download(mia, fileId)).toBe(hidden(fileId));
    expect(await download(ada, fileId)).toBe(hidden(fileId));
  });

  it("a group attachment: participants, and no longer one who left", async () => {
    const group = await ada.client.chats.createChat({ users: [{ userId: gus.id }], name: "Pair" });
    const ref = ChatRefs.group(group.id);
    const { fileId } = await attach(ada, ref);
    expect(await download(gus, fileId)).toBe("ok");
    expect(await download(carl, fileId)).toBe(hidden(fileId));
    await ada.client.chats.removeChatMember({ chatRef: ref, userId: gus.id });
    expect(await download(gus, fileId)).toBe(hidden(fileId));
    expect(await download(ada, fileId)).toBe("ok");
  });

  it("a self-chat attachment: only its owner", async () => {
    const { fileId } = await attach(ada, ChatRefs.self());
    expect(await download(ada, fileId)).toBe("ok");
    expect(await download(bob, fileId)).toBe(hidden(fileId));
  });

  it("after the message is deleted, or its attachment edited away: only the uploader", async () => {
    const dm = ChatRefs.user(bob.id);
    const deleted = await attach(ada, dm);
    await ada.client.messages.deleteMessage({ chatRef: dm, messageIds: [deleted.messageId] });
    expect(await download(bob, deleted.fileId)).toBe(hidden(deleted.fileId));
    expect(await download(ada, deleted.fileId)).toBe("ok");

    const inChannel = await attach(ada, ChatRefs.channel(communityId, general));
    await ada.client.messages.deleteMessage({ chatRef: ChatRefs.channel(communityId, general), messageIds: [inChannel.messageId] });
    expect(await download(mia, inChannel.fileId)).toBe(hidden(inChannel.fileId));

    const edited = await ada.client.messages.sendMessage({ chatRef: dm, message: "see", media: [{ ref: { case: "uploaded", value: { file: await upload(ada, PNG), mimetype: "image/png" } } }] });
    const { messages } = await bob.client.messages.getHistory({ chatRef: ChatRefs.user(ada.id), offset: { case: "around", value: edited.messageId }, limit: 1 });
    const media = messages[0]?.media[0]?.media;
    const fileId = media?.case === "file" ? (media.value.file?.fileId ?? 0n) : 0n;
    expect(await download(bob, fileId)).toBe("ok");
    await ada.client.messages.editMessage({ chatRef: dm, messageId: edited.messageId, removeMedia: true });
    expect(await download(bob, fileId)).toBe(hidden(fileId));
  });

  it("a forwarded copy opens the file to the destination's audience", async () => {
    const original = await attach(ada, ChatRefs.user(bob.id));
    expect(await download(carl, original.fileId)).toBe(hidden(original.fileId));
    await bob.client.messages.forwardMessage({ chatRef: ChatRefs.user(carl.id), from: ChatRefs.user(ada.id), messageIds: [original.messageId] });
    expect(await download(carl, original.fileId)).toBe("ok");
  });

  it("a private scan finds nothing: a stranger who brackets another user's DM attachment with its own files reads none of the ids between", async () => {
    const sam = await person("Sam");
    const before = await attach(sam, ChatRefs.self());
    const target = await attach(ada, ChatRefs.user(bob.id));
    const after = await attach(sam, ChatRefs.self());
    expect(before.fileId < target.fileId && target.fileId < after.fileId).toBe(true);
    const readable: string[] = [];
    for (let id = before.fileId - 20n; id <= after.fileId + 20n; id++) {
      for (const as of ["mediaFile", "chatPhoto"] as const) {
        const result = await download(sam, id, as);
        if (result === "ok") readable.push(`${as} ${id}`);
        else expect(result).toBe(hidden(id, as === "mediaFile" ? "media_file" : "chat_photo"));
      }
    }
    expect(readable).toEqual([`mediaFile ${before.fileId}`, `chatPhoto ${before.fileId}`, `mediaFile ${after.fileId}`, `chatPhoto ${after.fileId}`]);
  });

  it("a bot cannot cloak a message with a file it may not read (it would open the file to the chat)", async () => {
    const bot = await person("Cloak Bot", true);
    const { fileId } = await attach(ada, ChatRefs.user(bob.id));
    await expect(
      bot.client.messages.sendMessage({ chatRef: ChatRefs.user(carl.id), message: "hi", botInfo: { cloak: { name: "Ada", photoId: fileId } } }),
    ).rejects.toMatchObject({ errorCode: 404, errorMessage: `bot_info.cloak.photo_id: no file ${fileId}` });
    expect(await download(carl, fileId)).toBe(hidden(fileId));
  });
});

describe("public files", () => {
  it("profile photos, banners, group and community photos and stickers are readable by anyone signed in", async () => {
    const [ada, gus, stranger, owner] = await Promise.all(["Ada2", "Gus2", "Stranger", "Owner2"].map((n) => person(n)));
    await ada.client.settings.editProfilePhoto({ file: await upload(ada, PNG) });
    await ada.client.settings.editProfileBanner({ file: await upload(ada, PNG) });
    const profile = await stranger.client.users.getProfile({ ref: { userId: ada.id }, includeMutuals: false });
    const group = await ada.client.chats.createChat({ users: [{ userId: gus.id }], name: "Pics" });
    await ada.client.chats.editChat({ chatRef: ChatRefs.group(group.id), photo: { file: await upload(ada, PNG) } });
    const chat = await gus.client.chats.getChat({ chatRef: ChatRefs.group(group.id) });
    const { community } = server.createCommunity({ owner: owner.id, name: "Pics" });
    await owner.client.communities.editPhoto({ communityId: community.id, file: await upload(owner, PNG) });
    await ada.client.stickers.addStickerToPack({ pack: { id: 0n }, sticker: { file: await upload(ada, PNG), mimetype: "image/png" } });
    const [pack] = (await ada.client.stickers.getSavedStickers({})).savedPacks;

    const ids = {
      photo: chat.users.find((u) => u.id === ada.id)?.photo?.fileId,
      banner: profile.banner?.fileId,
      group: chat.group?.photo?.fileId,
      community: (await owner.client.communities.getCommunities({})).communities.find((c) => c.id === community.id)?.photo?.fileId,
      sticker: pack?.stickers[0]?.fileId,
    };
    for (const [what, id] of Object.entries(ids)) {
      expect(id, what).toBeTypeOf("bigint");
      expect(await download(stranger, id ?? 0n, "chatPhoto"), what).toBe("ok");
    }
  });
});
