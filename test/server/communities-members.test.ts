import { describe, expect, it } from "vitest";
import { CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { connect, expectRpcError, type Peer, startServer } from "./support/harness.js";
import { bit, DEFAULTS, grant, guild, makeRole, settle, syncAll } from "./communities-fixture.js";

const channelRef = (communityId: bigint, channelId: bigint) => ({ ref: { case: "channel" as const, value: { communityId, channelId } } });

describe("communities.editMember", () => {
  it("anyone sets their own nickname; every member gets communityMember; an empty one clears it", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    await mia.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: mia.id, nickname: " Mimi " });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer);
    const update = { communityId: f.communityId, memberId: mia.id, member: { id: mia.id, communityId: f.communityId, nickname: "Mimi", roleIds: [] } };
    for (const p of [f.owner.peer, mia.peer]) expect(p.updates.map((u) => u.update)).toMatchObject([{ case: "communityMember", value: update }]);
    expect(f.outsider.peer.updates).toEqual([]);

    await mia.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: mia.id, nickname: "" });
    const { members } = await f.owner.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [mia.id] });
    expect(members[0]?.nickname).toBeUndefined();
    await expectRpcError(
      mia.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: mia.id, nickname: "n".repeat(101) }),
      400,
      /^nickname is longer than 100 characters$/,
    );
    await expectRpcError(mia.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: 77n, nickname: "x" }), 404, /^member_id: no member 77/);
  });

  it("assigning roles pushes communityMember to all and the new permissions to the member", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    const mods = await makeRole(f.owner.peer, f.communityId, { name: "mods", permissions: bit(P.MODIFY_CHANNEL), priority: 2 });
    await settle(f.owner.peer, mia!.peer, zed!.peer);
    await f.owner.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: zed!.id, roleIds: { roleIds: [mods, mods] } });
    await syncAll(f.owner.peer, mia!.peer, zed!.peer);
    const update = { case: "communityMember", value: { memberId: zed!.id, member: { roleIds: [mods] } } };
    expect(mia!.peer.updates.map((u) => u.update)).toMatchObject([update]);
    expect(zed!.peer.updates.map((u) => u.update)).toMatchObject([
      update,
      { case: "community", value: { community: { permissions: DEFAULTS | bit(P.MODIFY_CHANNEL) } } },
    ]);
    await expectRpcError(
      f.owner.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: zed!.id, roleIds: { roleIds: [5n] } }),
      400,
      new RegExp(`^role_ids: no role 5 in community ${f.communityId}$`),
    );
    // An empty list removes every role.
    await f.owner.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: zed!.id, roleIds: { roleIds: [] } });
    expect((await mia!.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [zed!.id] })).members[0]?.roleIds).toEqual([]);
  });

  it("hierarchy: roles and members at or above one's rank, and the owner, are out of reach", async () => {
    const f = await guild(["Mia", "Zed", "Ann"]);
    const [mia, zed, ann] = f.members;
    const c = f.communityId;
    await grant(f.owner.peer, c, mia!.id, bit(P.MODIFY_ROLES), { name: "manager", priority: 5 });
    const peerRole = await makeRole(f.owner.peer, c, { name: "peer", priority: 5 });
    const junior = await makeRole(f.owner.peer, c, { name: "junior", priority: 1 });
    await grant(f.owner.peer, c, zed!.id, 0n, { name: "senior", priority: 6 });
    const roles = (who: bigint, ids: bigint[]) => mia!.peer.call("communitiesEditMember", { communityId: c, memberId: who, roleIds: { roleIds: ids } });

    await expectRpcError(roles(ann!.id, [peerRole]), 403, new RegExp(`^assigning role ${peerRole}: a role of priority 5 is not below your highest role \\(priority 5\\)$`));
    await expectRpcError(roles(zed!.id, [junior]), 403, new RegExp(`^changing roles: member ${zed!.id} has a role at or above your highest role$`));
    await expectRpcError(
      mia!.peer.call("communitiesEditMember", { communityId: c, memberId: zed!.id, nickname: "x" }),
      403,
      /^changing a nickname: member .* has a role at or above your highest role$/,
    );
    await expectRpcError(roles(f.owner.id, [junior]), 403, /^changing roles: the owner of the community cannot be acted on$/);
    // Below her rank she may: other members, and her own roles.
    await roles(ann!.id, [junior]);
    const manager = (await mia!.peer.call("communitiesGetMembers", { communityId: c, memberIds: [mia!.id] })).members[0]!.roleIds;
    await roles(mia!.id, [...manager, junior]);
    const members = (await mia!.peer.call("communitiesGetMembers", { communityId: c, memberIds: [ann!.id, zed!.id] })).members;
    expect(members.map((m) => m.roleIds.length)).toEqual([1, 1]);
    expect(members[0]?.roleIds).toEqual([junior]);
  });
});

