import { describe, expect, it } from "vitest";
import { ChannelType, CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { expectRpcError, type Peer } from "./support/harness.js";
import { bit, DEFAULTS, grant, guild, makeRole } from "./communities-fixture.js";

type Fixture = Awaited<ReturnType<typeof guild>>;

/** One row of the permission matrix: an action, the bit it needs, and how to read its effect back. */
interface Row {
  what: string;
  flag: P;
  /** Set-up done by the owner before the action. Returns context for `act`/`read`. */
  prepare?: (f: Fixture) => Promise<bigint | undefined>;
  act: (f: Fixture, actor: Peer, prepared: bigint | undefined, attempt: number) => Promise<unknown>;
  /** Reads the state the action changes (as the owner). Unchanged after a denial, changed after success. */
  read: (f: Fixture, prepared: bigint | undefined) => Promise<unknown>;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

const channelNames = async (f: Fixture) =>
  (await f.owner.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels.map((c) => c.name);
const roleNames = async (f: Fixture) =>
  (await f.owner.peer.call("communitiesGetRoles", { communityId: f.communityId })).roles.map((r) => r.name);
const zed = (f: Fixture) => f.members[1]!.id;
const zedMember = async (f: Fixture) =>
  (await f.owner.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [zed(f)] })).members;
const overrides = async (f: Fixture, channelId: bigint) =>
  await f.owner.peer.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId });
const bans = async (f: Fixture) =>
  (await f.owner.peer.call("communitiesGetRemovedMembers", { communityId: f.communityId })).members.map((m) => m.userId);
const channelByName = async (f: Fixture, name: string) =>
  (await f.owner.peer.call("communitiesGetChannels", { communityId: f.communityId })).channels.find((c) => c.name === name)!.id;

