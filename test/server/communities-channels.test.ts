import { describe, expect, it } from "vitest";
import { Channel_ChannelFlag, ChannelType, CommunityPermission as P, UserStatus_Status } from "../../gen/osmium/client/types_pb.js";
import { connect, expectRpcError, type Peer } from "./support/harness.js";
import { bit, channelIds, grant, guild, settle, syncAll } from "./communities-fixture.js";

type Fixture = Awaited<ReturnType<typeof guild>>;

/** A category hidden from @everyone and shown to holders of a "staff" role given to `staffId`. */
async function privateCategory(f: Fixture, staffId: bigint, name = "staff"): Promise<bigint> {
  const owner = f.owner.peer;
  await owner.call("communitiesCreateChannel", { communityId: f.communityId, name, type: ChannelType.CATEGORY });
  const id = await byName(owner, f.communityId, name);
  const role = await grant(owner, f.communityId, staffId, 0n, { name: `${name}-role`, priority: 2 });
  await owner.call("communitiesCreateChannelOverride", {
    communityId: f.communityId,
    channelId: id,
    roleId: f.communityId,
    permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) },
  });
  await owner.call("communitiesCreateChannelOverride", {
    communityId: f.communityId,
    channelId: id,
    roleId: role,
    permissions: { pos: bit(P.VIEW_CHANNEL), neg: 0n },
  });
  return id;
}

async function byName(peer: Peer, communityId: bigint, name: string): Promise<bigint> {
  const channel = (await peer.call("communitiesGetChannels", { communityId })).channels.find((c) => c.name === name);
  if (!channel) throw new Error(`no channel ${name}`);
  return channel.id;
}

/** Turns join messages on in `channelId` and adds a fresh user, whose JOIN message is returned (id). */
async function joinMessage(f: Fixture, channelId: bigint, name = "Joiner"): Promise<bigint> {
  await f.owner.peer.call("communitiesEditSettings", { communityId: f.communityId, settings: { systemMessages: { channelId, joinMessages: true } } });
  const joiner = await f.server.createUser({ name });
  await f.owner.peer.call("communitiesAddMember", { communityId: f.communityId, userId: joiner.user.id });
  const { messages } = await f.owner.peer.call("communitiesGetChannels", { communityId: f.communityId });
  const message = messages.find((m) => m.authorId === joiner.user.id);
  if (!message) throw new Error("no join message");
  return message.messageId;
}

