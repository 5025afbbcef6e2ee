// Security: the reference server's rules under a hostile member, over a real WebSocket: no role
// escalation through assignment, no way back in through one's own invite, no way around a block.
// Each case is what an attacker tried; the server must refuse it and change nothing.
import { afterEach, describe, expect, it } from "vitest";
import { ChangeRelationship_RelationshipChangeType as Change } from "../../gen/osmium/client/friends_pb.js";
import { ChannelType, CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { ChatRefs, OsmiumClient, RpcError } from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

const bit = (...flags: P[]): bigint => flags.reduce((all, f) => all | BigInt(f), 0n);

let server: TestServer | undefined;
const clients: OsmiumClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server?.close();
  server = undefined;
});

/** A fresh server listening on loopback. */
async function start(): Promise<{ server: TestServer; url: string }> {
  server = createTestServer();
  return { server, url: await server.listen({ port: 0 }) };
}

/** A user with a client connected over the socket. */
async function someone(s: TestServer, url: string, name: string): Promise<{ id: bigint; client: OsmiumClient }> {
  const created = await s.createUser({ name });
  const client = new OsmiumClient({ url, token: created.token, reconnect: false, keepalive: false });
  clients.push(client);
  await client.connect();
  return { id: created.user.id, client };
}

async function refusal(call: Promise<unknown>): Promise<{ code: number; message: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(RpcError);
  return { code: (error as RpcError).errorCode, message: (error as RpcError).errorMessage };
}

async function roleId(client: OsmiumClient, communityId: bigint, name: string): Promise<bigint> {
  const id = (await client.communities.getRoles({ communityId })).roles.find((r) => r.name === name)?.id;
  if (id === undefined) throw new Error(`no role ${name}`);
  return id;
}

describe("role escalation", () => {
  it("a MODIFY_ROLES holder cannot give itself a lower role carrying ADMINISTRATOR, edit the owner's role, or read a hidden channel", async () => {
    const { server: s, url } = await start();
    const owner = await someone(s, url, "Owner");
    const mia = await someone(s, url, "Mia");
    const { community } = s.createCommunity({ owner: owner.id, name: "Lab", members: [mia.id] });
    const c = owner.client.communities;
    const communityId = community.id;
    await c.createRole({ communityId, name: "Top", permissions: bit(P.MODIFY_ROLES), priority: 20 });
    await c.createRole({ communityId, name: "Mods", permissions: bit(P.MODIFY_ROLES), priority: 10 });
    await c.createRole({ communityId, name: "Admin", permissions: bit(P.ADMINISTRATOR), priority: 5 });
    const [top, mods, admin] = await Promise.all(["Top", "Mods", "Admin"].map((n) => roleId(owner.client, communityId, n)));
    await c.editMember({ communityId, memberId: mia.id, roleIds: { roleIds: [mods!] } });
    await c.createChannel({ communityId, name: "secret", type: ChannelType.TEXT });
    const secret = (await c.getChannels({ communityId })).channels.find((ch) => ch.name === "secret")!.id;
    await c.createChannelOverride({ communityId, channelId: secret, roleId: communityId, permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) } });
    await owner.client.messages.sendMessage({ chatRef: ChatRefs.channel(communityId, secret), message: "the plan" });
    const before = await c.getRoles({ communityId });

    const m = mia.client.communities;
    expect(await refusal(m.editMember({ communityId, memberId: mia.id, roleIds: { roleIds: [mods!, admin!] } }))).toEqual({
      code: 403,
      message: `assigning role ${admin}: you cannot grant or revoke permissions you do not hold (ADMINISTRATOR)`,
    });
    expect(await refusal(m.editRole({ communityId, id: top!, name: "Top", permissions: 0n, priority: 1 }))).toEqual({
      code: 403,
      message: "editing a role: a role of priority 20 is not below your highest role (priority 10)",
    });
    expect(await refusal(mia.client.messages.getHistory({ chatRef: ChatRefs.channel(communityId, secret) }))).toEqual({
      code: 404,
      message: `chat_ref: no channel ${secret} in community ${communityId}`,
    });
    expect(await c.getRoles({ communityId })).toEqual(before);
    expect((await c.getMembers({ communityId, memberIds: [mia.id] })).members[0]?.roleIds).toEqual([mods]);
  });
});

