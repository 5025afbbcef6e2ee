// Fault matrix, part 1: the server goes away — it closes the connection in the middle of calls, or it
// stops and comes back on the same port with its saved state. Each case: every call settles exactly
// once, nothing is rejected unhandled, and the client works again once the server does.
import { describe, expect, it } from "vitest";
import { ConnectionClosedError, type OsmiumClient } from "../../src/index.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { SwitchableTransport, endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const onceReady = (client: OsmiumClient): Promise<unknown> => new Promise((resolve) => client.once("ready", resolve));

describe.each(endpoints)("server loss (%s)", (endpoint) => {
  it("the server closes the connection mid-call: in-flight calls fail once with ConnectionClosedError, later calls work", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const ledger = new CallLedger();
    const client = world.client({ ...(await world.reach(server, endpoint)), token: alice.token, interceptors: [ledger.interceptor] });
    await client.connect();

    server.setLatency(200);
    const inFlight = [1, 2, 3].map(() => ledger.track(client.billing.getProducts({})));
    await ledger.whenSent(3);
    const back = onceReady(client);
    server.dropConnections(1012, "restarting");
    const results = await Promise.all(inFlight);
    expect(codesOf(results)).toEqual(["connection_closed", "connection_closed", "connection_closed"]);
    for (const r of results) {
      expect(!r.ok && r.error).toBeInstanceOf(ConnectionClosedError);
      expect(!r.ok && (r.error as Error).message).toBe("billing.getProducts got no result: the connection closed (1012 restarting)");
    }

    server.setLatency(0);
    await back;
    const after = await ledger.track(client.billing.getProducts({}));
    expect(after.ok && after.value.products.map((p) => p.plan)).toEqual(["premium"]);
    ledger.expectAllSettledOnce();
  });

  it("the server restarts with its saved state: queued calls go out once it is back, the token still works", async () => {
    const first = world.server();
    const alice = await first.createUser({ name: "Alice" });
    const { channels } = first.createCommunity({ owner: alice.user.id, name: "Guild" });
    const channelRef = { ref: { case: "channel" as const, value: { communityId: channels[0]!.communityId, channelId: channels[0]!.id } } };
    const ledger = new CallLedger();
    const switchable = new SwitchableTransport(first);
    const reach = endpoint === "memory" ? { transport: switchable } : await world.reach(first, endpoint);
    const client = world.client({ ...reach, token: alice.token, interceptors: [ledger.interceptor] });
    await client.connect();
    await ledger.track(client.messages.sendMessage({ chatRef: channelRef, message: "before the restart" }));

    const port = Number(new URL(reach.url ?? "ws://127.0.0.1:0").port);
    const saved = first.saveState();
    const reconnecting = new Promise((resolve) => client.once("reconnecting", resolve));
    switchable.down();
    await first.close();
    await reconnecting;
    // Calls made while the server is down wait in the queue (failFast is off).
    const queued = [ledger.track(client.messages.sendMessage({ chatRef: channelRef, message: "while down" })), ledger.track(client.billing.getProducts({}))];

    const second = world.server();
    second.loadState(saved);
    const resync = new Promise<{ attempts: number }>((resolve) => client.once("resync", resolve));
    if (endpoint === "memory") switchable.up(second);
    else await second.listen({ port });
    expect((await resync).attempts).toBeGreaterThanOrEqual(1);
    expect(client.readyInfo?.user?.id).toBe(alice.user.id);
    expect(codesOf(await Promise.all(queued))).toEqual(["ok", "ok"]);

    const history = await ledger.track(client.messages.getHistory({ chatRef: channelRef }));
    expect(history.ok && history.value.messages.map((m) => m.message).sort()).toEqual(["before the restart", "while down"]);
    ledger.expectAllSettledOnce();
  });
});
