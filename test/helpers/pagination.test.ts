// Iterators over history, search, chats, members and discovery, against the reference server:
// every item once, in order, each page requested once, the end detected, `signal` respected.
import { describe, expect, it } from "vitest";
import { AbortError, ChatRefs, type InterceptedCall, type Interceptor, OsmiumClient, ProtocolError } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { collect, connectUser, startServer } from "./support/world.js";

/** Records the requests of one case, as sent. */
function requests(requestCase: InterceptedCall["requestCase"]): { interceptor: Interceptor; sent: Record<string, unknown>[] } {
  const sent: Record<string, unknown>[] = [];
  return { sent, interceptor: { onCall: (call) => call.requestCase === requestCase && sent.push(call.request as unknown as Record<string, unknown>) } };
}

async function sendMany(client: OsmiumClient, count: number, text: (i: number) => string): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < count; i++) ids.push((await client.messages.sendMessage({ chatRef: ChatRefs.self(), message: text(i) })).messageId);
  return ids;
}

const offsetOf = (request: Record<string, unknown>) => {
  const offset = request.offset as { case?: string; value?: bigint };
  return offset.case === undefined ? "latest" : `${offset.case} ${offset.value}`;
};

describe("client.messages.iterHistory", () => {
  it("goes backwards page by page to the first message, each page once", async () => {
    const server = startServer();
    const recorder = requests("messagesGetHistory");
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const ids = await sendMany(client, 120, (i) => `m${i}`);
    const seen = await collect(client.messages.iterHistory(ChatRefs.self(), { pageSize: 50 }));
    expect(seen.map((m) => m.messageId)).toEqual([...ids].reverse());
    expect(recorder.sent.map(offsetOf)).toEqual(["latest", `before ${ids[70]}`, `before ${ids[20]}`, `before ${ids[0]}`]);
    expect(recorder.sent.map((r) => r.limit)).toEqual([50, 50, 50, 50]);
  });

  it("goes forwards from an id (exclusive), oldest first", async () => {
    const server = startServer();
    const recorder = requests("messagesGetHistory");
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const ids = await sendMany(client, 25, (i) => `m${i}`);
    const seen = await collect(client.messages.iterHistory(ChatRefs.self(), { direction: "forward", from: ids[9] as bigint, pageSize: 10 }));
    expect(seen.map((m) => m.messageId)).toEqual(ids.slice(10));
    expect(recorder.sent.map(offsetOf)).toEqual([`since ${ids[9]}`, `since ${ids[19]}`, `since ${ids[24]}`]);
    const all = await collect(client.messages.iterHistory(ChatRefs.self(), { direction: "forward", from: String(ids[23]) }));
    expect(all.map((m) => m.message)).toEqual(["m24"]);
  });

  it("keeps going when the server caps the page below the requested size", async () => {
    const server = startServer({ limits: { pageSize: 7 } });
    const { client } = await connectUser(server, "Ada");
    const ids = await sendMany(client, 20, (i) => `m${i}`);
    const seen = await collect(client.messages.iterHistory(ChatRefs.self(), { pageSize: 50 }));
    expect(seen.map((m) => m.messageId)).toEqual([...ids].reverse());
  });

  it("stops with AbortError when the signal fires, between pages or during one, and requests nothing more", async () => {
    const server = startServer();
    const recorder = requests("messagesGetHistory");
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    await sendMany(client, 12, (i) => `m${i}`);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const message of client.messages.iterHistory(ChatRefs.self(), { pageSize: 5, signal: controller.signal })) {
        seen.push(message.message);
        if (seen.length === 7) controller.abort("stop");
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).method).toBe("messages.iterHistory");
    expect((error as AbortError).reason).toBe("stop");
    expect(seen).toEqual(["m11", "m10", "m9", "m8", "m7", "m6", "m5"]);
    expect(recorder.sent).toHaveLength(2);

    server.setLatency(200);
    const during = new AbortController();
    const iterator = client.messages.iterHistory(ChatRefs.self(), { signal: during.signal });
    const next = iterator.next();
    setTimeout(() => during.abort("late"), 20);
    const late = await next.catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AbortError);
    expect((late as AbortError).method).toBe("messages.iterHistory");
  });

  it("checks its arguments at the call", () => {
    const server = startServer();
    return connectUser(server, "Ada").then(({ client }) => {
      expect(() => client.messages.iterHistory(ChatRefs.self(), { pageSize: 0 })).toThrow("pageSize must be a positive integer");
      expect(() => client.messages.iterHistory(ChatRefs.self(), { direction: "up" as never })).toThrow('direction must be "backward" or "forward"');
      expect(() => client.messages.iterHistory(ChatRefs.self(), { from: 5 as never })).toThrow("from must be a bigint or a string of decimal digits, got number 5");
      expect(() => client.messages.iterSearch(ChatRefs.self(), " ")).toThrow("query must be a non-empty string");
    });
  });
});