describe("an invite dies with its creator's right to invite", () => {
  it("group: a removed participant's invite no longer works, for them or anyone", async () => {
    const { server: s, url } = await start();
    const owner = await someone(s, url, "Owner");
    const bea = await someone(s, url, "Bea");
    const cy = await someone(s, url, "Cy");
    const group = await owner.client.chats.createChat({ name: "Plans", users: [{ userId: bea.id }] });
    const { code } = await bea.client.chats.createChatInvite({ chatRef: ChatRefs.group(group.id) });
    const kept = (await owner.client.chats.createChatInvite({ chatRef: ChatRefs.group(group.id) })).code;
    await owner.client.chats.removeChatMember({ chatRef: ChatRefs.group(group.id), userId: bea.id });

    for (const who of [bea, cy]) {
      expect(await refusal(who.client.auth.useInvite({ code }))).toEqual({ code: 404, message: `invite ${code} not found` });
    }
    expect(await refusal(cy.client.auth.lookupInvite({ code }))).toEqual({ code: 404, message: `invite ${code} not found` });
    expect((await owner.client.chats.listChatInvites({ chatRef: ChatRefs.group(group.id) })).invites.map((i) => i.code)).toEqual([kept]);
    await cy.client.auth.useInvite({ code: kept }); // the owner still may invite: their invite works
    expect((await owner.client.chats.getChat({ chatRef: ChatRefs.group(group.id) })).group?.participantIds).toEqual([owner.id, cy.id]);
  });

  it("community: a banned member's invite stays dead after the unban; a member who can no longer see the invite's channel loses it too", async () => {
    const { server: s, url } = await start();
    const owner = await someone(s, url, "Owner");
    const bea = await someone(s, url, "Bea");
    const dan = await someone(s, url, "Dan");
    const cy = await someone(s, url, "Cy");
    const { community, channels } = s.createCommunity({ owner: owner.id, name: "Lab", channels: ["random"], members: [bea.id, dan.id] });
    const [general, random] = channels.map((ch) => ChatRefs.channel(community.id, ch.id));
    const beas = (await bea.client.chats.createChatInvite({ chatRef: general! })).code;
    const dans = (await dan.client.chats.createChatInvite({ chatRef: random! })).code;
    const c = owner.client.communities;
    await c.removeMembers({ communityId: community.id, memberIds: [bea.id] });
    await c.unbanMembers({ communityId: community.id, memberIds: [bea.id] });
    // Dan is demoted: #random is hidden from everyone but the owner.
    await c.createChannelOverride({ communityId: community.id, channelId: channels[1]!.id, roleId: community.id, permissions: { pos: 0n, neg: bit(P.VIEW_CHANNEL) } });

    for (const [code, who] of [[beas, bea], [beas, cy], [dans, cy]] as const) {
      expect(await refusal(who.client.auth.useInvite({ code }))).toEqual({ code: 404, message: `invite ${code} not found` });
    }
    const members = async () => (await c.getMembers({ communityId: community.id, memberIds: [owner.id, bea.id, dan.id, cy.id] })).members.map((m) => m.id);
    expect(await members()).toEqual([owner.id, dan.id]);
    // Dan's right to invite through #general is intact: a new invite of his works.
    const fresh = (await dan.client.chats.createChatInvite({ chatRef: general! })).code;
    await cy.client.auth.useInvite({ code: fresh });
    expect(await members()).toEqual([owner.id, dan.id, cy.id]);
  });
});

describe("blocks are not side-stepped", () => {
  const block = (who: { client: OsmiumClient }, userId: bigint) => who.client.friends.changeRelationship({ user: { userId }, change: Change.BLOCK });

  it("a user cannot join a group where a block stands between them and a participant: not by a third participant's invite, an add, or a new group", async () => {
    const { server: s, url } = await start();
    const ann = await someone(s, url, "Ann");
    const bo = await someone(s, url, "Bo");
    const cy = await someone(s, url, "Cy");
    const dee = await someone(s, url, "Dee");
    const group = await cy.client.chats.createChat({ name: "Plans", users: [{ userId: ann.id }] });
    const { code } = await cy.client.chats.createChatInvite({ chatRef: ChatRefs.group(group.id) });
    await block(ann, bo.id);
    await block(dee, ann.id); // the other direction: Dee blocked a participant

    for (const who of [bo, dee]) {
      expect(await refusal(who.client.auth.useInvite({ code }))).toEqual({ code: 403, message: `user ${who.id} cannot join group ${group.id}: a block stands between them and a participant` });
      expect(await refusal(cy.client.chats.addChatMember({ chatRef: ChatRefs.group(group.id), userId: who.id }))).toEqual({
        code: 403,
        message: `user ${who.id} cannot join group ${group.id}: a block stands between them and a participant`,
      });
    }
    expect(await refusal(cy.client.chats.createChat({ name: "Again", users: [{ userId: ann.id }, { userId: bo.id }] }))).toEqual({
      code: 403,
      message: "users: a block stands between two of the users",
    });
    expect((await cy.client.chats.getChat({ chatRef: ChatRefs.group(group.id) })).group?.participantIds).toEqual([cy.id, ann.id]);
  });

  it("a user blocked by a community's owner cannot join it through a member's invite", async () => {
    const { server: s, url } = await start();
    const ann = await someone(s, url, "Ann");
    const bo = await someone(s, url, "Bo");
    const cy = await someone(s, url, "Cy");
    const { community, channels } = s.createCommunity({ owner: ann.id, name: "Lab", members: [cy.id] });
    const { code } = await cy.client.chats.createChatInvite({ chatRef: ChatRefs.channel(community.id, channels[0]!.id) });
    await block(ann, bo.id);
    expect(await refusal(bo.client.auth.useInvite({ code }))).toEqual({ code: 403, message: `user ${bo.id} cannot join community ${community.id}: its owner has blocked them` });
    expect((await ann.client.communities.getMembers({ communityId: community.id, memberIds: [bo.id] })).members).toEqual([]);
  });

  it("in a DM, a blocked user's edit of an old message is refused and never reaches the blocker", async () => {
    const { server: s, url } = await start();
    const ann = await someone(s, url, "Ann");
    const bo = await someone(s, url, "Bo");
    const { messageId } = await bo.client.messages.sendMessage({ chatRef: ChatRefs.user(ann.id), message: "hello" });
    await block(ann, bo.id);
    const seen: Update[] = [];
    ann.client.on("update", (u) => seen.push(u));
    expect(await refusal(bo.client.messages.editMessage({ chatRef: ChatRefs.user(ann.id), messageId, message: "gotcha" }))).toEqual({
      code: 403,
      message: "editing messages is not possible: one of you has blocked the other",
    });
    await ann.client.billing.getProducts({}); // barrier: anything pushed to Ann before this has arrived
    expect(seen.map((u) => u.update.case)).toEqual([]);
    const { messages } = await ann.client.messages.getHistory({ chatRef: ChatRefs.user(bo.id) });
    expect(messages.map((m) => m.message)).toEqual(["hello"]);
  });
});
