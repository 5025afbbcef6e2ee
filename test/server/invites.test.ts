import { describe, expect, it } from "vitest";
import { InviteType } from "../../gen/osmium/client/auth_pb.js";
import { RelationshipStatus } from "../../gen/osmium/client/types_pb.js";
import type { TestServer } from "../../src/testing/index.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

const T0 = 1_750_000_000_000;

const self = () => ({ ref: { case: "self" as const, value: {} } });
const dmWith = (userId: bigint) => ({ ref: { case: "user" as const, value: { userId } } });
const groupRef = (groupId: bigint) => ({ ref: { case: "group" as const, value: { groupId } } });
const channelRef = (communityId: bigint, channelId: bigint) => ({ ref: { case: "channel" as const, value: { communityId, channelId } } });

/** Ada owns "Guild" with Bob as a member; Carol and Dave are outsiders. */
async function guild(server: TestServer) {
  const ada = await user(server, "Ada");
  const bob = await user(server, "Bob");
  const carol = await user(server, "Carol");
  const dave = await user(server, "Dave");
  const { community, channels } = server.createCommunity({ owner: ada.id, name: "Guild", members: [bob.id] });
  const general = channelRef(community.id, channels[0]?.id ?? 0n);
  return { ada, bob, carol, dave, community, general };
}

describe("community invites", () => {
  it("a member creates an invite; anyone (even signed out) previews it", async () => {
    const server = startServer();
    const { ada, bob, community, general } = await guild(server);
    const { code } = await bob.peer.call("chatsCreateChatInvite", { chatRef: general });
    expect(code).toMatch(/^[A-Za-z0-9]{10}$/);

    const visitor = await connect(server);
    const preview = await visitor.call("authLookupInvite", { code });
    expect(preview.code).toBe(code);
    expect(preview.creatorId).toBe(bob.id);
    expect(preview.targetId).toBe(community.id);
    expect(preview.targetType).toBe(InviteType.COMMUNITY);
    expect(preview.expiresAt).toBeUndefined();
    expect(preview.creator?.name).toBe("Bob");
    expect(preview.targetInfo.case).toBe("community");
    expect(preview.targetInfo.value).toMatchObject({ id: community.id, name: "Guild", owner: false, permissions: 0n });
    // The owner sees the preview from their side.
    const own = await ada.peer.call("authLookupInvite", { code });
    expect(own.targetInfo.value).toMatchObject({ owner: true });
    await expectRpcError(visitor.call("authLookupInvite", { code: "nope" }), 404, /^invite nope not found$/);
  });

  it("using it joins: members get communityMemberCreated, the joiner gets community, others nothing", async () => {
    const server = startServer();
    const { ada, bob, carol, dave, community, general } = await guild(server);
    const carolQuiet = await connect(server, { token: carol.token, noSubscribe: true });
    const { code } = await ada.peer.call("chatsCreateChatInvite", { chatRef: general });

    await carol.peer.call("authUseInvite", { code });
    await Promise.all([ada.peer.sync(), bob.peer.sync(), dave.peer.sync(), carolQuiet.sync()]);

    for (const member of [ada, bob]) {
      const [created] = member.peer.received("communityMemberCreated");
      expect(created?.communityId).toBe(community.id);
      expect(created?.memberId).toBe(carol.id);
      expect(created?.member).toMatchObject({ id: carol.id, communityId: community.id, roleIds: [] });
      expect(created?.user?.name).toBe("Carol");
    }
    expect(carol.peer.received("community").map((u) => [u.communityId, u.community?.name, u.community?.owner])).toEqual([
      [community.id, "Guild", false],
    ]);
    expect(dave.peer.updates).toEqual([]);
    expect(carolQuiet.updates).toEqual([]);
    // Carol is in: she can now make invites of her own; using one again is a conflict.
    await expect(carol.peer.call("chatsCreateChatInvite", { chatRef: general })).resolves.toMatchObject({ code: expect.any(String) });
    await expectRpcError(carol.peer.call("authUseInvite", { code }), 409, /already a member of community/);
  });

  it("needs membership to create, and a ban stops a join with 403", async () => {
    const server = startServer();
    const { ada, carol, dave, community, general } = await guild(server);
    await expectRpcError(carol.peer.call("chatsCreateChatInvite", { chatRef: general }), 404, /no community/);
    await ada.peer.call("communitiesAddMember", { communityId: community.id, userId: dave.id });
    await ada.peer.call("communitiesRemoveMembers", { communityId: community.id, memberIds: [dave.id] });
    const { code } = await ada.peer.call("chatsCreateChatInvite", { chatRef: general });
    await expectRpcError(dave.peer.call("authUseInvite", { code }), 403, /banned from community/);
    await expectRpcError(
      dave.peer.call("chatsCreateChatInvite", { chatRef: general }),
      404,
      /no community/,
    );
  });

  it("enforces max_uses and expires_at with 404, and validates both", async () => {
    const clock = { now: T0 };
    const server = startServer({ now: () => clock.now });
    const { ada, carol, dave, general } = await guild(server);
    await expectRpcError(
      ada.peer.call("chatsCreateChatInvite", { chatRef: general, expiresAt: BigInt(T0) }),
      400,
      /^expires_at must be in the future \(Unix time in milliseconds\)$/,
    );
    await expectRpcError(ada.peer.call("chatsCreateChatInvite", { chatRef: general, maxUses: 0 }), 400, /^max_uses must be at least 1/);

    const once = await ada.peer.call("chatsCreateChatInvite", { chatRef: general, maxUses: 1 });
    await carol.peer.call("authUseInvite", { code: once.code });
    await expectRpcError(dave.peer.call("authUseInvite", { code: once.code }), 404, new RegExp(`^invite ${once.code} has reached its maximum uses$`));

    const brief = await ada.peer.call("chatsCreateChatInvite", { chatRef: general, expiresAt: BigInt(T0 + 60_000) });
    expect((await dave.peer.call("authLookupInvite", { code: brief.code })).expiresAt).toBe(BigInt(T0 + 60_000));
    clock.now += 60_000;
    await expectRpcError(dave.peer.call("authLookupInvite", { code: brief.code }), 404, new RegExp(`^invite ${brief.code} has expired$`));
    await expectRpcError(dave.peer.call("authUseInvite", { code: brief.code }), 404, /has expired/);
  });
});