describe("communities.createChannel", () => {
  it("creates a channel at the end and pushes it to the community's viewers only", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const quiet = await connect(f.server, { token: mia.token, noSubscribe: true });
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await f.owner.peer.call("communitiesCreateChannel", { communityId: f.communityId, name: " Voice ", type: ChannelType.VOICE });
    await syncAll(f.owner.peer, mia.peer, quiet, f.outsider.peer);
    const expected = { communityId: f.communityId, name: "Voice", type: ChannelType.VOICE, position: 2, flags: 0n };
    expect(f.owner.peer.received("channel").map((u) => u.channel)).toMatchObject([expected]);
    expect(mia.peer.received("channel").map((u) => u.channel)).toMatchObject([expected]);
    expect(quiet.updates).toEqual([]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await mia.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels.map((c) => c.name)).toEqual([
      "general",
      "random",
      "Voice",
    ]);
  });

  it("a channel created in a private category starts synced with it and never reaches those who cannot see it", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const staff = await privateCategory(f, sam!.id);
    await settle(f.owner.peer, mia!.peer, sam!.peer);
    await f.owner.peer.call("communitiesCreateChannel", { communityId: f.communityId, name: "secret", type: ChannelType.TEXT, parentId: staff });
    await syncAll(f.owner.peer, mia!.peer, sam!.peer);
    expect(mia!.peer.updates).toEqual([]);
    expect(sam!.peer.received("channel").map((u) => [u.channel?.name, u.channel?.parentId, u.channel?.position])).toEqual([["secret", staff, 0]]);
    expect(f.owner.peer.received("channel")).toHaveLength(1);
    const secret = await byName(sam!.peer, f.communityId, "secret");
    expect(await channelIds(mia!.peer, f.communityId)).not.toContain(secret);
    const overrides = await sam!.peer.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: secret });
    expect(overrides.parentSync).toBe(true);
    expect(overrides.overrides.map((o) => [o.roleId, o.permissions?.pos, o.permissions?.neg])).toEqual([
      [f.communityId, 0n, bit(P.VIEW_CHANNEL)],
      [overrides.overrides[1]?.roleId, bit(P.VIEW_CHANNEL), 0n],
    ]);
  });

  it("400 for a bad type, a parent that is not a visible category, nesting categories, and empty names", async () => {
    const f = await guild(["Mia"]);
    const owner = f.owner.peer;
    const mia = f.members[0]!;
    const c = f.communityId;
    await expectRpcError(owner.call("communitiesCreateChannel", { communityId: c, name: "x", type: 7 as ChannelType }), 400, /^type 7 is not a channel type$/);
    await expectRpcError(
      owner.call("communitiesCreateChannel", { communityId: c, name: "x", type: ChannelType.TEXT, parentId: f.general }),
      400,
      new RegExp(`^parent_id: ${f.general} is not a category of this community$`),
    );
    await owner.call("communitiesCreateChannel", { communityId: c, name: "cat", type: ChannelType.CATEGORY });
    const cat = await byName(owner, c, "cat");
    await expectRpcError(
      owner.call("communitiesCreateChannel", { communityId: c, name: "x", type: ChannelType.CATEGORY, parentId: cat }),
      400,
      /a category cannot be nested in another category/,
    );
    await expectRpcError(owner.call("communitiesCreateChannel", { communityId: c, name: " ", type: ChannelType.TEXT }), 400, /^name must not be empty$/);
    // A hidden category is as unknown as a missing one, even to a member allowed to create channels.
    const hidden = await privateCategory(f, f.owner.id);
    await grant(owner, c, mia.id, bit(P.MODIFY_CHANNEL), { name: "builders" });
    await expectRpcError(
      mia.peer.call("communitiesCreateChannel", { communityId: c, name: "x", type: ChannelType.TEXT, parentId: hidden }),
      400,
      new RegExp(`^parent_id: ${hidden} is not a category of this community$`),
    );
    expect((await owner.call("communitiesGetChannels", { communityId: c })).channels.map((ch) => ch.name)).toEqual([
      "general",
      "random",
      "cat",
      "staff",
    ]);
  });
});

describe("communities.getChannels", () => {
  it("lists visible channels in sidebar order with conversations and last messages", async () => {
    const f = await guild(["Mia"]);
    const owner = f.owner.peer;
    const mia = f.members[0]!;
    const c = f.communityId;
    await owner.call("communitiesCreateChannel", { communityId: c, name: "cat", type: ChannelType.CATEGORY });
    const cat = await byName(owner, c, "cat");
    await owner.call("communitiesCreateChannel", { communityId: c, name: "b", type: ChannelType.TEXT, parentId: cat });
    await owner.call("communitiesCreateChannel", { communityId: c, name: "a", type: ChannelType.VOICE, parentId: cat });
    await owner.call("communitiesCreateChannel", { communityId: c, name: "last", type: ChannelType.TEXT });
    const joined = await joinMessage(f, f.general);

    const result = await mia.peer.call("communitiesGetChannels", { communityId: c });
    expect(result.channels.map((ch) => [ch.name, ch.position, ch.parentId])).toEqual([
      ["general", 0, undefined],
      ["random", 1, undefined],
      ["cat", 2, undefined],
      ["b", 0, cat],
      ["a", 1, cat],
      ["last", 3, undefined],
    ]);
    // Categories have no conversation; a channel without messages sorts by its own id.
    const conversations = result.conversations.map((conv) => [
      conv.chatRef?.ref.case === "channel" ? conv.chatRef.ref.value.channelId : 0n,
      conv.lastMessageId,
      conv.unreadCount,
    ]);
    const ids = result.channels.map((ch) => ch.id);
    expect(conversations).toEqual([
      [f.general, joined, 1],
      [f.random, f.random, 0],
      [ids[3], ids[3], 0],
      [ids[4], ids[4], 0],
      [ids[5], ids[5], 0],
    ]);
    expect(result.messages.map((m) => m.messageId)).toEqual([joined]);
    expect(result.conversations[0]?.permissions).toBeUndefined();
  });

  it("hides channels without VIEW_CHANNEL and reports the overrides that apply to the caller", async () => {
    const f = await guild(["Mia"]);
    const owner = f.owner.peer;
    const mia = f.members[0]!;
    await owner.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: f.random,
      roleId: f.communityId,
      permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) },
    });
    await owner.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: f.general,
      roleId: f.communityId,
      permissions: { pos: 0n, neg: bit(P.SEND_MEDIA) },
    });
    const result = await mia.peer.call("communitiesGetChannels", { communityId: f.communityId });
    expect(result.channels.map((ch) => ch.id)).toEqual([f.general]);
    expect(result.conversations[0]?.permissions).toMatchObject({ pos: 0n, neg: bit(P.SEND_MEDIA) });
    expect(await channelIds(owner, f.communityId)).toEqual([f.general, f.random]);
  });
});

