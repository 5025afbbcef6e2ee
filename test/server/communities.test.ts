import { describe, expect, it } from "vitest";
import { ChangeRelationship_RelationshipChangeType as Change } from "../../gen/osmium/client/friends_pb.js";
import { ChannelType, CommunityPermission as P, Message_MessageType } from "../../gen/osmium/client/types_pb.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";
import { bit, DEFAULTS, guild, settle, syncAll } from "./communities-fixture.js";

const ALL = 0x3fffn;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);

describe("communities.createCommunity / getCommunities", () => {
  it("creates a community with a general channel and pushes it to the creator's sessions only", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const second = await connect(server, { token: ada.token });
    const quiet = await connect(server, { token: ada.token, noSubscribe: true });
    const bob = await user(server, "Bob");
    await ada.peer.call("communitiesCreateCommunity", { name: "  Rustaceans  " });
    await syncAll(ada.peer, second, quiet, bob.peer);

    const pushed = ada.peer.received("community");
    expect(pushed).toHaveLength(1);
    const id = pushed[0]!.communityId;
    expect(pushed[0]!.community).toMatchObject({ id, name: "Rustaceans", owner: true, permissions: ALL });
    expect(second.received("community").map((u) => u.communityId)).toEqual([id]);
    expect(quiet.updates).toEqual([]);
    expect(bob.peer.updates).toEqual([]);

    const list = await ada.peer.call("communitiesGetCommunities", {});
    expect(list.communities.map((c) => [c.id, c.name, c.owner])).toEqual([[id, "Rustaceans", true]]);
    expect(list.communityUserInfo).toMatchObject([{ communityId: id, unreadCount: 0, unreadMentionCount: 0 }]);
    expect(list.unavailable).toEqual([]);
    const channels = await ada.peer.call("communitiesGetChannels", { communityId: id });
    expect(channels.channels.map((c) => [c.name, c.type, c.position])).toEqual([["general", ChannelType.TEXT, 0]]);
    expect((await bob.peer.call("communitiesGetCommunities", {})).communities).toEqual([]);
  });

  it("rejects empty and over-long names", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    await expectRpcError(ada.peer.call("communitiesCreateCommunity", { name: "   " }), 400, /^name must not be empty$/);
    await expectRpcError(ada.peer.call("communitiesCreateCommunity", { name: "x".repeat(101) }), 400, /^name is longer than 100 characters$/);
    expect((await ada.peer.call("communitiesGetCommunities", {})).communities).toEqual([]);
  });

  it("counts unread messages per community over the channels the user can see", async () => {
    const f = await guild(["Mia"]);
    const [mia] = f.members;
    const owner = f.owner.peer;
    await owner.call("communitiesEditSettings", {
      communityId: f.communityId,
      settings: { systemMessages: { channelId: f.general, joinMessages: true } },
    });
    // The outsider joins: a JOIN message lands in general, unread for everyone but the joiner.
    await owner.call("communitiesAddMember", { communityId: f.communityId, userId: f.outsider.id });
    const info = async (peer: typeof owner) => (await peer.call("communitiesGetCommunities", {})).communityUserInfo;
    expect(await info(mia!.peer)).toMatchObject([{ communityId: f.communityId, unreadCount: 1, unreadMentionCount: 0 }]);
    expect(await info(f.outsider.peer)).toMatchObject([{ communityId: f.communityId, unreadCount: 0 }]);

    // A JOIN in a channel hidden from members does not count for them.
    await owner.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: f.random,
      roleId: f.communityId,
      permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) },
    });
    await owner.call("communitiesEditSettings", { communityId: f.communityId, settings: { systemMessages: { channelId: f.random } } });
    const late = await user(f.server, "Late");
    await owner.call("communitiesAddMember", { communityId: f.communityId, userId: late.id });
    expect(await info(mia!.peer)).toMatchObject([{ unreadCount: 1 }]);
    expect(await info(owner)).toMatchObject([{ unreadCount: 2 }]);
  });
});