describe("communities.removeMembers / getRemovedMembers / unbanMembers", () => {
  it("bans: others get communityMemberDeleted, the removed user's sessions communityDeleted", async () => {
    const server = startServer({ now: () => 1_800_000_000_000 });
    const f = await guild(["Mia", "Zed"], server);
    const [mia, zed] = f.members;
    const zedSecond = await connect(server, { token: zed!.token });
    await settle(f.owner.peer, mia!.peer, zed!.peer, zedSecond, f.outsider.peer);
    const result = await f.owner.peer.call("communitiesRemoveMembers", {
      communityId: f.communityId,
      memberIds: [zed!.id],
      until: 1_800_000_060_000n,
      reason: " spam ",
    });
    expect(result.members).toMatchObject([{ userId: zed!.id, user: { name: "Zed" }, until: 1_800_000_060_000n, reason: "spam" }]);
    await syncAll(f.owner.peer, mia!.peer, zed!.peer, zedSecond, f.outsider.peer);
    for (const p of [f.owner.peer, mia!.peer]) {
      expect(p.updates.map((u) => u.update)).toMatchObject([{ case: "communityMemberDeleted", value: { communityId: f.communityId, memberId: zed!.id } }]);
    }
    for (const p of [zed!.peer, zedSecond]) expect(p.updates.map((u) => u.update)).toMatchObject([{ case: "communityDeleted", value: { communityId: f.communityId } }]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await zed!.peer.call("communitiesGetCommunities", {})).communities).toEqual([]);
    const removed = await f.owner.peer.call("communitiesGetRemovedMembers", { communityId: f.communityId });
    expect(removed.members).toMatchObject([{ userId: zed!.id, until: 1_800_000_060_000n, reason: "spam" }]);
    await expectRpcError(f.owner.peer.call("communitiesAddMember", { communityId: f.communityId, userId: zed!.id }), 403, /is banned/);
  });

  it("delete_messages_since deletes the removed users' messages from that time on, in every channel", async () => {
    let clock = 1_800_000_000_000;
    const server = startServer({ now: () => clock });
    const f = await guild(["Mia", "Zed"], server);
    const [mia, zed] = f.members;
    const send = async (p: Peer, channelId: bigint, text: string) => {
      const sent = await p.call("messagesSendMessage", { chatRef: channelRef(f.communityId, channelId), message: text });
      return sent.messageId;
    };
    const old = await send(zed!.peer, f.general, "old");
    clock += 60_000;
    const recentGeneral = await send(zed!.peer, f.general, "recent");
    const recentRandom = await send(zed!.peer, f.random, "recent too");
    const miaMessage = await send(mia!.peer, f.general, "mine");
    await settle(f.owner.peer, mia!.peer, zed!.peer);

    await f.owner.peer.call("communitiesRemoveMembers", {
      communityId: f.communityId,
      memberIds: [zed!.id],
      deleteMessagesSince: 1_800_000_030_000n,
    });
    await syncAll(mia!.peer, zed!.peer);
    expect(mia!.peer.received("messageDeleted")).toMatchObject([
      { chatRef: channelRef(f.communityId, f.general), messageIds: [recentGeneral] },
      { chatRef: channelRef(f.communityId, f.random), messageIds: [recentRandom] },
    ]);
    expect(zed!.peer.received("messageDeleted")).toEqual([]);
    const history = await mia!.peer.call("messagesGetHistory", { chatRef: channelRef(f.communityId, f.general) });
    expect(history.messages.map((m) => m.messageId).sort()).toEqual([old, miaMessage].sort());
    // A permanent ban has no `until`.
    expect((await f.owner.peer.call("communitiesGetRemovedMembers", { communityId: f.communityId })).members[0]?.until).toBeUndefined();
  });

  it("refuses the owner, oneself, higher members, past ends and empty lists, all or nothing", async () => {
    const f = await guild(["Mia", "Zed", "Ann"]);
    const [mia, zed, ann] = f.members;
    const c = f.communityId;
    await grant(f.owner.peer, c, mia!.id, bit(P.REMOVE_MEMBERS), { name: "mod", priority: 3 });
    await grant(f.owner.peer, c, ann!.id, 0n, { name: "vip", priority: 4 });
    const remove = (ids: bigint[], extra: { until?: bigint } = {}) => mia!.peer.call("communitiesRemoveMembers", { communityId: c, memberIds: ids, ...extra });
    await expectRpcError(remove([zed!.id, f.owner.id]), 403, /^removing members: the owner of the community cannot be acted on$/);
    await expectRpcError(remove([ann!.id]), 403, new RegExp(`^removing members: member ${ann!.id} has a role at or above your highest role$`));
    await expectRpcError(remove([mia!.id]), 400, /^you cannot remove yourself: use communities.leaveCommunity$/);
    await expectRpcError(remove([]), 400, /^member_ids must not be empty$/);
    await expectRpcError(remove([999n]), 404, /^member_ids: no user 999$/);
    await expectRpcError(remove([zed!.id], { until: 1n }), 400, /^until is in the past$/);
    const { members } = await f.owner.peer.call("communitiesGetMembers", { communityId: c, memberIds: [zed!.id, ann!.id, f.owner.id] });
    expect(members.map((m) => m.id)).toEqual([zed!.id, ann!.id, f.owner.id]);
    expect((await f.owner.peer.call("communitiesGetRemovedMembers", { communityId: c })).members).toEqual([]);
  });

  it("a ban ends at `until`; a non-member can be banned ahead; unbanning lets users join again and pushes nothing", async () => {
    let clock = 1_800_000_000_000;
    const server = startServer({ now: () => clock });
    const f = await guild(["Zed"], server);
    const zed = f.members[0]!;
    const owner = f.owner.peer;
    const c = f.communityId;
    await owner.call("communitiesRemoveMembers", { communityId: c, memberIds: [zed.id], until: BigInt(clock + 1000) });
    await owner.call("communitiesRemoveMembers", { communityId: c, memberIds: [f.outsider.id] });
    expect((await owner.call("communitiesGetRemovedMembers", { communityId: c })).members.map((m) => m.userId)).toEqual([zed.id, f.outsider.id]);
    clock += 2000;
    expect((await owner.call("communitiesGetRemovedMembers", { communityId: c })).members.map((m) => m.userId)).toEqual([f.outsider.id]);
    await owner.call("communitiesAddMember", { communityId: c, userId: zed.id });

    await settle(owner, zed.peer, f.outsider.peer);
    await expectRpcError(owner.call("communitiesUnbanMembers", { communityId: c, memberIds: [] }), 400, /^member_ids must not be empty$/);
    await owner.call("communitiesUnbanMembers", { communityId: c, memberIds: [f.outsider.id, zed.id] });
    await syncAll(owner, zed.peer, f.outsider.peer);
    for (const p of [owner, zed.peer, f.outsider.peer]) expect(p.updates).toEqual([]);
    expect((await owner.call("communitiesGetRemovedMembers", { communityId: c })).members).toEqual([]);
    await owner.call("communitiesAddMember", { communityId: c, userId: f.outsider.id });
  });
});

describe("communities.getMembers", () => {
  it("returns the asked members with their users, skipping non-members", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    await zed!.peer.call("communitiesEditMember", { communityId: f.communityId, memberId: zed!.id, nickname: "Z" });
    const result = await mia!.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [zed!.id, f.outsider.id, f.owner.id, zed!.id] });
    expect(result.members.map((m) => [m.id, m.communityId, m.nickname, m.roleIds])).toEqual([
      [zed!.id, f.communityId, "Z", []],
      [f.owner.id, f.communityId, undefined, []],
    ]);
    expect(result.users.map((u) => u.name)).toEqual(["Zed", "Owner"]);
    await expectRpcError(
      mia!.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: Array.from({ length: 101 }, (_, i) => BigInt(i + 1)) }),
      400,
      /^member_ids has more than 100 ids$/,
    );
  });
});