describe("client.messages.iterSearch", () => {
  it("pages through every match, newest first or oldest first", async () => {
    const server = startServer();
    const recorder = requests("messagesSearch");
    const { client } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const ids = await sendMany(client, 130, (i) => (i % 2 === 0 ? `needle ${i}` : `hay ${i}`));
    const matches = ids.filter((_, i) => i % 2 === 0);
    const backward = await collect(client.messages.iterSearch(ChatRefs.self(), "NEEDLE"));
    expect(backward.map((m) => m.messageId)).toEqual([...matches].reverse());
    // The server's page is 50: 50 + 15, then an empty page ends it.
    expect(recorder.sent.map(offsetOf)).toEqual(["latest", `before ${matches[15]}`, `before ${matches[0]}`]);
    const forward = await collect(client.messages.iterSearch(ChatRefs.self(), "needle", { direction: "forward", from: matches[59] as bigint }));
    expect(forward.map((m) => m.messageId)).toEqual(matches.slice(60));
  });
});

describe("client.chats.iterChats", () => {
  it("lists every conversation once, most recent first, paging on lastMessageId", async () => {
    const server = startServer();
    const recorder = requests("chatsGetChats");
    const { client, id } = await connectUser(server, "Ada", { interceptors: [recorder.interceptor] });
    const peers: bigint[] = [];
    for (let i = 0; i < 7; i++) {
      const peer = await connectUser(server, `Peer ${i}`);
      await peer.client.messages.sendMessage({ chatRef: ChatRefs.user(id), message: `hi from ${i}` });
      peers.push(peer.id);
    }
    const conversations = await collect(client.chats.iterChats({ pageSize: 3 }));
    expect(conversations.map((c) => (c.chatRef?.ref.case === "user" ? c.chatRef.ref.value.userId : 0n))).toEqual([...peers].reverse());
    const last = conversations.map((c) => c.lastMessageId);
    expect(recorder.sent.map((r) => r.maxId)).toEqual([undefined, last[2], last[5], last[6]]);
  });
});

describe("client.communities.iterMembers", () => {
  it("yields each member of a channel once with their user, fetching records in batches", async () => {
    const server = startServer();
    const owner = await server.createUser({ name: "Owner" });
    const members = [];
    for (let i = 0; i < 11; i++) members.push((await server.createUser({ name: `Member ${String(i).padStart(2, "0")}` })).user.id);
    const recorder = requests("communitiesGetMembers");
    const { client, id: viewer } = await connectUser(server, "Viewer", { interceptors: [recorder.interceptor] });
    const { community, channels } = server.createCommunity({ owner: owner.user.id, name: "Club", channels: ["random"], members: [...members, viewer] });
    const general = channels.find((c) => c.name === "general");
    const entries = await collect(client.communities.iterMembers(community.id, { channelId: general?.id ?? 0n, batchSize: 5 }));
    expect(entries).toHaveLength(13);
    expect(new Set(entries.map((e) => e.member.id)).size).toBe(13);
    expect(entries.every((e) => e.user?.id === e.member.id && e.member.communityId === community.id)).toBe(true);
    expect(recorder.sent.map((r) => (r.memberIds as bigint[]).length)).toEqual([5, 5, 3]);

    // Without a channel: the union of every channel's list, still each member once.
    recorder.sent.length = 0;
    const all = await collect(client.communities.iterMembers(community.id));
    expect(all.map((e) => e.member.id).sort()).toEqual(entries.map((e) => e.member.id).sort());
    expect(recorder.sent).toHaveLength(1);
  });
});

describe("client.discovery.iterCommunities", () => {
  it("pages through the listed communities, oldest first", async () => {
    const server = startServer();
    const { client, id } = await connectUser(server, "Ada");
    const listed: bigint[] = [];
    for (let i = 0; i < 5; i++) {
      const { community } = server.createCommunity({ owner: id, name: `Club ${i}` });
      await client.communities.editSettings({ communityId: community.id, settings: { discoveryListing: { listed: true, listing: { shortDescription: `club ${i}` } } } });
      listed.push(community.id);
    }
    server.createCommunity({ owner: id, name: "Unlisted" });
    const recorder = requests("discoveryGetDiscoverableCommunities");
    const { client: reader } = await connectUser(server, "Bob", { interceptors: [recorder.interceptor] });
    const listings = await collect(reader.discovery.iterCommunities({ pageSize: 2 }));
    expect(listings.map((l) => l.communityId)).toEqual(listed);
    expect(listings.map((l) => l.shortDescription)).toEqual(["club 0", "club 1", "club 2", "club 3", "club 4"]);
    expect(recorder.sent.map((r) => r.after)).toEqual([undefined, listed[1], listed[3], listed[4]]);
  });
});

describe("a server that does not move its cursor", () => {
  it("is a ProtocolError after the first repeated page, not an endless loop", async () => {
    const scripted = new ScriptedServer().on("messagesGetHistory", () => ({
      result: { case: "messages", value: { messages: [{ messageId: 5n, message: "again" }] } },
    }));
    const client = new OsmiumClient({ transport: scripted.transport(), reconnect: false });
    await client.connect();
    try {
      const seen: string[] = [];
      const error = await (async () => {
        for await (const m of client.messages.iterHistory(ChatRefs.self())) seen.push(m.message);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).message).toBe("messages.iterHistory: the server returned a page that does not move past cursor 5");
      expect(seen).toEqual(["again"]);
      expect(scripted.requestsOf("messagesGetHistory")).toHaveLength(2);
    } finally {
      await client.close();
      await scripted.close();
    }
  });
});
