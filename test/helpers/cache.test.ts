// The opt-in state cache: learns from results and updates, is current before listeners run,
// forgets what was deleted, and stays within maxEntries (least recently used first out).
import { describe, expect, it } from "vitest";
import { ChatRefs, InvalidArgumentError, OsmiumClient, StateCache } from "../../src/index.js";
import { nextEvent } from "./support/events.js";
import { connectUser, startServer } from "./support/world.js";

/** Olga owns a community (general, random) where Ada (with a cache) and Bob are members. */
async function community(cache: boolean | { maxEntries: number } = true) {
  const server = startServer();
  const olga = await connectUser(server, "Olga");
  const ada = await connectUser(server, "Ada", { cache });
  const bob = await connectUser(server, "Bob");
  const { community, channels } = server.createCommunity({ owner: olga.id, name: "Club", channels: ["random"], members: [ada.id, bob.id] });
  const channel = (name: string) => {
    const found = channels.find((c) => c.name === name);
    if (!found) throw new Error(`no channel ${name}`);
    return found;
  };
  return { server, olga, ada, bob, communityId: community.id, general: channel("general"), random: channel("random") };
}

describe("client.cache", () => {
  it("learns users, members, channels, conversations, communities and roles from results", async () => {
    const { olga, ada, communityId, general } = await community();
    const cache = ada.client.cache;
    const generalRef = ChatRefs.channel(communityId, general.id);
    await olga.client.messages.sendMessage({ chatRef: generalRef, message: "welcome" });
    expect(cache.member(communityId, olga.id)).toBeUndefined();

    await ada.client.messages.getHistory({ chatRef: generalRef });
    expect(cache.user(olga.id)?.name).toBe("Olga");
    expect(cache.member(communityId, olga.id)?.communityId).toBe(communityId);

    await ada.client.communities.getChannels({ communityId });
    expect(cache.channel(communityId, general.id)?.name).toBe("general");
    expect(cache.channel(String(communityId), String(general.id))?.name).toBe("general");
    expect(cache.conversation(generalRef)?.lastMessageId).toBeGreaterThan(0n);

    await ada.client.communities.getCommunities();
    expect(cache.community(communityId)?.name).toBe("Club");

    await olga.client.communities.createRole({ communityId, name: "Mods", permissions: 64n, priority: 1 });
    const { roles } = await ada.client.communities.getRoles({ communityId });
    const mods = roles.find((r) => r.name === "Mods");
    expect(mods).toBeDefined();
    expect(cache.role(communityId, mods?.id ?? 0n)?.name).toBe("Mods");
    expect(cache.defaultPermissions(communityId)).toBe((await ada.client.communities.getRoles({ communityId })).defaultPermissions);
    // No update announces a deleted role: the next full list replaces the last one.
    await olga.client.communities.deleteRole({ communityId, id: mods?.id ?? 0n });
    await ada.client.communities.getRoles({ communityId });
    expect(cache.role(communityId, mods?.id ?? 0n)).toBeUndefined();
  });

  it("follows updates, and is current before the update's listeners run", async () => {
    const { olga, ada, bob, communityId, general, random } = await community();
    const cache = ada.client.cache;
    await ada.client.communities.getChannels({ communityId });
    await ada.client.communities.getMembers({ communityId, memberIds: [olga.id, ada.id, bob.id] });

    let nameSeenByListener: string | undefined;
    ada.client.once("channel", (u) => (nameSeenByListener = cache.channel(communityId, u.channel?.id ?? 0n)?.name));
    const renamed = nextEvent(ada.client, "channel");
    await olga.client.communities.editChannel({ channel: { communityId, channelId: general.id }, name: "lobby" });
    await renamed;
    expect(nameSeenByListener).toBe("lobby");
    expect(cache.channel(communityId, general.id)?.name).toBe("lobby");

    const profile = nextEvent(ada.client, "user", (u) => u.userId === olga.id);
    await olga.client.settings.editProfile({ name: "Olga K" });
    await profile;
    expect(cache.user(olga.id)?.name).toBe("Olga K");

    const member = nextEvent(ada.client, "communityMember");
    await olga.client.communities.editMember({ communityId, memberId: ada.id, nickname: "Addie" });
    await member;
    expect(cache.member(communityId, ada.id)?.nickname).toBe("Addie");

    const posted = nextEvent(ada.client, "messageCreated");
    const { messageId } = await olga.client.messages.sendMessage({ chatRef: ChatRefs.channel(communityId, random.id), message: "hi" });
    await posted;
    expect(cache.conversation(ChatRefs.channel(communityId, random.id))?.lastMessageId).toBe(messageId);
    const read = nextEvent(ada.client, "conversationLastRead");
    await ada.client.chats.markChatRead({ chatRef: ChatRefs.channel(communityId, random.id), messageId });
    await read;
    expect(cache.conversation(ChatRefs.channel(communityId, random.id))?.lastReadMessageId).toBe(messageId);

    const removed = nextEvent(ada.client, "communityMemberDeleted");
    await olga.client.communities.removeMembers({ communityId, memberIds: [bob.id] });
    await removed;
    expect(cache.member(communityId, bob.id)).toBeUndefined();

    const channelGone = nextEvent(ada.client, "channelDeleted");
    await olga.client.communities.deleteChannel({ channel: { communityId, channelId: random.id } });
    await channelGone;
    expect(cache.channel(communityId, random.id)).toBeUndefined();
    expect(cache.conversation(ChatRefs.channel(communityId, random.id))).toBeUndefined();

    await ada.client.communities.getCommunities();
    const gone = nextEvent(ada.client, "communityDeleted");
    await olga.client.communities.deleteCommunity({ communityId });
    await gone;
    expect(cache.community(communityId)).toBeUndefined();
    expect(cache.channel(communityId, general.id)).toBeUndefined();
    expect(cache.member(communityId, ada.id)).toBeUndefined();
    // Users are not part of the community: they stay.
    expect(cache.user(olga.id)?.name).toBe("Olga K");
  });

  it("holds at most maxEntries, evicting the least recently used first", async () => {
    const { olga, ada, bob, communityId } = await community({ maxEntries: 4 });
    const cache = ada.client.cache;
    expect(cache.maxEntries).toBe(4);
    // Stores user olga, user bob, member olga, member bob (in that order).
    await ada.client.communities.getMembers({ communityId, memberIds: [olga.id, bob.id] });
    expect(cache.size).toBe(4);
    expect(cache.user(olga.id)?.name).toBe("Olga");
    // Two more entries (user ada, member ada) push out the two least recently used: user bob, member olga.
    await ada.client.communities.getMembers({ communityId, memberIds: [ada.id] });
    expect(cache.size).toBe(4);
    expect(cache.user(bob.id)).toBeUndefined();
    expect(cache.member(communityId, olga.id)).toBeUndefined();
    expect(cache.user(olga.id)?.name).toBe("Olga");
    expect(cache.member(communityId, bob.id)?.id).toBe(bob.id);
    expect(cache.user(ada.id)?.name).toBe("Ada");
    expect(cache.member(communityId, ada.id)?.id).toBe(ada.id);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("is off unless asked for, and checks its options", () => {
    const client = new OsmiumClient({ transport: startServer().transport() });
    expect(() => client.cache).toThrow(InvalidArgumentError);
    expect(() => client.cache).toThrow("cache is not enabled: create the client with { cache: true }");
    expect(() => new OsmiumClient({ transport: startServer().transport(), cache: { maxEntries: 0 } })).toThrow("cache.maxEntries must be a positive integer");
    expect(() => new OsmiumClient({ transport: startServer().transport(), cache: 5 as never })).toThrow("cache must be a boolean or { maxEntries }");
    expect(new StateCache().maxEntries).toBe(10_000);
  });
});
