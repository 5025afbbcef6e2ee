import { afterEach, describe, expect, it } from "vitest";
import {
  ConnectionClosedError,
  OsmiumClient,
  type OsmiumClientOptions,
  RpcError,
  type UpdatePayload,
} from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

// The client against the reference server, end to end: once in memory, once over a real WebSocket.

type Mode = "memory" | "websocket";
const servers: TestServer[] = [];
const clients: OsmiumClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(mode: Mode) {
  const server = createTestServer();
  servers.push(server);
  const url = mode === "websocket" ? await server.listen({ port: 0 }) : undefined;
  const client = (options: OsmiumClientOptions = {}) => {
    const c = new OsmiumClient({
      ...(url ? { url } : { transport: server.transport() }),
      reconnect: { initialDelayMs: 5, maxDelayMs: 20 },
      ...options,
    });
    clients.push(c);
    return c;
  };
  return { server, client };
}

/** Resolves with the next `event` payload. */
const next = <E extends "messageCreated" | "reconnecting" | "resync" | "ready">(client: OsmiumClient, event: E) =>
  new Promise<Parameters<Parameters<OsmiumClient["once"]>[1]>[0]>((resolve) => client.once(event, resolve as never));

describe.each<Mode>(["memory", "websocket"])("OsmiumClient ↔ reference server (%s)", (mode) => {
  it("connects, authorizes and makes typed calls; void methods resolve undefined", async () => {
    const { server, client } = await setup(mode);
    const ada = await server.createUser({ name: "Ada" });
    const { community, channels } = server.createCommunity({ owner: ada.user.id, name: "Lab" });
    const c = client({ token: ada.token });
    const ready = await c.connect();
    expect(ready.user?.name).toBe("Ada");
    expect(ready.sessionId).toBe(ada.sessionId);
    expect(c.state).toBe("ready");

    const chatRef = { ref: { case: "channel" as const, value: { communityId: community.id, channelId: channels[0]!.id } } };
    const sent = await c.messages.sendMessage({ chatRef, message: "hello" });
    expect(typeof sent.messageId).toBe("bigint");
    const history = await c.messages.getHistory({ chatRef });
    expect(history.messages.map((m) => [m.messageId, m.message, m.authorId])).toEqual([[sent.messageId, "hello", ada.user.id]]);
    await expect(c.messages.deleteMessage({ chatRef, messageIds: [sent.messageId] })).resolves.toBeUndefined();
    expect((await c.messages.getHistory({ chatRef })).messages).toEqual([]);
  });

  it("rejects with RpcError carrying the server's code, message and method", async () => {
    const { server, client } = await setup(mode);
    const owner = await server.createUser({ name: "Owner" });
    const member = await server.createUser({ name: "Member" });
    const { community } = server.createCommunity({ owner: owner.user.id, name: "Lab", members: [member.user.id] });
    const c = client({ token: member.token });
    await c.connect();
    const error = await c.communities.editCommunity({ communityId: community.id, name: "Mine now" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: "rpc_error", errorCode: 403, method: "communities.editCommunity" });
    expect((error as RpcError).errorMessage).toMatch(/MODIFY_COMMUNITY/);
    // The client keeps working after an error.
    expect((await c.communities.getCommunities({})).communities.map((x) => x.name)).toEqual(["Lab"]);
  });

  it("delivers messageCreated to both members' sessions and to nobody outside", async () => {
    const { server, client } = await setup(mode);
    const ada = await server.createUser({ name: "Ada" });
    const bob = await server.createUser({ name: "Bob" });
    const eve = await server.createUser({ name: "Eve" });
    const { community, channels } = server.createCommunity({ owner: ada.user.id, name: "Lab", members: [bob.user.id] });
    const [a, b, e] = [client({ token: ada.token }), client({ token: bob.token }), client({ token: eve.token })];
    await Promise.all([a.connect(), b.connect(), e.connect()]);
    const outsider: unknown[] = [];
    e.on("update", (u) => outsider.push(u));
    const atBob = next(b, "messageCreated") as Promise<UpdatePayload<"messageCreated">>;
    const atAda = next(a, "messageCreated") as Promise<UpdatePayload<"messageCreated">>;
    const chatRef = { ref: { case: "channel" as const, value: { communityId: community.id, channelId: channels[0]!.id } } };
    const { messageId } = await a.messages.sendMessage({ chatRef, message: "hi Bob", clientId: 42n });
    const [bobSees, adaSees] = await Promise.all([atBob, atAda]);
    expect(bobSees.message?.messageId).toBe(messageId);
    expect(bobSees.message?.message).toBe("hi Bob");
    expect(bobSees.author?.name).toBe("Ada");
    expect(bobSees.clientId).toBeUndefined(); // the nonce is echoed to the sender's sessions only
    expect(adaSees.clientId).toBe(42n);
    await e.chats.getChats({}); // a round trip: anything pushed to Eve before it has arrived
    expect(outsider).toEqual([]);
  });

  it("rejects in-flight calls when the connection drops, reconnects, re-authorizes and works again", async () => {
    const { server, client } = await setup(mode);
    const ada = await server.createUser({ name: "Ada" });
    const c = client({ token: ada.token });
    await c.connect();
    const events: string[] = [];
    c.on("reconnecting", () => events.push("reconnecting"));
    c.on("ready", () => events.push("ready"));
    c.on("resync", () => events.push("resync"));
    server.setLatency(100);
    const inFlight = c.chats.getChats({}).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    const resynced = next(c, "resync");
    server.dropConnections();
    expect(await inFlight).toBeInstanceOf(ConnectionClosedError);
    server.setLatency(0);
    await resynced;
    expect(events).toEqual(["reconnecting", "ready", "resync"]);
    const again = await c.settings.getAccount({});
    expect(again.hasPassword).toBe(false);
    expect(c.readyInfo?.user?.name).toBe("Ada");
  });

  it("adopts the token from signUp for reconnects", async () => {
    const { server, client } = await setup(mode);
    const c = client();
    await c.connect();
    const auth = await c.auth.signUp({ name: "Neo", email: "neo@example.com", password: "follow the rabbit" });
    const resynced = next(c, "resync");
    server.dropConnections();
    await resynced;
    expect(c.readyInfo?.user?.id).toBe(auth.user?.id);
    expect((await c.settings.getAccount({})).email).toBe("neo@example.com");
  });

  it("ends updates() iterators when the client closes itself after a refused token", async () => {
    const { client } = await setup(mode);
    const c = client({ token: "not-a-token" });
    const seen: unknown[] = [];
    const loop = (async () => {
      for await (const u of c.updates()) seen.push(u);
      return "ended";
    })();
    const refused = await c.connect().catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "rpc_error", errorCode: 401 });
    expect(c.state).toBe("closed");
    expect(await loop).toBe("ended");
    expect(seen).toEqual([]);
  });

  it("stops for good when closed during backoff", async () => {
    const { server, client } = await setup(mode);
    const ada = await server.createUser({ name: "Ada" });
    const c = client({ token: ada.token, reconnect: { initialDelayMs: 10_000, maxDelayMs: 10_000 } });
    await c.connect();
    const reconnecting = next(c, "reconnecting");
    server.dropConnections();
    await reconnecting;
    await c.close();
    expect(c.state).toBe("closed");
    expect(server.connectionCount).toBe(0);
    await expect(c.chats.getChats({})).rejects.toBeInstanceOf(ConnectionClosedError);
  });
});