describe("group invites", () => {
  it("any participant creates one; using it adds the user and pushes group to every participant", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const dave = await user(server, "Dave");
    const group = await ada.peer.call("chatsCreateChat", { name: "Trio", users: [{ userId: bob.id }] });
    await expectRpcError(dave.peer.call("chatsCreateChatInvite", { chatRef: groupRef(group.id) }), 404, /no group/);
    const { code } = await bob.peer.call("chatsCreateChatInvite", { chatRef: groupRef(group.id) });
    const preview = await carol.peer.call("authLookupInvite", { code });
    expect(preview.targetType).toBe(InviteType.GROUP);
    expect(preview.targetInfo.case).toBe("chat");
    expect(preview.targetInfo.value).toMatchObject({ id: group.id, name: "Trio", owner: false });
    await Promise.all([ada.peer.sync(), bob.peer.sync()]);
    for (const p of [ada, bob, carol, dave]) p.peer.clear();

    await carol.peer.call("authUseInvite", { code });
    await Promise.all([ada.peer.sync(), bob.peer.sync(), dave.peer.sync()]);
    for (const [p, owner] of [[ada, true], [bob, false], [carol, false]] as const) {
      const [update] = p.peer.received("group");
      expect(update?.group).toMatchObject({ id: group.id, name: "Trio", owner });
      expect(new Set(update?.group?.participantIds)).toEqual(new Set([ada.id, bob.id, carol.id]));
      expect(update?.users.map((u) => u.name).sort()).toEqual(["Ada", "Bob", "Carol"]);
    }
    expect(dave.peer.updates).toEqual([]);
    await expectRpcError(carol.peer.call("authUseInvite", { code }), 409, /already a participant of group/);
  });
});

describe("user invites (connect with me)", () => {
  it("the self chat makes a USER invite; using it makes both friends, pushed to both", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const { code } = await ada.peer.call("chatsCreateChatInvite", { chatRef: self() });
    const preview = await bob.peer.call("authLookupInvite", { code });
    expect([preview.targetType, preview.targetId, preview.targetInfo.case]).toEqual([InviteType.USER, ada.id, "user"]);
    expect(preview.targetInfo.value).toMatchObject({ id: ada.id, name: "Ada" });

    await bob.peer.call("authUseInvite", { code });
    await Promise.all([ada.peer.sync(), carol.peer.sync()]);
    expect(ada.peer.received("updateUserRelationship").map((u) => u.relationship)).toEqual([
      expect.objectContaining({ userId: bob.id, status: RelationshipStatus.FRIEND }),
    ]);
    expect(bob.peer.received("updateUserRelationship").map((u) => u.relationship)).toEqual([
      expect.objectContaining({ userId: ada.id, status: RelationshipStatus.FRIEND }),
    ]);
    expect(carol.peer.updates).toEqual([]);
    await expectRpcError(bob.peer.call("authUseInvite", { code }), 409, /already friends/);
    await expectRpcError(ada.peer.call("authUseInvite", { code }), 400, /^this is your own invite$/);
  });

  it("a block on either side refuses it with 403; a DM ref has no invites", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const carol = await user(server, "Carol");
    const { code } = await ada.peer.call("chatsCreateChatInvite", { chatRef: self() });
    await ada.peer.call("friendsChangeRelationship", { user: { userId: carol.id }, change: 4 /* BLOCK */ });
    await expectRpcError(carol.peer.call("authUseInvite", { code }), 403, /^you cannot connect with this user$/);
    await expectRpcError(ada.peer.call("chatsCreateChatInvite", { chatRef: dmWith(carol.id) }), 400, /a direct message has no invites/);
  });
});