describe("communities.editChannel", () => {
  it("edits name, description, slow mode and the EXPLICIT flag; viewers get the channel, others nothing", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const staff = await privateCategory(f, sam!.id);
    await settle(f.owner.peer, mia!.peer, sam!.peer, f.outsider.peer);
    const ref = { communityId: f.communityId, channelId: f.random };
    await f.owner.peer.call("communitiesEditChannel", { channel: ref, name: "chat", description: "Talk", slowmodeSeconds: 30, explicit: true });
    await syncAll(mia!.peer, f.outsider.peer);
    expect(mia!.peer.received("channel").map((u) => u.channel)).toMatchObject([
      { id: f.random, name: "chat", description: "Talk", slowmodeSeconds: 30, flags: BigInt(Channel_ChannelFlag.EXPLICIT), position: 1 },
    ]);
    expect(f.outsider.peer.updates).toEqual([]);

    // Unset fields stay; empty/zero/false clear.
    await f.owner.peer.call("communitiesEditChannel", { channel: ref, description: "", slowmodeSeconds: 0, explicit: false });
    const random = (await mia!.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels[1];
    expect([random?.name, random?.description, random?.slowmodeSeconds, random?.flags]).toEqual(["chat", undefined, undefined, 0n]);

    // Editing the private category reaches Sam, not Mia.
    await settle(mia!.peer, sam!.peer);
    await f.owner.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: staff }, name: "Staff" });
    await syncAll(mia!.peer, sam!.peer);
    expect(mia!.peer.updates).toEqual([]);
    expect(sam!.peer.received("channel").map((u) => u.channel?.name)).toEqual(["Staff"]);
  });

  it("sets and clears the highlighted message (unset wrapper = unchanged, 0 = clear)", async () => {
    const f = await guild(["Mia"]);
    const ref = { communityId: f.communityId, channelId: f.general };
    const messageId = await joinMessage(f, f.general);
    const highlighted = async () => (await f.members[0]!.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels[0]?.highlightedMsgId;
    await f.owner.peer.call("communitiesEditChannel", { channel: ref, highlightedMsgId: { highlightedMsgId: messageId } });
    expect(await highlighted()).toBe(messageId);
    await f.owner.peer.call("communitiesEditChannel", { channel: ref, name: "lobby" });
    expect(await highlighted()).toBe(messageId);
    await f.owner.peer.call("communitiesEditChannel", { channel: ref, highlightedMsgId: { highlightedMsgId: 0n } });
    expect(await highlighted()).toBeUndefined();
    await expectRpcError(
      f.owner.peer.call("communitiesEditChannel", { channel: ref, highlightedMsgId: { highlightedMsgId: 42n } }),
      404,
      new RegExp(`^highlighted_msg_id: no message 42 in channel ${f.general}$`),
    );
  });

  it("reorders siblings: the moved channel and every shifted sibling are pushed", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await f.owner.peer.call("communitiesCreateChannel", { communityId: f.communityId, name: "third", type: ChannelType.TEXT });
    await settle(mia.peer);
    await f.owner.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: f.random }, position: 0 });
    await mia.peer.sync();
    expect(mia.peer.received("channel").map((u) => [u.channel?.name, u.channel?.position])).toEqual([
      ["general", 1],
      ["random", 0],
    ]);
    const channels = (await mia.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels;
    expect(channels.map((ch) => [ch.name, ch.position])).toEqual([
      ["random", 0],
      ["general", 1],
      ["third", 2],
    ]);
  });

  it("moving a synced channel into a private category hides it: who loses it gets channelDeleted", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const owner = f.owner.peer;
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "public", type: ChannelType.CATEGORY });
    const pub = await byName(owner, f.communityId, "public");
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "notes", type: ChannelType.TEXT, parentId: pub });
    const notes = await byName(owner, f.communityId, "notes");
    const staff = await privateCategory(f, sam!.id);
    await settle(mia!.peer, sam!.peer);

    await owner.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: notes }, parentId: staff });
    await syncAll(mia!.peer, sam!.peer);
    expect(mia!.peer.updates.map((u) => u.update)).toMatchObject([
      { case: "channelDeleted", value: { channel: { communityId: f.communityId, channelId: notes } } },
    ]);
    expect(sam!.peer.received("channel").map((u) => [u.channel?.id, u.channel?.parentId])).toEqual([[notes, staff]]);
    expect(await channelIds(mia!.peer, f.communityId)).not.toContain(notes);

    // parent_id 0 moves it to the top level; it keeps the private overrides, so Mia still does not see it.
    await settle(mia!.peer, sam!.peer);
    await owner.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: notes }, parentId: 0n });
    await syncAll(mia!.peer, sam!.peer);
    expect(mia!.peer.updates).toEqual([]);
    expect(sam!.peer.received("channel").map((u) => [u.channel?.parentId, u.channel?.position])).toEqual([[undefined, 4]]);
    const overrides = await owner.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: notes });
    expect([overrides.parentSync, overrides.overrides.length]).toEqual([false, 2]);
  });

  it("404 for a channel the caller cannot see, 400 for bad values; nothing changes", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.MODIFY_CHANNEL));
    const staff = await privateCategory(f, f.owner.id);
    const ref = { communityId: f.communityId, channelId: f.general };
    await expectRpcError(
      mia.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: staff }, name: "x" }),
      404,
      new RegExp(`^channel: no channel ${staff} in community ${f.communityId}$`),
    );
    await expectRpcError(mia.peer.call("communitiesEditChannel", { channel: ref, slowmodeSeconds: 21601 }), 400, /^slowmode_seconds is more than 21600$/);
    await expectRpcError(mia.peer.call("communitiesEditChannel", { channel: ref, description: "d".repeat(1001) }), 400, /^description is longer than 1000 characters$/);
    await expectRpcError(mia.peer.call("communitiesEditChannel", { channel: ref, name: "ok", parentId: f.random }), 400, /is not a category of this community/);
    await expectRpcError(mia.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: 5n }, name: "x" }), 404, /no channel 5/);
    const general = (await mia.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels[0];
    expect([general?.name, general?.slowmodeSeconds, general?.description]).toEqual(["general", undefined, undefined]);
  });
});

