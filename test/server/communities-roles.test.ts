import { describe, expect, it } from "vitest";
import { CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { expectRpcError } from "./support/harness.js";
import { bit, DEFAULTS, grant, guild, makeRole, settle, syncAll } from "./communities-fixture.js";

describe("communities.getRoles / createRole", () => {
  it("creates roles exactly as asked, pushes nothing, and lists them by priority with the defaults", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer);
    await f.owner.peer.call("communitiesCreateRole", {
      communityId: f.communityId,
      name: " Mods ",
      permissions: bit(P.DELETE_MESSAGES, P.PIN_MESSAGES),
      priority: 2,
      color: 0xff8800,
      separated: true,
      public: false,
    });
    await f.owner.peer.call("communitiesCreateRole", { communityId: f.communityId, name: "Admins", permissions: bit(P.ADMINISTRATOR), priority: 9 });
    await syncAll(f.owner.peer, mia.peer);
    expect(f.owner.peer.updates).toEqual([]);
    expect(mia.peer.updates).toEqual([]);

    // Every member may read the roles (the proto: "not enforced").
    const { roles, defaultPermissions } = await mia.peer.call("communitiesGetRoles", { communityId: f.communityId });
    expect(defaultPermissions).toBe(DEFAULTS);
    expect(roles.map((r) => [r.name, r.permissions, r.priority, r.color, r.separated, r.public, r.communityId])).toEqual([
      ["Admins", bit(P.ADMINISTRATOR), 9, 0, false, false, f.communityId],
      ["Mods", bit(P.DELETE_MESSAGES, P.PIN_MESSAGES), 2, 0xff8800, true, false, f.communityId],
    ]);
  });

  it("400 for unknown permission bits, a colour beyond RGB and an empty name", async () => {
    const f = await guild([]);
    const owner = f.owner.peer;
    const c = f.communityId;
    await expectRpcError(
      owner.call("communitiesCreateRole", { communityId: c, name: "x", permissions: 1n << 20n }),
      400,
      /^permissions has unknown permission bits 0x100000$/,
    );
    await expectRpcError(owner.call("communitiesCreateRole", { communityId: c, name: "x", color: 0x1000000 }), 400, /is not an RGB colour/);
    await expectRpcError(owner.call("communitiesCreateRole", { communityId: c, name: "" }), 400, /^name must not be empty$/);
    expect((await owner.call("communitiesGetRoles", { communityId: c })).roles).toEqual([]);
  });

  it("hierarchy: only below one's highest role, and only with bits one holds", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.MODIFY_ROLES), { name: "manager", priority: 5 });
    const c = f.communityId;
    await expectRpcError(
      mia.peer.call("communitiesCreateRole", { communityId: c, name: "peer", priority: 5 }),
      403,
      /^creating a role: a role of priority 5 is not below your highest role \(priority 5\)$/,
    );
    await expectRpcError(
      mia.peer.call("communitiesCreateRole", { communityId: c, name: "bans", permissions: bit(P.REMOVE_MEMBERS, P.MODIFY_ROLES), priority: 1 }),
      403,
      /^creating a role: you cannot grant or revoke permissions you do not hold \(REMOVE_MEMBERS\)$/,
    );
    await mia.peer.call("communitiesCreateRole", { communityId: c, name: "junior", permissions: bit(P.MODIFY_ROLES, P.VIEW_CHANNEL), priority: 4 });
    const names = (await mia.peer.call("communitiesGetRoles", { communityId: c })).roles.map((r) => r.name);
    expect(names).toEqual(["manager", "junior"]);
  });

  it("a member holding MODIFY_ROLES only through the defaults has no rank: no role is below theirs", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await f.owner.peer.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: DEFAULTS | bit(P.MODIFY_ROLES) });
    await expectRpcError(
      mia.peer.call("communitiesCreateRole", { communityId: f.communityId, name: "x", priority: 0 }),
      403,
      /^creating a role: you have no role, so no role is below yours$/,
    );
    expect((await mia.peer.call("communitiesGetRoles", { communityId: f.communityId })).roles).toEqual([]);
  });
});

