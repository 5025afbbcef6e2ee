import { describe, expect, it } from "vitest";
import { ChangeRelationship_RelationshipChangeType as Change } from "../../gen/osmium/client/friends_pb.js";
import { RelationshipStatus as S } from "../../gen/osmium/client/types_pb.js";
import type { TestServer } from "../../src/testing/index.js";
import { connect, expectRpcError, startServer, user, type Peer } from "./support/harness.js";

type U = Awaited<ReturnType<typeof user>>;

const change = (from: U, to: U, kind: Change) => from.peer.call("friendsChangeRelationship", { user: { userId: to.id }, change: kind });

/** The relationship updates a peer received, as [user id, status | "deleted"]. */
const relationshipUpdates = (peer: Peer) =>
  peer.updates.flatMap((u): [bigint | undefined, S | "deleted" | undefined][] =>
    u.update.case === "updateUserRelationship"
      ? [[u.update.value.relationship?.userId, u.update.value.relationship?.status]]
      : u.update.case === "updateUserRelationshipDeleted"
        ? [[u.update.value.otherUserId, "deleted"]]
        : [],
  );

const relationships = async (u: U) =>
  (await u.peer.call("friendsGetRelationships", {})).relationships.map((r) => [r.userId, r.status]);

async function trio(server: TestServer) {
  return { ada: await user(server, "Ada"), bob: await user(server, "Bob"), carol: await user(server, "Carol") };
}