const rows: Row[] = [
  {
    what: "editCommunity",
    flag: P.MODIFY_COMMUNITY,
    act: (f, a) => a.call("communitiesEditCommunity", { communityId: f.communityId, name: "Renamed" }),
    read: async (f) => (await f.owner.peer.call("communitiesGetCommunities", {})).communities[0]?.name,
  },
  {
    what: "editPhoto",
    flag: P.MODIFY_COMMUNITY,
    act: async (f, a, _p, attempt) => {
      const uploadId = BigInt(100 + attempt);
      await a.call("mediaUploadFilePart", { uploadId, part: 0, data: PNG });
      return a.call("communitiesEditPhoto", { communityId: f.communityId, file: { id: uploadId, name: "a.png", partCount: 1 } });
    },
    read: async (f) => (await f.owner.peer.call("communitiesGetCommunities", {})).communities[0]?.photo?.fileId,
  },
  {
    what: "addMember",
    flag: P.MODIFY_COMMUNITY,
    act: (f, a) => a.call("communitiesAddMember", { communityId: f.communityId, userId: f.outsider.id }),
    read: async (f) =>
      (await f.owner.peer.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [f.outsider.id] })).members.length,
  },
  {
    what: "editSettings",
    flag: P.MODIFY_COMMUNITY,
    act: (f, a) => a.call("communitiesEditSettings", { communityId: f.communityId, settings: { systemMessages: { joinMessages: true } } }),
    read: async (f) => (await f.owner.peer.call("communitiesEditSettings", { communityId: f.communityId })).systemMessages?.joinMessages,
  },
  {
    what: "createChannel",
    flag: P.MODIFY_CHANNEL,
    act: (f, a) => a.call("communitiesCreateChannel", { communityId: f.communityId, name: "new", type: ChannelType.TEXT }),
    read: channelNames,
  },
  {
    what: "editChannel",
    flag: P.MODIFY_CHANNEL,
    act: (f, a) => a.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: f.random }, name: "chat" }),
    read: channelNames,
  },
  {
    what: "deleteChannel",
    flag: P.MODIFY_CHANNEL,
    act: (f, a) => a.call("communitiesDeleteChannel", { channel: { communityId: f.communityId, channelId: f.random } }),
    read: channelNames,
  },
  {
    what: "createRole",
    flag: P.MODIFY_ROLES,
    act: (f, a) => a.call("communitiesCreateRole", { communityId: f.communityId, name: "made", permissions: 0n, priority: 1 }),
    read: roleNames,
  },
  {
    what: "editRole",
    flag: P.MODIFY_ROLES,
    prepare: (f) => makeRole(f.owner.peer, f.communityId, { name: "low", priority: 1 }),
    act: (f, a, roleId) =>
      a.call("communitiesEditRole", { communityId: f.communityId, id: roleId ?? 0n, name: "lower", permissions: 0n, priority: 1 }),
    read: roleNames,
  },
  {
    what: "deleteRole",
    flag: P.MODIFY_ROLES,
    prepare: (f) => makeRole(f.owner.peer, f.communityId, { name: "low", priority: 1 }),
    act: (f, a, roleId) => a.call("communitiesDeleteRole", { communityId: f.communityId, id: roleId ?? 0n }),
    read: roleNames,
  },
  {
    what: "editMember (role_ids of another member)",
    flag: P.MODIFY_ROLES,
    prepare: (f) => makeRole(f.owner.peer, f.communityId, { name: "low", priority: 1 }),
    act: (f, a, roleId) =>
      a.call("communitiesEditMember", { communityId: f.communityId, memberId: zed(f), roleIds: { roleIds: [roleId ?? 0n] } }),
    read: zedMember,
  },
  {
    what: "editMember (nickname of another member)",
    flag: P.MODIFY_ROLES,
    act: (f, a) => a.call("communitiesEditMember", { communityId: f.communityId, memberId: zed(f), nickname: "Z" }),
    read: zedMember,
  },
  {
    what: "editDefaultPermissions",
    flag: P.MODIFY_ROLES,
    act: (f, a) =>
      a.call("communitiesEditDefaultPermissions", { communityId: f.communityId, permissions: DEFAULTS & ~bit(P.ADD_REACTIONS) }),
    read: async (f) => (await f.owner.peer.call("communitiesGetRoles", { communityId: f.communityId })).defaultPermissions,
  },
  {
    what: "createChannelOverride",
    flag: P.MODIFY_ROLES,
    act: (f, a) =>
      a.call("communitiesCreateChannelOverride", {
        communityId: f.communityId,
        channelId: f.random,
        roleId: f.communityId,
        permissions: { pos: 0n, neg: bit(P.SEND_MESSAGES) },
      }),
    read: (f) => overrides(f, f.random),
  },
  {
    what: "deleteChannelOverride",
    flag: P.MODIFY_ROLES,
    prepare: async (f) => {
      await f.owner.peer.call("communitiesCreateChannelOverride", {
        communityId: f.communityId,
        channelId: f.random,
        roleId: f.communityId,
        permissions: { pos: 0n, neg: bit(P.SEND_MESSAGES) },
      });
      return undefined;
    },
    act: (f, a) => a.call("communitiesDeleteChannelOverride", { communityId: f.communityId, channelId: f.random, roleId: f.communityId }),
    read: (f) => overrides(f, f.random),
  },
  {
    what: "syncChannelOverrides",
    flag: P.MODIFY_ROLES,
    prepare: async (f) => {
      const owner = f.owner.peer;
      await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "cat", type: ChannelType.CATEGORY });
      const cat = await channelByName(f, "cat");
      await owner.call("communitiesCreateChannel", { communityId: f.communityId, name: "inner", type: ChannelType.TEXT, parentId: cat });
      const inner = await channelByName(f, "inner");
      await owner.call("communitiesCreateChannelOverride", {
        communityId: f.communityId,
        channelId: inner,
        roleId: f.communityId,
        permissions: { pos: 0n, neg: bit(P.SEND_MEDIA) },
      });
      return inner;
    },
    act: (f, a, inner) => a.call("communitiesSyncChannelOverrides", { communityId: f.communityId, channelId: inner ?? 0n }),
    read: (f, inner) => overrides(f, inner ?? 0n),
  },
  {
    what: "removeMembers",
    flag: P.REMOVE_MEMBERS,
    act: (f, a) => a.call("communitiesRemoveMembers", { communityId: f.communityId, memberIds: [zed(f)] }),
    read: zedMember,
  },
  {
    what: "getRemovedMembers",
    flag: P.REMOVE_MEMBERS,
    act: (f, a) => a.call("communitiesGetRemovedMembers", { communityId: f.communityId }),
    // A read: nothing changes, success is the point.
    read: bans,
  },
  {
    what: "unbanMembers",
    flag: P.REMOVE_MEMBERS,
    prepare: async (f) => {
      await f.owner.peer.call("communitiesRemoveMembers", { communityId: f.communityId, memberIds: [f.outsider.id] });
      return undefined;
    },
    act: (f, a) => a.call("communitiesUnbanMembers", { communityId: f.communityId, memberIds: [f.outsider.id] }),
    read: bans,
  },
];