describe("communities.editRole", () => {
  it("changing a role's permissions tells its holders (community) and nobody else", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    const helper = await grant(f.owner.peer, f.communityId, zed!.id, 0n, { name: "helper", priority: 1 });
    await settle(f.owner.peer, mia!.peer, zed!.peer);
    await f.owner.peer.call("communitiesEditRole", {
      communityId: f.communityId,
      id: helper,
      name: "Helper",
      permissions: bit(P.MODIFY_CHANNEL),
      priority: 1,
      color: 0x00ff00,
      separated: true,
      public: true,
    });
    await syncAll(f.owner.peer, mia!.peer, zed!.peer);
    expect(zed!.peer.updates.map((u) => u.update)).toMatchObject([
      { case: "community", value: { communityId: f.communityId, community: { permissions: DEFAULTS | bit(P.MODIFY_CHANNEL) } } },
    ]);
    expect(mia!.peer.updates).toEqual([]);
    expect(f.owner.peer.updates).toEqual([]);
    const role = (await mia!.peer.call("communitiesGetRoles", { communityId: f.communityId })).roles[0];
    expect([role?.name, role?.permissions, role?.color, role?.separated, role?.public]).toEqual(["Helper", bit(P.MODIFY_CHANNEL), 0x00ff00, true, true]);
  });

  it("a role granting VIEW_CHANNEL reveals the channels to its holders when defaults hide them", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    const viewer = await grant(f.owner.peer, f.communityId, zed!.id, 0n, { name: "viewer", priority: 1 });
    await settle(mia!.peer, zed!.peer);
    await f.owner.peer.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: DEFAULTS & ~bit(P.VIEW_CHANNEL) });
    await syncAll(mia!.peer, zed!.peer);
    const lost = (id: bigint) => ({ case: "channelDeleted", value: { channel: { communityId: f.communityId, channelId: id } } });
    for (const p of [mia!.peer, zed!.peer]) {
      expect(p.updates.map((u) => u.update)).toMatchObject([
        { case: "community", value: { community: { permissions: DEFAULTS & ~bit(P.VIEW_CHANNEL) } } },
        lost(f.general),
        lost(f.random),
      ]);
    }
    await settle(mia!.peer, zed!.peer);
    await f.owner.peer.call("communitiesEditRole", { communityId: f.communityId, id: viewer, name: "viewer", permissions: bit(P.VIEW_CHANNEL), priority: 1 });
    await syncAll(mia!.peer, zed!.peer);
    expect(zed!.peer.updates.map((u) => [u.update.case, u.update.case === "channel" ? u.update.value.channel?.id : undefined])).toEqual([
      ["community", undefined],
      ["channel", f.general],
      ["channel", f.random],
    ]);
    expect(mia!.peer.updates).toEqual([]);
    expect((await mia!.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels).toEqual([]);
  });

  it("hierarchy: no editing roles at or above one's own, nor moving bits one lacks; 404 for unknown roles", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const c = f.communityId;
    await grant(f.owner.peer, c, mia.id, bit(P.MODIFY_ROLES), { name: "manager", priority: 5 });
    const high = await makeRole(f.owner.peer, c, { name: "high", priority: 6 });
    const bans = await makeRole(f.owner.peer, c, { name: "bans", permissions: bit(P.REMOVE_MEMBERS), priority: 1 });
    const edit = (id: bigint, init: { name: string; permissions?: bigint; priority?: number }) =>
      mia.peer.call("communitiesEditRole", { communityId: c, id, name: init.name, permissions: init.permissions ?? 0n, priority: init.priority ?? 1 });
    await expectRpcError(edit(high, { name: "x", priority: 1 }), 403, /^editing a role: a role of priority 6 is not below your highest role \(priority 5\)$/);
    await expectRpcError(edit(bans, { name: "bans", permissions: bit(P.REMOVE_MEMBERS), priority: 5 }), 403, /a role of priority 5 is not below/);
    await expectRpcError(edit(bans, { name: "bans", permissions: 0n }), 403, /you cannot grant or revoke permissions you do not hold \(REMOVE_MEMBERS\)/);
    // Bits that do not change need not be held: renaming is fine.
    await edit(bans, { name: "Banners", permissions: bit(P.REMOVE_MEMBERS) });
    await expectRpcError(edit(123n, { name: "x" }), 404, new RegExp(`^id: no role 123 in community ${c}$`));
    const roles = (await mia.peer.call("communitiesGetRoles", { communityId: c })).roles;
    expect(roles.map((r) => [r.name, r.priority, r.permissions])).toEqual([
      ["high", 6, 0n],
      ["manager", 5, bit(P.MODIFY_ROLES)],
      ["Banners", 1, bit(P.REMOVE_MEMBERS)],
    ]);
  });
});