describe("friends.changeRelationship", () => {
  it("a request shows as outgoing and incoming, pushed to both users' subscribed sessions only", async () => {
    const server = startServer();
    const { ada, bob, carol } = await trio(server);
    const adaTablet = await connect(server, { token: ada.token });
    const bobQuiet = await connect(server, { token: bob.token, noSubscribe: true });
    await change(ada, bob, Change.REQUEST_FRIEND);
    await Promise.all([bob.peer.sync(), adaTablet.sync(), carol.peer.sync(), bobQuiet.sync()]);

    expect(relationshipUpdates(ada.peer)).toEqual([[bob.id, S.FRIEND_REQUEST_OUTGOING]]);
    expect(relationshipUpdates(adaTablet)).toEqual([[bob.id, S.FRIEND_REQUEST_OUTGOING]]);
    expect(relationshipUpdates(bob.peer)).toEqual([[ada.id, S.FRIEND_REQUEST_INCOMING]]);
    expect(carol.peer.updates).toEqual([]);
    expect(bobQuiet.updates).toEqual([]);
    expect(await relationships(ada)).toEqual([[bob.id, S.FRIEND_REQUEST_OUTGOING]]);
    expect(await relationships(bob)).toEqual([[ada.id, S.FRIEND_REQUEST_INCOMING]]);
    await expectRpcError(change(ada, bob, Change.REQUEST_FRIEND), 409, new RegExp(`^a friend request to user ${bob.id} is already pending$`));
  });

  it("accepting makes both friends; only the receiver can accept", async () => {
    const server = startServer();
    const { ada, bob } = await trio(server);
    await change(ada, bob, Change.REQUEST_FRIEND);
    await expectRpcError(change(ada, bob, Change.ACCEPT_FRIEND), 404, new RegExp(`^no friend request from user ${bob.id}$`));
    ada.peer.clear();
    bob.peer.clear();
    await change(bob, ada, Change.ACCEPT_FRIEND);
    await ada.peer.sync();
    expect(relationshipUpdates(ada.peer)).toEqual([[bob.id, S.FRIEND]]);
    expect(relationshipUpdates(bob.peer)).toEqual([[ada.id, S.FRIEND]]);
    const listed = await ada.peer.call("friendsGetRelationships", {});
    expect(listed.relationships.map((r) => [r.userId, r.status])).toEqual([[bob.id, S.FRIEND]]);
    expect(listed.users.map((u) => [u.id, u.name])).toEqual([[bob.id, "Bob"]]);
    await expectRpcError(change(ada, bob, Change.REQUEST_FRIEND), 409, /^you are already friends with user/);
  });

  it("a request back to someone who asked first accepts it", async () => {
    const server = startServer();
    const { ada, bob } = await trio(server);
    await change(ada, bob, Change.REQUEST_FRIEND);
    await change(bob, ada, Change.REQUEST_FRIEND);
    expect(await relationships(ada)).toEqual([[bob.id, S.FRIEND]]);
    expect(await relationships(bob)).toEqual([[ada.id, S.FRIEND]]);
  });

  it("remove ends a friendship, cancels an outgoing request and declines an incoming one, on both sides", async () => {
    const server = startServer();
    const { ada, bob, carol } = await trio(server);
    await change(ada, bob, Change.REQUEST_FRIEND);
    await change(bob, ada, Change.ACCEPT_FRIEND);
    ada.peer.clear();
    bob.peer.clear();
    await change(bob, ada, Change.REMOVE_FRIEND);
    await ada.peer.sync();
    expect(relationshipUpdates(ada.peer)).toEqual([[bob.id, "deleted"]]);
    expect(relationshipUpdates(bob.peer)).toEqual([[ada.id, "deleted"]]);
    expect(await relationships(ada)).toEqual([]);

    await change(ada, carol, Change.REQUEST_FRIEND);
    await change(ada, carol, Change.REMOVE_FRIEND); // cancel
    expect([await relationships(ada), await relationships(carol)]).toEqual([[], []]);
    await change(ada, carol, Change.REQUEST_FRIEND);
    await change(carol, ada, Change.REMOVE_FRIEND); // decline
    expect([await relationships(ada), await relationships(carol)]).toEqual([[], []]);
    await expectRpcError(change(ada, carol, Change.REMOVE_FRIEND), 404, new RegExp(`^no friendship or friend request with user ${carol.id}$`));
  });

  it("block: the blocker sees BLOCKED, the blocked side just loses the friendship and cannot request (403)", async () => {
    const server = startServer();
    const { ada, bob, carol } = await trio(server);
    await change(ada, bob, Change.REQUEST_FRIEND);
    await change(bob, ada, Change.ACCEPT_FRIEND);
    ada.peer.clear();
    bob.peer.clear();
    await change(ada, bob, Change.BLOCK);
    await Promise.all([bob.peer.sync(), carol.peer.sync()]);
    expect(relationshipUpdates(ada.peer)).toEqual([[bob.id, S.BLOCKED]]);
    expect(relationshipUpdates(bob.peer)).toEqual([[ada.id, "deleted"]]);
    expect(carol.peer.updates).toEqual([]);
    expect(await relationships(bob)).toEqual([]);

    await expectRpcError(change(bob, ada, Change.REQUEST_FRIEND), 403, new RegExp(`^user ${ada.id} does not accept friend requests from you$`));
    await expectRpcError(change(ada, bob, Change.REQUEST_FRIEND), 409, /unblock them before sending a friend request/);
    await expectRpcError(change(ada, bob, Change.BLOCK), 409, /is already blocked$/);
    // Blocking someone who has not blocked back leaves their side empty; blocking a stranger works too.
    await change(carol, ada, Change.BLOCK);
    expect(await relationships(ada)).toEqual([[bob.id, S.BLOCKED]]);
  });

  it("unblock removes the blocker's side only (no push to the other user) and allows requests again", async () => {
    const server = startServer();
    const { ada, bob } = await trio(server);
    await change(ada, bob, Change.BLOCK);
    await bob.peer.sync();
    bob.peer.clear();
    ada.peer.clear();
    await change(ada, bob, Change.UNBLOCK);
    await bob.peer.sync();
    expect(relationshipUpdates(ada.peer)).toEqual([[bob.id, "deleted"]]);
    expect(bob.peer.updates).toEqual([]);
    await expectRpcError(change(ada, bob, Change.UNBLOCK), 404, new RegExp(`^user ${bob.id} is not blocked$`));
    await change(bob, ada, Change.REQUEST_FRIEND);
    expect(await relationships(ada)).toEqual([[bob.id, S.FRIEND_REQUEST_INCOMING]]);
  });

  it("validates the user and the change", async () => {
    const server = startServer();
    const { ada } = await trio(server);
    await expectRpcError(ada.peer.call("friendsChangeRelationship", { change: Change.REQUEST_FRIEND }), 400, /^user is required$/);
    await expectRpcError(change(ada, ada, Change.REQUEST_FRIEND), 400, /^user: you cannot have a relationship with yourself$/);
    await expectRpcError(
      ada.peer.call("friendsChangeRelationship", { user: { userId: 42n }, change: Change.REQUEST_FRIEND }),
      404,
      /^user: no user 42$/,
    );
    const bob = await user(server, "Bob");
    await expectRpcError(change(ada, bob, Change.INVALID), 400, /^change 0 is not a valid relationship change$/);
  });
});

describe("friends.getRelationships", () => {
  it("is empty for a new user", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    expect(await ada.peer.call("friendsGetRelationships", {})).toMatchObject({ relationships: [], users: [] });
  });
});

describe("friends.syncFriends", () => {
  it("accepts hashed ids for a platform and pushes nothing", async () => {
    const server = startServer();
    const { ada, bob } = await trio(server);
    await expect(
      ada.peer.call("friendsSyncFriends", {
        platform: "discord",
        platformUserId: "1234",
        hashedPlatformUserId: new Uint8Array([1, 2]),
        friendIdsHashed: [new Uint8Array([3])],
        communityIdsHashed: [],
      }),
    ).resolves.toBeUndefined();
    await Promise.all([ada.peer.sync(), bob.peer.sync()]);
    expect([ada.peer.updates, bob.peer.updates]).toEqual([[], []]);
    expect(await relationships(ada)).toEqual([]);
  });

  it("needs a platform and the user's id there", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    await expectRpcError(ada.peer.call("friendsSyncFriends", { platformUserId: "1" }), 400, /^platform is required/);
    await expectRpcError(ada.peer.call("friendsSyncFriends", { platform: "twitter" }), 400, /^platform_user_id is required$/);
  });
});