describe("communities: the permission matrix", () => {
  it.each(rows.map((r) => ({ ...r, flagName: P[r.flag] })))("$what needs $flagName: 403 and no change without it, success with it through a role", async (row) => {
    const f = await guild(["Mia", "Zed"]);
    const mia = f.members[0]!;
    const prepared = await row.prepare?.(f);
    const before = await row.read(f, prepared);
    await expectRpcError(row.act(f, mia.peer, prepared, 1), 403, new RegExp(`needs the ${P[row.flag]} permission`));
    expect(await row.read(f, prepared)).toEqual(before);

    // The same member, given the bit through a role ranked above everything Zed has.
    await grant(f.owner.peer, f.communityId, mia.id, bit(row.flag), { priority: 10 });
    await row.act(f, mia.peer, prepared, 2);
    const after = await row.read(f, prepared);
    if (row.what !== "getRemovedMembers") expect(after).not.toEqual(before);
  });

  it("ADMINISTRATOR through a role passes every check (here: creating a channel and removing a member)", async () => {
    const f = await guild(["Mia", "Zed"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.ADMINISTRATOR), { priority: 1 });
    await mia.peer.call("communitiesCreateChannel", { communityId: f.communityId, name: "admins", type: ChannelType.TEXT });
    await mia.peer.call("communitiesRemoveMembers", { communityId: f.communityId, memberIds: [zed(f)] });
    expect(await channelNames(f)).toEqual(["general", "random", "admins"]);
    expect(await zedMember(f)).toEqual([]);
  });

  it("a bit denied by a channel override is missing in that channel only", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.MODIFY_CHANNEL));
    await f.owner.peer.call("communitiesCreateChannelOverride", {
      communityId: f.communityId,
      channelId: f.random,
      roleId: f.communityId,
      permissions: { pos: 0n, neg: bit(P.MODIFY_CHANNEL) },
    });
    await expectRpcError(
      mia.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: f.random }, name: "x" }),
      403,
      /editing a channel needs the MODIFY_CHANNEL permission/,
    );
    await mia.peer.call("communitiesEditChannel", { channel: { communityId: f.communityId, channelId: f.general }, name: "lobby" });
    expect(await channelNames(f)).toEqual(["lobby", "random"]);
  });

  it("deleteCommunity is the owner's alone, even against ADMINISTRATOR", async () => {
    const f = await guild(["Mia"]);
    const mia = f.members[0]!;
    await grant(f.owner.peer, f.communityId, mia.id, bit(P.ADMINISTRATOR));
    await expectRpcError(mia.peer.call("communitiesDeleteCommunity", { communityId: f.communityId }), 403, /only the owner can delete/);
    expect((await f.owner.peer.call("communitiesGetCommunities", {})).communities.map((c) => c.id)).toEqual([f.communityId]);
  });

  // Calls that need no bit: every member may make them, and outsiders get 404 (existence never leaks).
  const memberCalls: [string, (f: Fixture, p: Peer) => Promise<unknown>][] = [
    ["getChannels", (f, p) => p.call("communitiesGetChannels", { communityId: f.communityId })],
    ["getRoles", (f, p) => p.call("communitiesGetRoles", { communityId: f.communityId })],
    ["getMembers", (f, p) => p.call("communitiesGetMembers", { communityId: f.communityId, memberIds: [f.owner.id] })],
    ["getChannelMembers", (f, p) => p.call("communitiesGetChannelMembers", { communityId: f.communityId, channelId: f.general })],
    ["getChannelOverrides", (f, p) => p.call("communitiesGetChannelOverrides", { communityId: f.communityId, channelId: f.general })],
    ["getRoomStates", (f, p) => p.call("communitiesGetRoomStates", { communityId: f.communityId })],
    ["editMember (own nickname)", (f, p) => p.call("communitiesEditMember", { communityId: f.communityId, memberId: f.members[0]!.id, nickname: "me" })],
    ["leaveCommunity", (f, p) => p.call("communitiesLeaveCommunity", { communityId: f.communityId })],
  ];
  it.each(memberCalls)("%s: any member may, an outsider gets 404", async (_name, call) => {
    const f = await guild(["Mia"]);
    await expectRpcError(call(f, f.outsider.peer), 404, new RegExp(`no community ${f.communityId}`));
    await call(f, f.members[0]!.peer);
  });
});
