// Fault matrix, part 2: the server goes quiet — it vanishes without a close frame (half-open: only the
// keepalive can tell), or it answers too slowly (timeouts fire; the late results are reported as
// `unsolicitedResult` and settle nothing).
import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import { describe, expect, it } from "vitest";
import { type CloseInfo, ConnectionClosedError, type OsmiumClient, TimeoutError } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { BlackholeProxy } from "./support/blackhole-proxy.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const KEEPALIVE = { intervalMs: 100, timeoutMs: 200 };
// Detection is due within intervalMs + timeoutMs; the margin only absorbs a loaded CI machine's timer lag.
const WINDOW_MS = KEEPALIVE.intervalMs + KEEPALIVE.timeoutMs + 2_000;

const nextClose = (client: OsmiumClient): Promise<CloseInfo & { atMs: number }> =>
  new Promise((resolve) => client.once("close", (info) => resolve({ ...info, atMs: Date.now() })));
const nextReady = (client: OsmiumClient): Promise<unknown> => new Promise((resolve) => client.once("ready", resolve));

describe("the server vanishes without a close frame (half-open)", () => {
  it("over a real socket: the keepalive detects it within its window, in-flight calls fail once, the client comes back", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const target = Number(new URL(await server.listen({ port: 0 })).port);
    const proxy = world.own(new BlackholeProxy(target));
    const ledger = new CallLedger();
    const client = world.client({ url: await proxy.listen(), token: alice.token, keepalive: KEEPALIVE, interceptors: [ledger.interceptor] });
    await client.connect();

    proxy.blackhole();
    const lostAt = Date.now();
    const closed = nextClose(client);
    const back = nextReady(client);
    const inFlight = ledger.track(client.billing.getProducts({}));
    const close = await closed;
    expect({ code: close.code, reason: close.reason, wasClean: close.wasClean, willReconnect: close.willReconnect }).toEqual({
      code: 1006,
      reason: "keepalive timeout",
      wasClean: false,
      willReconnect: true,
    });
    expect(close.atMs - lostAt).toBeLessThanOrEqual(WINDOW_MS);
    const failed = await inFlight;
    expect(!failed.ok && failed.error).toBeInstanceOf(ConnectionClosedError);
    expect(!failed.ok && (failed.error as Error).message).toBe("billing.getProducts got no result: the connection closed (1006 keepalive timeout)");

    await back;
    expect(proxy.accepted).toBe(2);
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  });

  it("in process: a server that stops answering anything is dropped by the keepalive, and the next connection works", async () => {
    const server = world.own(new ScriptedServer());
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    const ledger = new CallLedger();
    const client = world.client({ transport: server.transport(), keepalive: KEEPALIVE, interceptors: [ledger.interceptor] });
    await client.connect();
    // It answered an empty message first: only then does the client read its silence as death (an
    // in-memory transport has no pings, and a server may never answer empty messages at all).
    await server.waitForRequests(undefined, 2);

    server.answerKeepalive = false;
    server.on("billingGetProducts", () => undefined);
    const closed = nextClose(client);
    const inFlight = ledger.track(client.billing.getProducts({}));
    expect((await closed).reason).toBe("keepalive timeout");
    expect(codesOf([await inFlight])).toEqual(["connection_closed"]);

    server.answerKeepalive = true;
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    await server.waitForConnections(2);
    await client.connect();
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  });
});

describe.each(endpoints)("the server answers slowly (%s)", (endpoint) => {
  it("timeouts fire, late results are reported as unsolicitedResult and settle nothing, later calls get their own results", async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const ledger = new CallLedger();
    const client = world.client({ ...(await world.reach(server, endpoint)), token: alice.token, interceptors: [ledger.interceptor] });
    await client.connect();
    const late: RPCResult[] = [];
    client.on("unsolicitedResult", (result) => late.push(result));

    server.setLatency(60);
    const slow = await Promise.all([1, 2, 3].map(() => ledger.track(client.billing.getProducts({}, { timeoutMs: 20 }))));
    for (const r of slow) {
      expect(!r.ok && r.error).toBeInstanceOf(TimeoutError);
      expect(!r.ok && (r.error as Error).message).toBe("billing.getProducts timed out after 20 ms");
    }
    // The three deadlines expire together; the heap may report them in any order.
    const timedOutIds = ledger.outcomes.map((o) => o.requestId).sort((a, b) => a - b);
    // Made after the timeouts, answered after the three late results: it must get its own.
    const later = await ledger.track(client.users.getProfile({ ref: { userId: alice.user.id } }));
    expect(later.ok && later.value.ref?.userId).toBe(alice.user.id);

    expect(late.map((r) => [r.reqId, r.result.case])).toEqual(timedOutIds.map((id) => [id, "products"]));
    expect(timedOutIds).not.toContain(ledger.outcomes.at(-1)?.requestId);
    server.setLatency(0);
    expect(codesOf([await ledger.track(client.billing.getProducts({}, { timeoutMs: 5_000 }))])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  });
});
