import { describe, expect, it } from "vitest";
import { ChannelType, CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { expectRpcError, type Peer } from "./support/harness.js";
import { bit, channelIds, grant, guild, makeRole, settle, syncAll } from "./communities-fixture.js";

type Fixture = Awaited<ReturnType<typeof guild>>;

const VIEW = bit(P.VIEW_CHANNEL);
const SEND = bit(P.SEND_MESSAGES);

const override = (peer: Peer, f: Fixture, channelId: bigint, roleId: bigint, pos: bigint, neg: bigint) =>
  peer.call("communitiesCreateChannelOverride", { communityId: f.communityId, channelId, roleId, permissions: { pos, neg } });

const kinds = (p: Peer) =>
  p.updates.map((u) => {
    switch (u.update.case) {
      case "channel":
        return `channel ${u.update.value.channel?.name}`;
      case "channelDeleted":
        return `channelDeleted ${u.update.value.channel?.channelId}`;
      case "conversationPermissions": {
        const ref = u.update.value.chatRef?.ref;
        const id = ref?.case === "channel" ? ref.value.channelId : 0n;
        return `conversationPermissions ${id} +${u.update.value.permissions?.pos} -${u.update.value.permissions?.neg}`;
      }
      default:
        return u.update.case;
    }
  });

async function categoryWithChild(f: Fixture) {
  const owner = f.owner.peer;
  await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "cat", type: ChannelType.CATEGORY });
  const channels = async () => (await owner.call("communitiesGetChannels", { communityId: f.communityId })).channels;
  const cat = (await channels()).find((c) => c.name === "cat")!.id;
  await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "inner", type: ChannelType.TEXT, parentId: cat });
  const inner = (await channels()).find((c) => c.name === "inner")!.id;
  return { cat, inner };
}

describe("communities.createChannelOverride", () => {
  it("hides a channel from @everyone: who loses it gets channelDeleted, who keeps it gets channel and new overrides", async () => {
    const f = await guild(["Mia", "Sam"]);
    const [mia, sam] = f.members;
    const team = await grant(f.owner.peer, f.communityId, sam!.id, 0n, { name: "team", priority: 1 });
    await settle(f.owner.peer, mia!.peer, sam!.peer, f.outsider.peer);

    await override(f.owner.peer, f, f.random, team, VIEW, 0n);
    await syncAll(f.owner.peer, mia!.peer, sam!.peer);
    expect(kinds(sam!.peer)).toEqual(["channel random", `conversationPermissions ${f.random} +${VIEW} -0`]);
    expect(kinds(mia!.peer)).toEqual(["channel random"]);
    await settle(f.owner.peer, mia!.peer, sam!.peer);

    const result = await override(f.owner.peer, f, f.random, f.communityId, 0n, VIEW);
    expect(result.override).toMatchObject({ communityId: f.communityId, channelId: f.random, roleId: f.communityId, permissions: { pos: 0n, neg: VIEW } });
    await syncAll(f.owner.peer, mia!.peer, sam!.peer, f.outsider.peer);
    expect(kinds(mia!.peer)).toEqual([`channelDeleted ${f.random}`]);
    expect(kinds(sam!.peer)).toEqual(["channel random", `conversationPermissions ${f.random} +${VIEW} -${VIEW}`]);
    expect(kinds(f.owner.peer)).toEqual(["channel random", `conversationPermissions ${f.random} +0 -${VIEW}`]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect(await channelIds(mia!.peer, f.communityId)).toEqual([f.general]);
    expect(await channelIds(sam!.peer, f.communityId)).toEqual([f.general, f.random]);
    await expectRpcError(mia!.peer.call("messagesGetHistory", { chatRef: { ref: { case: "channel", value: { communityId: f.communityId, channelId: f.random } } } }), 404);
  });

  it("replaces a role's override; lists them (@everyone first, then by priority) with parent_sync", async () => {
    const f = await guild(["Mia"]);
    const high = await makeRole(f.owner.peer, f.communityId, { name: "high", priority: 8 });
    const low = await makeRole(f.owner.peer, f.communityId, { name: "low", priority: 2 });
    await override(f.owner.peer, f, f.general, high, SEND, 0n);
    await override(f.owner.peer, f, f.general, low, 0n, SEND);
    await override(f.owner.peer, f, f.general, f.communityId, 0n, bit(P.SEND_MEDIA));
    await override(f.owner.peer, f, f.general, low, bit(P.PIN_MESSAGES), 0n);
    const result = await f.members[0]!.peer.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: f.general });
    expect(result.parentSync).toBe(false);
    expect(result.overrides.map((o) => [o.roleId, o.permissions?.pos, o.permissions?.neg, o.channelId, o.communityId])).toEqual([
      [f.communityId, 0n, bit(P.SEND_MEDIA), f.general, f.communityId],
      [low, bit(P.PIN_MESSAGES), 0n, f.general, f.communityId],
      [high, SEND, 0n, f.general, f.communityId],
    ]);
  });

  it("400 for overlapping or unknown bits, 404 for unknown roles and hidden channels, 403 above one's rank or bits", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const c = f.communityId;
    await grant(f.owner.peer, c, mia.id, bit(P.MODIFY_ROLES), { name: "manager", priority: 5 });
    const high = await makeRole(f.owner.peer, c, { name: "high", priority: 7 });
    await override(f.owner.peer, f, f.random, c, 0n, VIEW);
    await expectRpcError(override(mia.peer, f, f.general, c, SEND, SEND), 400, /^permissions: bits 0x4 are both granted and denied$/);
    await expectRpcError(override(mia.peer, f, f.general, c, 1n << 30n, 0n), 400, /^permissions.pos has unknown permission bits 0x40000000$/);
    await expectRpcError(override(mia.peer, f, f.general, 31n, SEND, 0n), 404, new RegExp(`^role_id: no role 31 in community ${c}$`));
    await expectRpcError(override(mia.peer, f, f.random, c, SEND, 0n), 404, new RegExp(`^channel_id: no channel ${f.random} in community ${c}$`));
    await expectRpcError(override(mia.peer, f, f.general, high, SEND, 0n), 403, /^setting a channel override: a role of priority 7 is not below/);
    await expectRpcError(
      override(mia.peer, f, f.general, c, bit(P.DELETE_MESSAGES), 0n),
      403,
      /^setting a channel override: you cannot grant or revoke permissions you do not hold \(DELETE_MESSAGES\)$/,
    );
    expect((await f.owner.peer.call("communitiesGetChannelOverrides", { communityId: c, channelId: f.general })).overrides).toEqual([]);
  });
});