describe("communities.deleteChannel", () => {
  it("deletes a channel: its viewers get channelDeleted, those who could not see it nothing", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const staff = await privateCategory(f, sam!.id);
    await f.owner.peer.call("communitiesCreateChannel", { communityId: f.communityId, name: "secret", type: ChannelType.TEXT, parentId: staff });
    const secret = await byName(sam!.peer, f.communityId, "secret");
    await settle(f.owner.peer, mia!.peer, sam!.peer, f.outsider.peer);

    await f.owner.peer.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: f.random } });
    await f.owner.peer.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: secret } });
    await syncAll(mia!.peer, sam!.peer, f.outsider.peer);
    const deleted = (id: bigint) => ({ case: "channelDeleted", value: { channel: { communityId: f.communityId, channelId: id } } });
    expect(mia!.peer.updates.map((u) => u.update)).toMatchObject([deleted(f.random)]);
    expect(sam!.peer.updates.map((u) => u.update)).toMatchObject([deleted(f.random), deleted(secret)]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect(await channelIds(sam!.peer, f.communityId)).toEqual([f.general, staff]);
  });

  it("deleting a category keeps its channels: they move to the top level and are pushed", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const owner = f.owner.peer;
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "cat", type: ChannelType.CATEGORY });
    const cat = await byName(owner, f.communityId, "cat");
    await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "inner", type: ChannelType.TEXT, parentId: cat });
    const inner = await byName(owner, f.communityId, "inner");
    await settle(mia.peer);
    await owner.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: cat } });
    await mia.peer.sync();
    expect(mia.peer.updates.map((u) => u.update.case)).toEqual(["channel", "channelDeleted"]);
    expect(mia.peer.received("channel").map((u) => [u.channel?.id, u.channel?.parentId, u.channel?.position])).toEqual([[inner, undefined, 2]]);
    expect(await channelIds(mia.peer, f.communityId)).toEqual([f.general, f.random, inner]);
    const overrides = await owner.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: inner });
    expect(overrides.parentSync).toBe(false);
  });

  it("a deleted system channel stops receiving join messages; 404 for a channel the caller cannot see", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await f.owner.peer.call("communitiesEditSettings", {
      communityId: f.communityId,
      settings: { systemMessages: { channelId: f.random, joinMessages: true } },
    });
    await f.owner.peer.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: f.random } });
    const settings = await f.owner.peer.call("communitiesEditSettings", { communityId: f.communityId });
    expect([settings.systemMessages?.channelId, settings.systemMessages?.joinMessages]).toEqual([undefined, true]);

    await grant(f.owner.peer, f.communityId, mia.id, bit(P.MODIFY_CHANNEL));
    const staff = await privateCategory(f, f.owner.id);
    await expectRpcError(
      mia.peer.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: staff } }),
      404,
      /no channel/,
    );
    expect(await channelIds(f.owner.peer, f.communityId)).toEqual([f.general, staff]);
  });
});