describe("communities.editCommunity", () => {
  it("renames and sets a username; every member gets their own view, outsiders nothing", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await f.owner.peer.call("communitiesEditCommunity", { communityId: f.communityId, name: "Guild 2", username: "guild" });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer);
    expect(f.owner.peer.received("community").map((u) => u.community)).toMatchObject([
      { name: "Guild 2", username: "guild", owner: true, permissions: ALL },
    ]);
    expect(mia.peer.received("community").map((u) => u.community)).toMatchObject([
      { name: "Guild 2", username: "guild", owner: false, permissions: DEFAULTS },
    ]);
    expect(f.outsider.peer.updates).toEqual([]);

    // Only name: the username stays. An empty username removes it.
    await f.owner.peer.call("communitiesEditCommunity", { communityId: f.communityId, name: "Guild 3" });
    expect((await mia.peer.call("communitiesGetCommunities", {})).communities[0]).toMatchObject({ name: "Guild 3", username: "guild" });
    await f.owner.peer.call("communitiesEditCommunity", { communityId: f.communityId, username: "" });
    expect((await mia.peer.call("communitiesGetCommunities", {})).communities[0]?.username).toBeUndefined();
  });

  it("409 for a username another community has (any case), 400 for a malformed one or empty name", async () => {
    const f = await guild(["Mia"]);
    await f.owner.peer.call("communitiesEditCommunity", { communityId: f.communityId, username: "taken" });
    const { community } = f.server.createCommunity({ owner: f.outsider.id, name: "Other" });
    const other = f.outsider.peer;
    await expectRpcError(other.call("communitiesEditCommunity", { communityId: community.id, username: "TAKEN" }), 409, /^username TAKEN is taken$/);
    await expectRpcError(other.call("communitiesEditCommunity", { communityId: community.id, username: "a" }), 400, /username must be 2-32/);
    await expectRpcError(other.call("communitiesEditCommunity", { communityId: community.id, name: "" }), 400, /^name must not be empty$/);
    const [kept] = (await other.call("communitiesGetCommunities", {})).communities;
    expect([kept?.name, kept?.username]).toEqual(["Other", undefined]);
  });
});

describe("communities.editPhoto", () => {
  it("sets the photo from an upload (downloadable as a chat photo), pushes it, and removes it", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer);
    await f.owner.peer.call("mediaUploadFilePart", { uploadId: 7n, part: 0, data: PNG });
    await f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 7n, name: "logo.png", partCount: 1 } });
    await syncAll(mia.peer, f.outsider.peer);
    const fileId = mia.peer.received("community")[0]?.community?.photo?.fileId;
    expect(fileId).toBeTypeOf("bigint");
    expect(f.outsider.peer.updates).toEqual([]);
    const part = await mia.peer.call("mediaDownloadFilePart", {
      fileRef: { ref: { case: "chatPhoto", value: { fileId: fileId ?? 0n } } },
      offset: 0n,
      length: 100,
    });
    expect(part.data).toEqual(PNG);

    mia.peer.clear();
    await f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId });
    await mia.peer.sync();
    expect(mia.peer.received("community")[0]?.community?.photo).toBeUndefined();
    expect((await mia.peer.call("communitiesGetCommunities", {})).communities[0]?.photo).toBeUndefined();
  });

  it("an empty file ref (id 0, part_count 0) removes the photo, as in settings.editProfilePhoto", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await f.owner.peer.call("mediaUploadFilePart", { uploadId: 7n, part: 0, data: PNG });
    await f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 7n, name: "logo.png", partCount: 1 } });
    await settle(f.owner.peer, mia.peer);

    await f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 0n, partCount: 0 } });
    await mia.peer.sync();
    expect(mia.peer.received("community").map((u) => [u.communityId, u.community?.photo])).toEqual([[f.communityId, undefined]]);
    expect((await mia.peer.call("communitiesGetCommunities", {})).communities[0]?.photo).toBeUndefined();
    // Removing again changes nothing and pushes nothing.
    mia.peer.clear();
    await f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 0n, partCount: 0 } });
    await mia.peer.sync();
    expect(mia.peer.updates).toEqual([]);
  });

  it("400 for a file that is not an image, 404 for an unknown upload", async () => {
    const f = await guild([]);
    await f.owner.peer.call("mediaUploadFilePart", { uploadId: 8n, part: 0, data: new TextEncoder().encode("hello") });
    await expectRpcError(
      f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 8n, name: "a.txt", partCount: 1 } }),
      400,
      /^file is not an image \(application\/octet-stream\)$/,
    );
    await expectRpcError(
      f.owner.peer.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: 99n, name: "a.png", partCount: 1 } }),
      404,
      /no upload 99/,
    );
    expect((await f.owner.peer.call("communitiesGetCommunities", {})).communities[0]?.photo).toBeUndefined();
  });
});

describe("communities.leaveCommunity", () => {
  it("tells the others communityMemberDeleted and the leaver's sessions communityDeleted", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    const miaSecond = await connect(f.server, { token: mia!.token });
    await settle(f.owner.peer, mia!.peer, zed!.peer, f.outsider.peer);
    await mia!.peer.call("communitiesLeaveCommunity", { communityId: f.communityId });
    await syncAll(f.owner.peer, mia!.peer, miaSecond, zed!.peer, f.outsider.peer);
    const deleted = { communityId: f.communityId, memberId: mia!.id };
    expect(f.owner.peer.received("communityMemberDeleted")).toMatchObject([deleted]);
    expect(zed!.peer.received("communityMemberDeleted")).toMatchObject([deleted]);
    for (const p of [mia!.peer, miaSecond]) expect(p.updates.map((u) => u.update)).toMatchObject([{ case: "communityDeleted", value: { communityId: f.communityId } }]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await mia!.peer.call("communitiesGetCommunities", {})).communities).toEqual([]);
    await expectRpcError(mia!.peer.call("communitiesGetChannels", { communityId: f.communityId }), 404, /no community/);
  });

  it("409 for the owner (who must delete instead)", async () => {
    const f = await guild([]);
    await expectRpcError(f.owner.peer.call("communitiesLeaveCommunity", { communityId: f.communityId }), 409, /the owner cannot leave community/);
    expect((await f.owner.peer.call("communitiesGetCommunities", {})).communities).toHaveLength(1);
  });
});

