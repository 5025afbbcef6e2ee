// The permission matrix's table: one row per action, with the rule the reference server must enforce
// and how to perform the action. Every `communities.*` request case appears at least once (a test
// checks it), plus every call that acts in a channel.
import { expect } from "vitest";
import { ChannelType, CommunityPermission as P } from "../../../gen/osmium/client/types_pb.js";
import type { RequestCase } from "../../../src/index.js";
import { DEFAULTS, type Guild, type Person, bit } from "./guild.js";

/** What the server requires for a row's action. */
export type Rule =
  /** A permission bit, community-wide or (with `channel`) in the channel the action targets. */
  | { readonly kind: "bit"; readonly flag: P; readonly channel?: (g: Guild) => bigint }
  /** Any member; non-members get 404. */
  | { readonly kind: "member" }
  /** The community's owner alone, whatever permissions others hold. */
  | { readonly kind: "owner" }
  /** The message's author alone, whatever permissions others hold. */
  | { readonly kind: "author" }
  /** Any authorized user; `outcome` checks what the call did for `who` (`result` is what it answered). */
  | { readonly kind: "user"; readonly outcome: (who: Person, result: unknown) => Promise<void> }
  /**
   * The role hierarchy: a MODIFY_ROLES holder (rank 10) is refused with `refusal` when the change
   * touches a role at or above its rank or grants or revokes a bit it does not hold; the owner may.
   */
  | { readonly kind: "hierarchy"; readonly refusal: RegExp };

/** One row of the matrix. */
export interface Row {
  readonly what: string;
  readonly requestCase: RequestCase;
  readonly rule: Rule;
  /** Set-up by the owner before the action; returns an id the action needs. */
  readonly prepare?: (g: Guild) => Promise<bigint | undefined>;
  /** The action, by `who`; `attempt` (1, 2) keeps repeated attempts distinct. */
  readonly act: (g: Guild, who: Person, prepared: bigint | undefined, attempt: number) => Promise<unknown>;
  /** False for reads: success need not change anything. @default true */
  readonly mutates?: boolean;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function upload(who: Person, attempt: number): Promise<{ id: bigint; name: string; partCount: number }> {
  const id = BigInt(1000 + attempt);
  await who.client.media.uploadFilePart({ uploadId: id, part: 0, data: PNG });
  return { id, name: "a.png", partCount: 1 };
}

async function roleNamed(g: Guild, name: string, priority = 1, permissions = 0n): Promise<bigint> {
  const c = g.owner.client.communities;
  await c.createRole({ communityId: g.communityId, name, permissions, priority });
  return (await c.getRoles({ communityId: g.communityId })).roles.find((r) => r.name === name)?.id ?? 0n;
}

/** The role ids `member` holds now. */
async function rolesOf(g: Guild, member: Person): Promise<bigint[]> {
  const { members } = await g.owner.client.communities.getMembers({ communityId: g.communityId, memberIds: [member.id] });
  return members[0]?.roleIds ?? [];
}

/** Gives zed a role (by the owner) and returns its id. */
async function zedHolds(g: Guild, name: string, permissions: bigint): Promise<bigint> {
  const id = await roleNamed(g, name, 1, permissions);
  await g.owner.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, roleIds: { roleIds: [id] } });
  return id;
}

/** A channel in the category whose own @everyone override denies `neg` (so syncing it lifts the denial). */
async function innerDenying(g: Guild, neg: bigint): Promise<bigint> {
  const c = g.owner.client.communities;
  await c.createChannel({ communityId: g.communityId, name: "inner", type: ChannelType.TEXT, parentId: g.category });
  const inner = (await c.getChannels({ communityId: g.communityId })).channels.find((ch) => ch.name === "inner")?.id ?? 0n;
  await c.createChannelOverride({ communityId: g.communityId, channelId: inner, roleId: g.communityId, permissions: { pos: 0n, neg } });
  return inner;
}

const notHeld = (what: string, bits: string) => new RegExp(`^${what}: you cannot grant or revoke permissions you do not hold \\(${bits}\\)$`);
const notBelow = (what: string, priority: number) => new RegExp(`^${what}: a role of priority ${priority} is not below your highest role \\(priority 10\\)$`);

const general = (g: Guild) => g.general;
const random = (g: Guild) => g.random;
const voice = (g: Guild) => g.voice;