describe("communities.deleteChannelOverride", () => {
  it("lifting a hiding override reveals the channel: channel to who gains it", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await override(f.owner.peer, f, f.random, f.communityId, 0n, VIEW);
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await f.owner.peer.call("communitiesDeleteChannelOverride", { communityId: f.communityId, channelId: f.random, roleId: f.communityId });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer);
    expect(kinds(mia.peer)).toEqual(["channel random"]);
    expect(kinds(f.owner.peer)).toEqual(["channel random", `conversationPermissions ${f.random} +0 -0`]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect(await channelIds(mia.peer, f.communityId)).toEqual([f.general, f.random]);
    await expectRpcError(
      f.owner.peer.call("communitiesDeleteChannelOverride", { communityId: f.communityId, channelId: f.random, roleId: f.communityId }),
      404,
      new RegExp(`^role_id: channel ${f.random} has no override for role ${f.communityId}$`),
    );
  });
});

describe("communities.syncChannelOverrides (parent_sync)", () => {
  it("a synced channel follows its category; a direct edit ends the sync; syncing copies the category again", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const owner = f.owner.peer;
    const { cat, inner } = await categoryWithChild(f);
    const get = (channelId: bigint) => mia.peer.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId });
    expect(await get(inner)).toMatchObject({ overrides: [], parentSync: true });

    await settle(mia.peer);
    await override(owner, f, cat, f.communityId, 0n, SEND);
    await mia.peer.sync();
    expect(kinds(mia.peer)).toEqual(["channel cat", "channel inner", `conversationPermissions ${inner} +0 -${SEND}`]);
    expect((await get(inner)).overrides.map((o) => o.permissions?.neg)).toEqual([SEND]);

    await override(owner, f, inner, f.communityId, 0n, bit(P.SEND_MEDIA));
    expect((await get(inner)).parentSync).toBe(false);
    await override(owner, f, cat, f.communityId, 0n, bit(P.PIN_MESSAGES));
    expect((await get(inner)).overrides.map((o) => o.permissions?.neg)).toEqual([bit(P.SEND_MEDIA)]);

    await settle(mia.peer);
    await owner.call("communitiesSyncChannelOverrides", { communityId: f.communityId, channelId: inner });
    await mia.peer.sync();
    expect(kinds(mia.peer)).toEqual(["channel inner", `conversationPermissions ${inner} +0 -${bit(P.PIN_MESSAGES)}`]);
    expect(await get(inner)).toMatchObject({ parentSync: true, overrides: [{ roleId: f.communityId, permissions: { pos: 0n, neg: bit(P.PIN_MESSAGES) } }] });
  });

  it("syncing into a hidden category hides the channel (channelDeleted); 400 without a category", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const owner = f.owner.peer;
    const { cat, inner } = await categoryWithChild(f);
    // Overrides of the channel itself (ends the sync), then the category goes private.
    await override(owner, f, inner, f.communityId, 0n, bit(P.SEND_MEDIA));
    await override(owner, f, cat, f.communityId, 0n, VIEW);
    expect(await channelIds(mia.peer, f.communityId)).toEqual([f.general, f.random, inner]);
    await settle(mia.peer);
    await owner.call("communitiesSyncChannelOverrides", { communityId: f.communityId, channelId: inner });
    await mia.peer.sync();
    expect(kinds(mia.peer)).toEqual([`channelDeleted ${inner}`]);
    await expectRpcError(
      owner.call("communitiesSyncChannelOverrides", { communityId: f.communityId, channelId: f.general }),
      400,
      new RegExp(`^channel ${f.general} is not in a category: nothing to sync with$`),
    );
  });
});