describe("chats.listChatInvites / chats.deleteChatInvite", () => {
  it("managers (community owner) list all working invites; members list their own", async () => {
    const clock = { now: T0 };
    const server = startServer({ now: () => clock.now });
    const { ada, bob, carol, general } = await guild(server);
    const a1 = await ada.peer.call("chatsCreateChatInvite", { chatRef: general, maxUses: 5 });
    const b1 = await bob.peer.call("chatsCreateChatInvite", { chatRef: general });
    await ada.peer.call("chatsCreateChatInvite", { chatRef: general, expiresAt: BigInt(T0 + 1000) });
    clock.now += 1000; // that one has expired: not listed

    const all = await ada.peer.call("chatsListChatInvites", { chatRef: general });
    expect(all.invites.map((i) => [i.code, i.creatorId, i.creator?.name])).toEqual([
      [a1.code, ada.id, "Ada"],
      [b1.code, bob.id, "Bob"],
    ]);
    expect((await bob.peer.call("chatsListChatInvites", { chatRef: general })).invites.map((i) => i.code)).toEqual([b1.code]);
    await expectRpcError(carol.peer.call("chatsListChatInvites", { chatRef: general }), 404, /no community/);
    const mine = await ada.peer.call("chatsCreateChatInvite", { chatRef: self() });
    expect((await ada.peer.call("chatsListChatInvites", { chatRef: self() })).invites.map((i) => i.code)).toEqual([mine.code]);
  });

  it("creators and managers delete; other members get 403, outsiders 404", async () => {
    const server = startServer();
    const { ada, bob, carol, general } = await guild(server);
    const a1 = await ada.peer.call("chatsCreateChatInvite", { chatRef: general });
    const b1 = await bob.peer.call("chatsCreateChatInvite", { chatRef: general });
    const b2 = await bob.peer.call("chatsCreateChatInvite", { chatRef: general });
    await expectRpcError(
      bob.peer.call("chatsDeleteChatInvite", { code: a1.code }),
      403,
      /^deleting another member's invite needs the MODIFY_COMMUNITY permission$/,
    );
    await expectRpcError(carol.peer.call("chatsDeleteChatInvite", { code: a1.code }), 404, new RegExp(`^invite ${a1.code} not found$`));
    await bob.peer.call("chatsDeleteChatInvite", { code: b1.code });
    await ada.peer.call("chatsDeleteChatInvite", { code: b2.code });
    await expectRpcError(carol.peer.call("authLookupInvite", { code: b1.code }), 404, /not found/);
    await expectRpcError(ada.peer.call("chatsDeleteChatInvite", { code: b2.code }), 404, /not found/);
    expect((await ada.peer.call("chatsListChatInvites", { chatRef: general })).invites.map((i) => i.code)).toEqual([a1.code]);
  });

  it("in a group, only the owner deletes another participant's invite", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const group = await ada.peer.call("chatsCreateChat", { name: "Pair", users: [{ userId: bob.id }] });
    const a1 = await ada.peer.call("chatsCreateChatInvite", { chatRef: groupRef(group.id) });
    const b1 = await bob.peer.call("chatsCreateChatInvite", { chatRef: groupRef(group.id) });
    expect((await bob.peer.call("chatsListChatInvites", { chatRef: groupRef(group.id) })).invites.map((i) => i.code)).toEqual([b1.code]);
    expect((await ada.peer.call("chatsListChatInvites", { chatRef: groupRef(group.id) })).invites.map((i) => i.code)).toEqual([
      a1.code,
      b1.code,
    ]);
    await expectRpcError(bob.peer.call("chatsDeleteChatInvite", { code: a1.code }), 403, /^only the group owner can delete another participant's invite$/);
    await ada.peer.call("chatsDeleteChatInvite", { code: b1.code });
  });
});