describe("communities.deleteRole", () => {
  it("removes the role from its holders (communityMember to everyone) and from channel overrides", async () => {
    const f = await guild(["Mia", "Zed"]);
    const [mia, zed] = f.members;
    const movers = await grant(f.owner.peer, f.communityId, zed!.id, bit(P.PIN_MESSAGES), { name: "movers", priority: 1 });
    await f.owner.peer.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: f.random,
      roleId: movers,
      permissions: { pos: bit(P.DELETE_MESSAGES), neg: 0n },
    });
    await settle(f.owner.peer, mia!.peer, zed!.peer, f.outsider.peer);
    await f.owner.peer.call("communitiesDeleteRole", { communityId: f.communityId, id: movers });
    await syncAll(f.owner.peer, mia!.peer, zed!.peer, f.outsider.peer);
    const memberUpdate = { communityId: f.communityId, memberId: zed!.id, member: { id: zed!.id, roleIds: [] } };
    for (const p of [f.owner.peer, mia!.peer]) expect(p.updates.map((u) => u.update)).toMatchObject([{ case: "communityMember", value: memberUpdate }]);
    expect(zed!.peer.updates.map((u) => u.update)).toMatchObject([
      { case: "communityMember", value: memberUpdate },
      { case: "community", value: { community: { permissions: DEFAULTS } } },
      { case: "conversationPermissions", value: { permissions: { pos: 0n, neg: 0n } } },
    ]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await mia!.peer.call("communitiesGetRoles", { communityId: f.communityId })).roles).toEqual([]);
    expect((await mia!.peer.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: f.random })).overrides).toEqual([]);
  });

  it("403 for a role at or above one's own; 404 for the @everyone id and unknown roles", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    const c = f.communityId;
    const mine = await grant(f.owner.peer, c, mia.id, bit(P.MODIFY_ROLES), { name: "manager", priority: 5 });
    await expectRpcError(mia.peer.call("communitiesDeleteRole", { communityId: c, id: mine }), 403, /^deleting a role: a role of priority 5 is not below/);
    await expectRpcError(mia.peer.call("communitiesDeleteRole", { communityId: c, id: c }), 404, new RegExp(`^id: no role ${c} in community ${c}$`));
    expect((await mia.peer.call("communitiesGetRoles", { communityId: c })).roles.map((r) => r.id)).toEqual([mine]);
  });
});

describe("communities.editDefaultPermissions", () => {
  it("tells each member whose permissions change (community), not the owner; getRoles shows the new defaults", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await settle(f.owner.peer, mia.peer, f.outsider.peer);
    const next = DEFAULTS | bit(P.PIN_MESSAGES);
    await f.owner.peer.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: next });
    await syncAll(f.owner.peer, mia.peer, f.outsider.peer);
    expect(mia.peer.updates.map((u) => u.update)).toMatchObject([{ case: "community", value: { community: { permissions: next } } }]);
    expect(f.owner.peer.updates).toEqual([]);
    expect(f.outsider.peer.updates).toEqual([]);
    expect((await mia.peer.call("communitiesGetRoles", { communityId: f.communityId })).defaultPermissions).toBe(next);
  });

  it("400 for unknown bits; 403 for changing bits one does not hold", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.MODIFY_ROLES));
    await expectRpcError(
      mia.peer.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: 1n << 40n }),
      400,
      /unknown permission bits 0x10000000000/,
    );
    await expectRpcError(
      mia.peer.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: DEFAULTS | bit(P.ADMINISTRATOR) }),
      403,
      /^editing the default permissions: you cannot grant or revoke permissions you do not hold \(ADMINISTRATOR\)$/,
    );
    expect((await mia.peer.call("communitiesGetRoles", { communityId: f.communityId })).defaultPermissions).toBe(DEFAULTS);
  });
});
