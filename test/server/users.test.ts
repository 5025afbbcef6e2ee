import { describe, expect, it } from "vitest";
import { ChangeRelationship_RelationshipChangeType as Change } from "../../gen/osmium/client/friends_pb.js";
import { expectRpcError, startServer, user } from "./support/harness.js";

type U = Awaited<ReturnType<typeof user>>;

async function befriend(a: U, b: U) {
  await a.peer.call("friendsChangeRelationship", { user: { userId: b.id }, change: Change.REQUEST_FRIEND });
  await b.peer.call("friendsChangeRelationship", { user: { userId: a.id }, change: Change.ACCEPT_FRIEND });
}

describe("users.getProfile", () => {
  it("returns the bio, and no mutuals unless asked", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    await ada.peer.call("settingsEditProfile", { bio: "Counting engines" });
    const profile = await bob.peer.call("usersGetProfile", { ref: { userId: ada.id } });
    expect(profile.ref?.userId).toBe(ada.id);
    expect(profile.bio).toBe("Counting engines");
    expect(profile.premiumSince).toBeUndefined();
    expect(profile.banner).toBeUndefined();
    expect(profile.mutualCommunities).toEqual([]);
    expect(profile.mutualFriends).toEqual([]);
  });

  it("with include_mutuals lists shared communities and shared friends only", async () => {
    const server = startServer();
    const [ada, bob, carol, dave] = [await user(server, "Ada"), await user(server, "Bob"), await user(server, "Carol"), await user(server, "Dave")];
    const shared = server.createCommunity({ owner: ada.id, name: "Shared", members: [bob.id] }).community;
    server.createCommunity({ owner: ada.id, name: "Ada only" });
    server.createCommunity({ owner: bob.id, name: "Bob only", members: [carol.id] });
    await befriend(ada, carol);
    await befriend(bob, carol);
    await befriend(ada, dave);

    const profile = await bob.peer.call("usersGetProfile", { ref: { userId: ada.id }, includeMutuals: true });
    expect(profile.mutualCommunities).toEqual([shared.id]);
    expect(profile.mutualFriends).toEqual([carol.id]);
    const own = await ada.peer.call("usersGetProfile", { ref: { userId: ada.id }, includeMutuals: true });
    expect([own.mutualCommunities, own.mutualFriends]).toEqual([[], []]);
  });

  it("answers 400 without a ref and 404 for an unknown user", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    await expectRpcError(ada.peer.call("usersGetProfile", {}), 400, /^ref is required$/);
    await expectRpcError(ada.peer.call("usersGetProfile", { ref: { userId: 42n } }), 404, /^ref: no user 42$/);
  });
});

describe("users.lookupUsername", () => {
  it("finds a user by username, case-insensitively and with an optional @", async () => {
    const server = startServer();
    const ada = await user(server, "Ada", { username: "ada_l" });
    const bob = await user(server, "Bob");
    for (const username of ["ada_l", "ADA_L", "@ada_l"]) {
      const found = await bob.peer.call("usersLookupUsername", { username });
      expect([found.user?.id, found.user?.name, found.user?.username]).toEqual([ada.id, "Ada", "ada_l"]);
    }
  });

  it("answers 404 for an unknown username and 400 for an empty one", async () => {
    const server = startServer();
    const bob = await user(server, "Bob");
    await expectRpcError(bob.peer.call("usersLookupUsername", { username: "nobody" }), 404, /^no user with username nobody$/);
    await expectRpcError(bob.peer.call("usersLookupUsername", { username: " " }), 400, /^username is required$/);
  });
});
