import { describe, expect, it } from "vitest";
import { InviteType } from "../../gen/osmium/client/auth_pb.js";
import type { TestServer } from "../../src/testing/index.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

/** Creates a community owned by a new user and lists it (unless `listed` is false). */
async function listed(server: TestServer, name: string, listing = { listed: true, shortDescription: `${name} short` }) {
  const owner = await user(server, `${name} owner`);
  const { community } = server.createCommunity({ owner: owner.id, name });
  await owner.peer.call("communitiesEditSettings", {
    communityId: community.id,
    settings: {
      discoveryListing: {
        listed: listing.listed,
        listing: { shortDescription: listing.shortDescription, longDescription: `About ${name}`, categories: ["games", "art"] },
      },
    },
  });
  return { owner, id: community.id };
}

describe("discovery.getDiscoverableCommunities", () => {
  it("lists listed communities oldest first with their listing and a working invite code, without a session", async () => {
    const server = startServer();
    const a = await listed(server, "Alpha");
    await listed(server, "Hidden", { listed: false, shortDescription: "no" });
    const c = await listed(server, "Gamma");
    const anonymous = await connect(server);
    const { listings } = await anonymous.call("discoveryGetDiscoverableCommunities", { limit: 10 });
    expect(listings.map((l) => [l.communityId, l.name, l.shortDescription, l.longDescription, l.categories])).toEqual([
      [a.id, "Alpha", "Alpha short", "About Alpha", ["games", "art"]],
      [c.id, "Gamma", "Gamma short", "About Gamma", ["games", "art"]],
    ]);
    expect(listings[0]?.photo).toBeUndefined();

    // The invite code is a real, permanent community invite, and stays the same across calls.
    const code = listings[0]!.inviteCode;
    const again = await anonymous.call("discoveryGetDiscoverableCommunities", { limit: 1 });
    expect(again.listings.map((l) => l.inviteCode)).toEqual([code]);
    const preview = await anonymous.call("authLookupInvite", { code });
    expect(preview).toMatchObject({ code, targetId: a.id, targetType: InviteType.COMMUNITY, creatorId: a.owner.id });
    expect(preview.expiresAt).toBeUndefined();
    const joiner = await user(server, "Joiner");
    await joiner.peer.call("authUseInvite", { code });
    expect((await joiner.peer.call("communitiesGetCommunities", {})).communities.map((x) => x.id)).toEqual([a.id]);
  });

  it("pages with `after` (the last community id seen) and `limit`, capped at the page size", async () => {
    const server = startServer({ limits: { pageSize: 2 } });
    const ids: bigint[] = [];
    for (const name of ["A", "B", "C"]) ids.push((await listed(server, name)).id);
    const peer = await connect(server);
    const page = async (init: { after?: bigint; limit: number }) =>
      (await peer.call("discoveryGetDiscoverableCommunities", init)).listings.map((l) => l.communityId);
    expect(await page({ limit: 50 })).toEqual([ids[0], ids[1]]);
    expect(await page({ limit: 0 })).toEqual([ids[0], ids[1]]);
    expect(await page({ after: ids[1], limit: 2 })).toEqual([ids[2]]);
    expect(await page({ after: ids[0], limit: 1 })).toEqual([ids[1]]);
    expect(await page({ after: ids[2], limit: 2 })).toEqual([]);
  });

  it("unlisting removes a community; a deleted discovery invite is replaced by a new one", async () => {
    const server = startServer();
    const a = await listed(server, "Alpha");
    const peer = await connect(server);
    const first = (await peer.call("discoveryGetDiscoverableCommunities", { limit: 5 })).listings[0]!.inviteCode;
    await a.owner.peer.call("chatsDeleteChatInvite", { code: first });
    await expectRpcError(peer.call("authLookupInvite", { code: first }), 404);
    const second = (await peer.call("discoveryGetDiscoverableCommunities", { limit: 5 })).listings[0]!.inviteCode;
    expect(second).not.toBe(first);
    expect((await peer.call("authLookupInvite", { code: second })).targetId).toBe(a.id);

    await a.owner.peer.call("communitiesEditSettings", { communityId: a.id, settings: { discoveryListing: { listed: false } } });
    expect((await peer.call("discoveryGetDiscoverableCommunities", { limit: 5 })).listings).toEqual([]);
  });
});
