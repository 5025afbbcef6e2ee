// The permission matrix's world: a community with an owner, an actor (whose rights each row varies),
// a second member to act on, an observer who must hear nothing of a refused action, and an outsider;
// text, voice and category channels and a few messages. `snapshot()` reads everything the owner can
// see of the community, so "a refused call changes nothing" is one deep comparison for every row.
import { ChannelType, CommunityPermission as P } from "../../../gen/osmium/client/types_pb.js";
import type { Update } from "../../../gen/osmium/client/updates_pb.js";
import { OsmiumClient } from "../../../src/index.js";
import { type CreatedUser, type TestServer, createTestServer } from "../../../src/testing/index.js";

/** A permission flag as the wire's fixed64. */
export const bit = (...flags: P[]): bigint => flags.reduce((all, f) => all | BigInt(f), 0n);

/** Permissions every member of a new community has (the reference server's defaults). */
export const DEFAULTS = bit(P.VIEW_CHANNEL, P.SEND_MESSAGES, P.CONNECT_VOICE, P.SEND_MEDIA, P.SPEAK_VOICE, P.ADD_REACTIONS);

/** A user of the guild with a connected client. */
export interface Person {
  readonly user: CreatedUser;
  readonly id: bigint;
  readonly client: OsmiumClient;
  readonly updates: Update[];
}

/** The guild: people, ids, and the server. */
export interface Guild {
  readonly server: TestServer;
  readonly owner: Person;
  readonly actor: Person;
  readonly zed: Person;
  readonly observer: Person;
  readonly outsider: Person;
  readonly communityId: bigint;
  readonly general: bigint;
  readonly random: bigint;
  readonly voice: bigint;
  readonly category: bigint;
  /** Owner's message in #general. */
  readonly ownerMessage: bigint;
  /** Zed's message in #general. */
  readonly zedMessage: bigint;
  /** A `ChatRef` to a channel of the guild. */
  ref(channelId: bigint): { ref: { case: "channel"; value: { communityId: bigint; channelId: bigint } } };
  /** Closes every client and the server. */
  close(): Promise<void>;
}

async function person(server: TestServer, name: string): Promise<Person> {
  const user = await server.createUser({ name });
  const client = new OsmiumClient({ transport: server.transport(), token: user.token, keepalive: false, reconnect: false });
  const updates: Update[] = [];
  client.on("update", (u) => updates.push(u));
  await client.connect();
  return { user, id: user.user.id, client, updates };
}

/** Builds a fresh guild on a fresh server. */
export async function createGuild(): Promise<Guild> {
  const server = createTestServer();
  const [owner, actor, zed, observer, outsider] = await Promise.all(["Owner", "Mia", "Zed", "Wes", "Outsider"].map((n) => person(server, n)));
  if (!owner || !actor || !zed || !observer || !outsider) throw new Error("guild: people missing");
  const { community, channels } = server.createCommunity({ owner: owner.id, name: "Guild", channels: ["random"], members: [actor.id, zed.id, observer.id] });
  const [general, random] = channels.map((c) => c.id);
  if (general === undefined || random === undefined) throw new Error("guild: channels missing");
  const communityId = community.id;
  const c = owner.client.communities;
  await c.createChannel({ communityId, name: "lounge", type: ChannelType.VOICE });
  await c.createChannel({ communityId, name: "cat", type: ChannelType.CATEGORY });
  const byName = new Map((await c.getChannels({ communityId })).channels.map((ch) => [ch.name, ch.id]));
  const ref = (channelId: bigint) => ({ ref: { case: "channel" as const, value: { communityId, channelId } } });
  const ownerMessage = (await owner.client.messages.sendMessage({ chatRef: ref(general), message: "hello" })).messageId;
  const zedMessage = (await zed.client.messages.sendMessage({ chatRef: ref(general), message: "zed was here" })).messageId;
  for (const p of [owner, actor, zed, observer, outsider]) await p.client.billing.getProducts({});
  return {
    server,
    owner,
    actor,
    zed,
    observer,
    outsider,
    communityId,
    general,
    random,
    voice: byName.get("lounge") ?? 0n,
    category: byName.get("cat") ?? 0n,
    ownerMessage,
    zedMessage,
    ref,
    async close() {
      await Promise.all([owner, actor, zed, observer, outsider].map((p) => p.client.close()));
      await server.close();
    },
  };
}

/** Everything the owner can read about the guild, as one comparable value. */
export async function snapshot(g: Guild): Promise<unknown> {
  const c = g.owner.client.communities;
  const communityId = g.communityId;
  const { communities } = await c.getCommunities({});
  const community = communities.find((x) => x.id === communityId);
  if (community === undefined) return { community }; // deleted: nothing else to read
  const channels = await c.getChannels({ communityId });
  const perChannel = [];
  for (const channel of channels.channels) {
    const entry: Record<string, unknown> = { id: channel.id, overrides: await c.getChannelOverrides({ communityId, channelId: channel.id }) };
    if (channel.type === ChannelType.TEXT) {
      entry.history = await g.owner.client.messages.getHistory({ chatRef: g.ref(channel.id) });
      entry.pins = await g.owner.client.messages.getPinnedMessages({ chatRef: g.ref(channel.id) });
    }
    perChannel.push(entry);
  }
  const everyone = [g.owner, g.actor, g.zed, g.observer, g.outsider].map((p) => p.id);
  return {
    community,
    channels,
    perChannel,
    roles: await c.getRoles({ communityId }),
    members: await c.getMembers({ communityId, memberIds: everyone }),
    removed: await c.getRemovedMembers({ communityId }),
    settings: await c.editSettings({ communityId }),
    rooms: await c.getRoomStates({ communityId }),
  };
}

/** Waits until `person` has received everything sent to it so far, then returns what arrived since `from`. */
export async function updatesSince(p: Person, from: number): Promise<string[]> {
  await p.client.billing.getProducts({});
  return p.updates.slice(from).map((u) => u.update.case ?? "unknown");
}

/** Gives `member` a new role with `permissions`, ranked `priority`; returns the role id. */
export async function grant(g: Guild, member: Person, permissions: bigint, priority = 10): Promise<bigint> {
  const c = g.owner.client.communities;
  const name = `role-${permissions}-${priority}`;
  await c.createRole({ communityId: g.communityId, name, permissions, priority });
  const role = (await c.getRoles({ communityId: g.communityId })).roles.find((r) => r.name === name);
  if (!role) throw new Error(`grant: role ${name} not created`);
  const { members } = await c.getMembers({ communityId: g.communityId, memberIds: [member.id] });
  await c.editMember({ communityId: g.communityId, memberId: member.id, roleIds: { roleIds: [...(members[0]?.roleIds ?? []), role.id] } });
  return role.id;
}