describe("communities.deleteCommunity", () => {
  it("deletes for everyone: every member gets communityDeleted, outsiders nothing", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await expectRpcError(f.outsider.peer.call("communitiesDeleteCommunity", { communityId: f.communityId }), 404, /no community/);
    await f.owner.peer.call("communitiesDeleteCommunity", { communityId: f.communityId });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer);
    for (const p of [f.owner.peer, mia.peer]) expect(p.received("communityDeleted")).toMatchObject([{ communityId: f.communityId }]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await mia.peer.call("communitiesGetCommunities", {})).communities).toEqual([]);
    await expectRpcError(f.owner.peer.call("communitiesGetRoles", { communityId: f.communityId }), 404, /no community/);
  });
});

describe("communities.addMember", () => {
  it("adds a user: members get communityMemberCreated, the newcomer gets community", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const bystander = await user(f.server, "Bystander");
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await f.owner.peer.call("communitiesAddMember", { communityId: f.communityId, userId: f.outsider.id });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer, bystander.peer);
    const created = {
      communityId: f.communityId,
      memberId: f.outsider.id,
      member: { id: f.outsider.id, communityId: f.communityId, roleIds: [] },
      user: { id: f.outsider.id, name: "Outsider" },
    };
    expect(f.owner.peer.received("communityMemberCreated")).toMatchObject([created]);
    expect(mia.peer.received("communityMemberCreated")).toMatchObject([created]);
    expect(f.outsider.peer.updates.map((u) => u.update)).toMatchObject([
      { case: "community", value: { communityId: f.communityId, community: { name: "Guild", owner: false, permissions: DEFAULTS } } },
    ]);
    expect(bystander.peer.updates).toEqual([]);
    expect((await f.outsider.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels).toHaveLength(2);
  });

  it("posts a JOIN message to the system channel when join messages are on", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await f.owner.peer.call("communitiesEditSettings", {
      communityId: f.communityId,
      settings: { systemMessages: { channelId: f.random, joinMessages: true } },
    });
    await settle(mia.peer);
    await f.owner.peer.call("communitiesAddMember", { communityId: f.communityId, userId: f.outsider.id });
    await syncAll(mia.peer, f.outsider.peer);
    const [created] = mia.peer.received("messageCreated");
    expect(created).toMatchObject({
      message: {
        chatRef: { ref: { case: "channel", value: { communityId: f.communityId, channelId: f.random } } },
        authorId: f.outsider.id,
        message: "",
        type: Message_MessageType.JOIN,
      },
      channelUnreadCount: 1,
      author: { name: "Outsider" },
    });
    expect(f.outsider.peer.received("messageCreated")).toMatchObject([{ channelUnreadCount: 0 }]);
    const channels = await mia.peer.call("communitiesGetChannels", { communityId: f.communityId });
    expect(channels.messages.map((m) => m.messageId)).toEqual([created?.message?.messageId]);
  });

  it("409 for a member, 404 for an unknown user, 403 while banned or blocked by the user", async () => {
    const f = await guild(["Mia"]);
    const owner = f.owner.peer;
    const mia = f.members[0]!;
    await expectRpcError(owner.call("communitiesAddMember", { communityId: f.communityId, userId: mia.id }), 409, /already a member/);
    await expectRpcError(owner.call("communitiesAddMember", { communityId: f.communityId, userId: 123n }), 404, /^user_id: no user 123$/);
    const banned = await user(f.server, "Banned");
    await owner.call("communitiesRemoveMembers", { communityId: f.communityId, memberIds: [banned.id] });
    await expectRpcError(owner.call("communitiesAddMember", { communityId: f.communityId, userId: banned.id }), 403, /is banned from community/);
    await f.outsider.peer.call("friendsChangeRelationship", { user: { userId: f.owner.id }, change: Change.BLOCK });
    await expectRpcError(owner.call("communitiesAddMember", { communityId: f.communityId, userId: f.outsider.id }), 403, /cannot be added by you/);
    const ids = (await owner.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [banned.id, f.outsider.id] })).members;
    expect(ids).toEqual([]);
  });
});

