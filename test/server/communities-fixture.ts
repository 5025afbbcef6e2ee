import { CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import type { TestServer } from "../../src/testing/index.js";
import { type Peer, startServer, user } from "./support/harness.js";

// Shared set-up of the communities tests: a community with an owner and members, and roles.

/** A permission flag as the wire's fixed64. */
export const bit = (...flags: CommunityPermission[]): bigint => flags.reduce((all, f) => all | BigInt(f), 0n);

/** Permissions every member of a new community has (see src/testing/model/communities/communities.ts). */
export const DEFAULTS = bit(
  CommunityPermission.VIEW_CHANNEL,
  CommunityPermission.SEND_MESSAGES,
  CommunityPermission.CONNECT_VOICE,
  CommunityPermission.SEND_MEDIA,
  CommunityPermission.SPEAK_VOICE,
  CommunityPermission.ADD_REACTIONS,
);

/** A user of the fixture: id and connected peer. */
export interface Someone {
  id: bigint;
  peer: Peer;
}

/** A server with a community "Guild" (channels general, random) owned by Owner, with `names` as members. */
export async function guild(names: string[] = ["Mia"], server: TestServer = startServer()) {
  const owner = await user(server, "Owner");
  const members = await Promise.all(names.map((name) => user(server, name)));
  const outsider = await user(server, "Outsider");
  const { community, channels } = server.createCommunity({
    owner: owner.id,
    name: "Guild",
    channels: ["random"],
    members: members.map((m) => m.id),
  });
  const [general, random] = channels;
  if (!general || !random) throw new Error("fixture: channels missing");
  return { server, owner, members, outsider, communityId: community.id, general: general.id, random: random.id };
}

/** Creates a role as `by` and returns its id (found by name through communities.getRoles). */
export async function makeRole(
  by: Peer,
  communityId: bigint,
  init: { name: string; permissions?: bigint; priority?: number; separated?: boolean },
): Promise<bigint> {
  await by.call("communitiesCreateRole", {
    communityId,
    name: init.name,
    permissions: init.permissions ?? 0n,
    priority: init.priority ?? 1,
    separated: init.separated ?? false,
  });
  const { roles } = await by.call("communitiesGetRoles", { communityId });
  const role = roles.find((r) => r.name === init.name);
  if (!role) throw new Error(`fixture: role ${init.name} not created`);
  return role.id;
}

/** Gives `memberId` a new role with `permissions` (made by the owner); returns the role id. */
export async function grant(
  owner: Peer,
  communityId: bigint,
  memberId: bigint,
  permissions: bigint,
  options: { name?: string; priority?: number } = {},
): Promise<bigint> {
  const roleId = await makeRole(owner, communityId, { name: options.name ?? `role-${permissions}`, permissions, priority: options.priority ?? 5 });
  const { members } = await owner.call("communitiesGetMembers", { communityId, memberIds: [memberId] });
  const roleIds = [...(members[0]?.roleIds ?? []), roleId];
  await owner.call("communitiesEditMember", { communityId, memberId, roleIds: { roleIds } });
  return roleId;
}

/** Ids of the channels `peer` sees in the community, in sidebar order. */
export async function channelIds(peer: Peer, communityId: bigint): Promise<bigint[]> {
  return (await peer.call("communitiesGetChannels", { communityId })).channels.map((c) => c.id);
}

/** Clears every peer's updates after making sure all earlier frames have arrived. */
export async function settle(...peers: Peer[]): Promise<void> {
  for (const p of peers) await p.sync();
  for (const p of peers) p.clear();
}

/** Resolves once every peer has received everything sent so far. */
export async function syncAll(...peers: Peer[]): Promise<void> {
  for (const p of peers) await p.sync();
}