/** The table. */
export const rows: Row[] = [
  // communities.*: what needs MODIFY_COMMUNITY
  { what: "communities.editCommunity", requestCase: "communitiesEditCommunity", rule: { kind: "bit", flag: P.MODIFY_COMMUNITY }, act: (g, w, _p, n) => w.client.communities.editCommunity({ communityId: g.communityId, name: `Renamed ${n}` }) },
  { what: "communities.editPhoto", requestCase: "communitiesEditPhoto", rule: { kind: "bit", flag: P.MODIFY_COMMUNITY }, act: async (g, w, _p, n) => w.client.communities.editPhoto({ communityId: g.communityId, file: await upload(w, n) }) },
  { what: "communities.addMember", requestCase: "communitiesAddMember", rule: { kind: "bit", flag: P.MODIFY_COMMUNITY }, act: (g, w) => w.client.communities.addMember({ communityId: g.communityId, userId: g.outsider.id }) },
  { what: "communities.editSettings (changing)", requestCase: "communitiesEditSettings", rule: { kind: "bit", flag: P.MODIFY_COMMUNITY }, act: (g, w) => w.client.communities.editSettings({ communityId: g.communityId, settings: { systemMessages: { joinMessages: true } } }) },
  { what: "communities.editSettings (reading)", requestCase: "communitiesEditSettings", rule: { kind: "bit", flag: P.MODIFY_COMMUNITY }, mutates: false, act: (g, w) => w.client.communities.editSettings({ communityId: g.communityId }) },
  // ... MODIFY_CHANNEL
  { what: "communities.createChannel", requestCase: "communitiesCreateChannel", rule: { kind: "bit", flag: P.MODIFY_CHANNEL }, act: (g, w, _p, n) => w.client.communities.createChannel({ communityId: g.communityId, name: `new-${n}`, type: ChannelType.TEXT }) },
  { what: "communities.editChannel", requestCase: "communitiesEditChannel", rule: { kind: "bit", flag: P.MODIFY_CHANNEL, channel: random }, act: (g, w, _p, n) => w.client.communities.editChannel({ channel: { communityId: g.communityId, channelId: g.random }, name: `chat-${n}` }) },
  { what: "communities.deleteChannel", requestCase: "communitiesDeleteChannel", rule: { kind: "bit", flag: P.MODIFY_CHANNEL, channel: random }, act: (g, w) => w.client.communities.deleteChannel({ channel: { communityId: g.communityId, channelId: g.random } }) },
  // ... MODIFY_ROLES
  { what: "communities.createRole", requestCase: "communitiesCreateRole", rule: { kind: "bit", flag: P.MODIFY_ROLES }, act: (g, w, _p, n) => w.client.communities.createRole({ communityId: g.communityId, name: `made-${n}`, permissions: 0n, priority: 1 }) },
  { what: "communities.editRole", requestCase: "communitiesEditRole", rule: { kind: "bit", flag: P.MODIFY_ROLES }, prepare: (g) => roleNamed(g, "low"), act: (g, w, id, n) => w.client.communities.editRole({ communityId: g.communityId, id: id ?? 0n, name: `lower-${n}`, permissions: 0n, priority: 1 }) },
  { what: "communities.deleteRole", requestCase: "communitiesDeleteRole", rule: { kind: "bit", flag: P.MODIFY_ROLES }, prepare: (g) => roleNamed(g, "low"), act: (g, w, id) => w.client.communities.deleteRole({ communityId: g.communityId, id: id ?? 0n }) },
  { what: "communities.editMember (another member's roles)", requestCase: "communitiesEditMember", rule: { kind: "bit", flag: P.MODIFY_ROLES }, prepare: (g) => roleNamed(g, "low"), act: (g, w, id) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, roleIds: { roleIds: [id ?? 0n] } }) },
  { what: "communities.editMember (another member's nickname)", requestCase: "communitiesEditMember", rule: { kind: "bit", flag: P.MODIFY_ROLES }, act: (g, w, _p, n) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, nickname: `Z${n}` }) },
  { what: "communities.editDefaultPermissions", requestCase: "communitiesEditDefaultPermissions", rule: { kind: "bit", flag: P.MODIFY_ROLES }, act: (g, w) => w.client.communities.editDefaultPermissions({ communityId: g.communityId, permissions: DEFAULTS & ~bit(P.ADD_REACTIONS) }) },
  { what: "communities.createChannelOverride", requestCase: "communitiesCreateChannelOverride", rule: { kind: "bit", flag: P.MODIFY_ROLES }, act: (g, w) => w.client.communities.createChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: g.communityId, permissions: { pos: 0n, neg: bit(P.SEND_MESSAGES) } }) },
  {
    what: "communities.deleteChannelOverride",
    requestCase: "communitiesDeleteChannelOverride",
    rule: { kind: "bit", flag: P.MODIFY_ROLES },
    prepare: async (g) => void (await g.owner.client.communities.createChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: g.communityId, permissions: { pos: 0n, neg: bit(P.SEND_MESSAGES) } })),
    act: (g, w) => w.client.communities.deleteChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: g.communityId }),
  },
  {
    what: "communities.syncChannelOverrides",
    requestCase: "communitiesSyncChannelOverrides",
    rule: { kind: "bit", flag: P.MODIFY_ROLES },
    prepare: (g) => innerDenying(g, bit(P.SEND_MEDIA)),
    act: (g, w, inner) => w.client.communities.syncChannelOverrides({ communityId: g.communityId, channelId: inner ?? 0n }),
  },
  // ... and the role hierarchy, shared by every call that changes who holds what
  {
    what: "communities.editMember (itself, a lower role carrying ADMINISTRATOR)",
    requestCase: "communitiesEditMember",
    rule: { kind: "hierarchy", refusal: /^assigning role \d+: you cannot grant or revoke permissions you do not hold \(ADMINISTRATOR\)$/ },
    prepare: (g) => roleNamed(g, "Admin", 5, bit(P.ADMINISTRATOR)),
    act: async (g, w, admin) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.actor.id, roleIds: { roleIds: [...(await rolesOf(g, g.actor)), admin ?? 0n] } }),
  },
  {
    what: "communities.editMember (giving another member a lower role with a bit the actor lacks)",
    requestCase: "communitiesEditMember",
    rule: { kind: "hierarchy", refusal: /^assigning role \d+: you cannot grant or revoke permissions you do not hold \(REMOVE_MEMBERS\)$/ },
    prepare: (g) => roleNamed(g, "bans", 1, bit(P.REMOVE_MEMBERS)),
    act: (g, w, id) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, roleIds: { roleIds: [id ?? 0n] } }),
  },
  {
    what: "communities.editMember (taking from another member a lower role with a bit the actor lacks)",
    requestCase: "communitiesEditMember",
    rule: { kind: "hierarchy", refusal: /^assigning role \d+: you cannot grant or revoke permissions you do not hold \(REMOVE_MEMBERS\)$/ },
    prepare: (g) => zedHolds(g, "bans", bit(P.REMOVE_MEMBERS)),
    act: (g, w) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, roleIds: { roleIds: [] } }),
  },
  {
    what: "communities.editMember (giving another member a role at the actor's rank)",
    requestCase: "communitiesEditMember",
    rule: { kind: "hierarchy", refusal: /^assigning role \d+: a role of priority 10 is not below your highest role \(priority 10\)$/ },
    prepare: (g) => roleNamed(g, "peer", 10),
    act: (g, w, id) => w.client.communities.editMember({ communityId: g.communityId, memberId: g.zed.id, roleIds: { roleIds: [id ?? 0n] } }),
  },
  {
    what: "communities.createRole (carrying ADMINISTRATOR)",
    requestCase: "communitiesCreateRole",
    rule: { kind: "hierarchy", refusal: notHeld("creating a role", "ADMINISTRATOR") },
    act: (g, w, _p, n) => w.client.communities.createRole({ communityId: g.communityId, name: `boss-${n}`, permissions: bit(P.ADMINISTRATOR), priority: 1 }),
  },
  {
    what: "communities.createRole (at the actor's rank)",
    requestCase: "communitiesCreateRole",
    rule: { kind: "hierarchy", refusal: notBelow("creating a role", 10) },
    act: (g, w, _p, n) => w.client.communities.createRole({ communityId: g.communityId, name: `peer-${n}`, permissions: 0n, priority: 10 }),
  },
  {
    what: "communities.editRole (adding ADMINISTRATOR to a lower role)",
    requestCase: "communitiesEditRole",
    rule: { kind: "hierarchy", refusal: notHeld("editing a role", "ADMINISTRATOR") },
    prepare: (g) => roleNamed(g, "low"),
    act: (g, w, id) => w.client.communities.editRole({ communityId: g.communityId, id: id ?? 0n, name: "low", permissions: bit(P.ADMINISTRATOR), priority: 1 }),
  },
  {
    what: "communities.editRole (raising a lower role to the actor's rank)",
    requestCase: "communitiesEditRole",
    rule: { kind: "hierarchy", refusal: notBelow("editing a role", 10) },
    prepare: (g) => roleNamed(g, "low"),
    act: (g, w, id) => w.client.communities.editRole({ communityId: g.communityId, id: id ?? 0n, name: "low", permissions: 0n, priority: 10 }),
  },
  {
    what: "communities.deleteRole (a lower role with a bit the actor lacks, held by a member)",
    requestCase: "communitiesDeleteRole",
    rule: { kind: "hierarchy", refusal: notHeld("deleting a role", "REMOVE_MEMBERS") },
    prepare: (g) => zedHolds(g, "bans", bit(P.REMOVE_MEMBERS)),
    act: (g, w, id) => w.client.communities.deleteRole({ communityId: g.communityId, id: id ?? 0n }),
  },
  {
    what: "communities.editDefaultPermissions (adding a bit the actor lacks)",
    requestCase: "communitiesEditDefaultPermissions",
    rule: { kind: "hierarchy", refusal: notHeld("editing the default permissions", "MODIFY_COMMUNITY") },
    act: (g, w) => w.client.communities.editDefaultPermissions({ communityId: g.communityId, permissions: DEFAULTS | bit(P.MODIFY_COMMUNITY) }),
  },
  {
    what: "communities.createChannelOverride (granting a bit the actor lacks)",
    requestCase: "communitiesCreateChannelOverride",
    rule: { kind: "hierarchy", refusal: notHeld("setting a channel override", "MODIFY_COMMUNITY") },
    act: (g, w) => w.client.communities.createChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: g.communityId, permissions: { pos: bit(P.MODIFY_COMMUNITY), neg: 0n } }),
  },
  {
    what: "communities.deleteChannelOverride (of a role at the actor's rank)",
    requestCase: "communitiesDeleteChannelOverride",
    rule: { kind: "hierarchy", refusal: notBelow("deleting a channel override", 10) },
    prepare: async (g) => {
      const id = await roleNamed(g, "peer", 10);
      await g.owner.client.communities.createChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: id, permissions: { pos: 0n, neg: bit(P.SEND_MESSAGES) } });
      return id;
    },
    act: (g, w, id) => w.client.communities.deleteChannelOverride({ communityId: g.communityId, channelId: g.random, roleId: id ?? 0n }),
  },
  {
    what: "communities.syncChannelOverrides (lifting a denial of a bit the actor lacks)",
    requestCase: "communitiesSyncChannelOverrides",
    rule: { kind: "hierarchy", refusal: notHeld("syncing channel overrides", "MODIFY_COMMUNITY") },
    prepare: (g) => innerDenying(g, bit(P.MODIFY_COMMUNITY)),
    act: (g, w, inner) => w.client.communities.syncChannelOverrides({ communityId: g.communityId, channelId: inner ?? 0n }),
  },
  // ... REMOVE_MEMBERS
  { what: "communities.removeMembers", requestCase: "communitiesRemoveMembers", rule: { kind: "bit", flag: P.REMOVE_MEMBERS }, act: (g, w) => w.client.communities.removeMembers({ communityId: g.communityId, memberIds: [g.zed.id] }) },
  { what: "communities.getRemovedMembers", requestCase: "communitiesGetRemovedMembers", rule: { kind: "bit", flag: P.REMOVE_MEMBERS }, mutates: false, act: (g, w) => w.client.communities.getRemovedMembers({ communityId: g.communityId }) },
  { what: "communities.unbanMembers", requestCase: "communitiesUnbanMembers", rule: { kind: "bit", flag: P.REMOVE_MEMBERS }, prepare: async (g) => void (await g.owner.client.communities.removeMembers({ communityId: g.communityId, memberIds: [g.outsider.id] })), act: (g, w) => w.client.communities.unbanMembers({ communityId: g.communityId, memberIds: [g.outsider.id] }) },
  // communities.*: any member (reads, and what concerns only oneself)
  { what: "communities.getChannels", requestCase: "communitiesGetChannels", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getChannels({ communityId: g.communityId }) },
  { what: "communities.getRoles", requestCase: "communitiesGetRoles", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getRoles({ communityId: g.communityId }) },
  { what: "communities.getMembers", requestCase: "communitiesGetMembers", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getMembers({ communityId: g.communityId, memberIds: [g.owner.id] }) },
  { what: "communities.getChannelMembers", requestCase: "communitiesGetChannelMembers", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getChannelMembers({ communityId: g.communityId, channelId: g.general }) },
  { what: "communities.getChannelOverrides", requestCase: "communitiesGetChannelOverrides", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getChannelOverrides({ communityId: g.communityId, channelId: g.general }) },
  { what: "communities.getRoomStates", requestCase: "communitiesGetRoomStates", rule: { kind: "member" }, mutates: false, act: (g, w) => w.client.communities.getRoomStates({ communityId: g.communityId }) },
  { what: "communities.editMember (own nickname)", requestCase: "communitiesEditMember", rule: { kind: "member" }, act: (g, w, _p, n) => w.client.communities.editMember({ communityId: g.communityId, memberId: w.id, nickname: `me-${n}` }) },
  { what: "communities.leaveCommunity", requestCase: "communitiesLeaveCommunity", rule: { kind: "member" }, act: (g, w) => w.client.communities.leaveCommunity({ communityId: g.communityId }) },
  // communities.*: the owner alone; any user
  { what: "communities.deleteCommunity", requestCase: "communitiesDeleteCommunity", rule: { kind: "owner" }, act: (g, w) => w.client.communities.deleteCommunity({ communityId: g.communityId }) },
  {
    what: "communities.createCommunity",
    requestCase: "communitiesCreateCommunity",
    rule: {
      kind: "user",
      // The outsider, in no community before, now owns exactly the one it created.
      outcome: async (w) => {
        const { communities } = await w.client.communities.getCommunities({});
        expect(communities.map((c) => ({ name: c.name, owner: c.owner }))).toEqual([{ name: "Elsewhere", owner: true }]);
      },
    },
    act: (_g, w) => w.client.communities.createCommunity({ name: "Elsewhere" }),
  },
  {
    what: "communities.getCommunities",
    requestCase: "communitiesGetCommunities",
    // The outsider's list holds no community: the guild does not leak to a non-member.
    rule: { kind: "user", outcome: async (_w, result) => expect(result).toMatchObject({ communities: [], communityUserInfo: [], unavailable: [] }) },
    act: (_g, w) => w.client.communities.getCommunities({}),
  },
  // Acting in a channel.
  { what: "messages.sendMessage", requestCase: "messagesSendMessage", rule: { kind: "bit", flag: P.SEND_MESSAGES, channel: general }, act: (g, w, _p, n) => w.client.messages.sendMessage({ chatRef: g.ref(g.general), message: `try ${n}` }) },
  {
    what: "messages.sendMessage (with an attachment)",
    requestCase: "messagesSendMessage",
    rule: { kind: "bit", flag: P.SEND_MEDIA, channel: general },
    act: async (g, w, _p, n) => w.client.messages.sendMessage({ chatRef: g.ref(g.general), message: `pic ${n}`, media: [{ ref: { case: "uploaded", value: { file: await upload(w, n), mimetype: "image/png" } } }] }),
  },
  { what: "messages.forwardMessage", requestCase: "messagesForwardMessage", rule: { kind: "bit", flag: P.SEND_MESSAGES, channel: random }, act: (g, w) => w.client.messages.forwardMessage({ chatRef: g.ref(g.random), from: g.ref(g.general), messageIds: [g.ownerMessage] }) },
  { what: "messages.deleteMessage (another member's)", requestCase: "messagesDeleteMessage", rule: { kind: "bit", flag: P.DELETE_MESSAGES, channel: general }, act: (g, w) => w.client.messages.deleteMessage({ chatRef: g.ref(g.general), messageIds: [g.zedMessage] }) },
  { what: "messages.setMessagePin", requestCase: "messagesSetMessagePin", rule: { kind: "bit", flag: P.PIN_MESSAGES, channel: general }, act: (g, w) => w.client.messages.setMessagePin({ chatRef: g.ref(g.general), messageId: g.ownerMessage, pin: true }) },
  { what: "reactions.addReaction", requestCase: "reactionsAddReaction", rule: { kind: "bit", flag: P.ADD_REACTIONS, channel: general }, act: (g, w) => w.client.reactions.addReaction({ chatRef: g.ref(g.general), messageId: g.ownerMessage, emoji: { emoji: { case: "unicodeEmoji", value: "👍" } } }) },
  // Typing changes no state; the observer's silence on refusal is the check, `mutates: false` skips the success diff.
  { what: "chats.setTyping", requestCase: "chatsSetTyping", rule: { kind: "bit", flag: P.SEND_MESSAGES, channel: general }, mutates: false, act: (g, w) => w.client.chats.setTyping({ chatRef: g.ref(g.general), typing: true }) },
  { what: "voice.requestRoom", requestCase: "voiceRequestRoom", rule: { kind: "bit", flag: P.CONNECT_VOICE, channel: voice }, act: (g, w) => w.client.voice.requestRoom({ chatRef: g.ref(g.voice) }) },
  { what: "messages.editMessage (another member's)", requestCase: "messagesEditMessage", rule: { kind: "author" }, act: (g, w, _p, n) => w.client.messages.editMessage({ chatRef: g.ref(g.general), messageId: g.zedMessage, message: `edited ${n}` }) },
];