describe("communities.editSettings", () => {
  it("merges system messages field by field and replaces the listing; returns the result", async () => {
    const f = await guild(["Mia"]);
    const owner = f.owner.peer;
    const initial = await owner.call("communitiesEditSettings", { communityId: f.communityId });
    expect([initial.systemMessages, initial.discoveryListing]).toEqual([undefined, undefined]);
    const first = await owner.call("communitiesEditSettings", {
      communityId: f.communityId,
      settings: {
        systemMessages: { channelId: f.general, joinMessages: true },
        discoveryListing: { listed: true, listing: { shortDescription: " Hi ", longDescription: "Long", categories: ["gaming"] } },
      },
    });
    expect(first.systemMessages).toMatchObject({ channelId: f.general, joinMessages: true });
    expect(first.discoveryListing).toMatchObject({ listed: true, listing: { shortDescription: "Hi", longDescription: "Long", categories: ["gaming"] } });
    const second = await owner.call("communitiesEditSettings", {
      communityId: f.communityId,
      settings: { systemMessages: { channelId: 0n } },
    });
    expect([second.systemMessages?.channelId, second.systemMessages?.joinMessages]).toEqual([undefined, true]);
    expect(second.discoveryListing?.listed).toBe(true);
    // Settings have no update kind: nothing is pushed.
    await syncAll(f.members[0]!.peer);
    expect(f.members[0]!.peer.updates).toEqual([]);
  });

  it("400 for a system channel that is not a text channel, and for listing limits", async () => {
    const f = await guild([]);
    const owner = f.owner.peer;
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "Voice", type: ChannelType.VOICE });
    const voice = (await owner.call("communitiesGetChannels", { communityId: f.communityId })).channels.find((c) => c.name === "Voice")!;
    await expectRpcError(
      owner.call("communitiesEditSettings", { communityId: f.communityId, settings: { systemMessages: { channelId: voice.id } } }),
      400,
      new RegExp(`^settings.system_messages.channel_id: ${voice.id} is not a text channel of this community$`),
    );
    await expectRpcError(
      owner.call("communitiesEditSettings", {
        communityId: f.communityId,
        settings: { discoveryListing: { listed: true, listing: { shortDescription: "x".repeat(201) } } },
      }),
      400,
      /short_description is longer than 200 characters/,
    );
    await expectRpcError(
      owner.call("communitiesEditSettings", {
        communityId: f.communityId,
        settings: { discoveryListing: { listed: true, listing: { categories: ["a", "b", "c", "d", "e", "f"] } } },
      }),
      400,
      /categories has more than 5 entries/,
    );
    expect((await owner.call("communitiesEditSettings", { communityId: f.communityId })).discoveryListing).toBeUndefined();
  });
});

describe("communities.getRoomStates", () => {
  it("lists the voice rooms of the voice channels the caller sees; a leaver drops out of the room", async () => {
    const f = await guild(["Mia", "Zed"]);
    const owner = f.owner.peer;
    const [mia, zed] = f.members;
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "Voice", type: ChannelType.VOICE });
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "Staff voice", type: ChannelType.VOICE });
    const channels = (await owner.call("communitiesGetChannels", { communityId: f.communityId })).channels;
    const voice = channels.find((c) => c.name === "Voice")!.id;
    const staff = channels.find((c) => c.name === "Staff voice")!.id;
    expect((await mia!.peer.call("communitiesGetRoomStates", { communityId: f.communityId })).roomStates).toEqual([]);

    const room = await mia!.peer.call("voiceRequestRoom", { chatRef: { ref: { case: "channel", value: { communityId: f.communityId, channelId: voice } } } });
    await owner.call("voiceRequestRoom", { chatRef: { ref: { case: "channel", value: { communityId: f.communityId, channelId: staff } } } });
    await owner.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: staff,
      roleId: f.communityId,
      permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) },
    });
    const states = await zed!.peer.call("communitiesGetRoomStates", { communityId: f.communityId });
    expect(states.roomStates).toMatchObject([
      { channelId: voice, state: { roomId: room.roomId, participants: [{ roomId: room.roomId, userId: mia!.id, muted: false, deafened: false }] } },
    ]);
    expect((await owner.call("communitiesGetRoomStates", { communityId: f.communityId })).roomStates.map((s) => s.channelId)).toEqual([voice, staff]);

    await settle(zed!.peer);
    await mia!.peer.call("communitiesLeaveCommunity", { communityId: f.communityId });
    await zed!.peer.sync();
    expect(zed!.peer.received("roomState")).toMatchObject([{ state: { roomId: room.roomId, participants: [] } }]);
    expect((await zed!.peer.call("communitiesGetRoomStates", { communityId: f.communityId })).roomStates[0]?.state?.participants).toEqual([]);
  });
});