describe("communities.getChannelMembers", () => {
  it("groups viewers like a sidebar: separated roles (online), online, offline", async () => {
    const f = await guild(["Mia", "Zed", "Ann", "Ivy"]);
    const [mia, zed, ann, ivy] = f.members;
    const owner = f.owner.peer;
    const offline = await f.server.createUser({ name: "Olga" });
    await owner.call("communitiesAddMember", { communityId: f.communityId, userId: offline.user.id });
    await owner.call("communitiesCreateRole", { communityId: f.communityId, name: "Mods", permissions: 0n, priority: 5, separated: true });
    await owner.call("communitiesCreateRole", { communityId: f.communityId, name: "Helpers", permissions: 0n, priority: 3, separated: true });
    await owner.call("communitiesCreateRole", { communityId: f.communityId, name: "Plain", permissions: 0n, priority: 4, separated: false });
    const roles = (await owner.call("communitiesGetRoles", { communityId: f.communityId })).roles;
    const id = (name: string) => roles.find((r) => r.name === name)!.id;
    const assign = (memberId: bigint, names: string[]) =>
      owner.call("communitiesEditMember", { communityId: f.communityId, memberId, roleIds: { roleIds: names.map(id) } });
    await assign(mia!.id, ["Mods"]);
    await assign(zed!.id, ["Helpers", "Plain"]);
    await assign(offline.user.id, ["Mods"]);
    await assign(ann!.id, ["Plain"]);
    await owner.call("communitiesEditMember", { communityId: f.communityId, memberId: ann!.id, nickname: "Zoe" });
    await ivy!.peer.call("settingsChangeStatus", { status: UserStatus_Status.INVISIBLE, activities: [] });

    const { entries } = await mia!.peer.call("communitiesGetChannelMembers", { communityId: f.communityId, channelId: f.general });
    const rows = entries.map(({ entry }) => {
      if (entry.case === "user") return `${entry.value.user?.name}${entry.value.nickname ? ` (${entry.value.nickname})` : ""}`;
      if (entry.case !== "divider") return "?";
      const inner = entry.value.inner;
      const label = inner.case === "roleId" ? roles.find((r) => r.id === inner.value)?.name : inner.value ? "online" : "offline";
      return `[${label} ${entry.value.memberCount}]`;
    });
    expect(rows).toEqual(["[Mods 1]", "Mia", "[Helpers 1]", "Zed", "[online 2]", "Owner", "Ann (Zoe)", "[offline 2]", "Ivy", "Olga"]);
  });

  it("lists only members who can view the channel; 404 for a hidden channel", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const staff = await privateCategory(f, sam!.id);
    const { entries } = await sam!.peer.call("communitiesGetChannelMembers", { communityId: f.communityId, channelId: staff });
    expect(entries.map((e) => (e.entry.case === "user" ? e.entry.value.user?.name : `[${e.entry.value?.memberCount}]`))).toEqual([
      "[2]",
      "Owner",
      "Sam",
    ]);
    await expectRpcError(
      mia!.peer.call("communitiesGetChannelMembers", { communityId: f.communityId, channelId: staff }),
      404,
      new RegExp(`^channel_id: no channel ${staff} in community ${f.communityId}$`),
    );
  });
});
