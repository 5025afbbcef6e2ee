// Fault matrix, part 4: reconnect storms — 100 drops in a row, 100 failed attempts in a row, and a
// storm that outlasts `maxAttempts`. Calls in flight at a drop fail once; calls made meanwhile wait and
// go out once; nothing is sent twice; and the client works again once the server lets it.
import { describe, expect, it } from "vitest";
import type { OsmiumClient, ReconnectingInfo } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { CallLedger, codesOf, type Settled, useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const DROPS = 100;
const chatRef = { ref: { case: "self" as const, value: {} } };
const next = <T>(client: OsmiumClient, event: "reconnecting" | "ready" | "resync"): Promise<T> =>
  new Promise((resolve) => client.once(event, ((info: T) => resolve(info)) as never));

describe.each(endpoints)("reconnect storms (%s)", (endpoint) => {
  async function scripted() {
    const server = world.own(new ScriptedServer());
    const url = endpoint === "websocket" ? await server.listen() : undefined;
    const reach = () => (url === undefined ? { transport: server.transport() } : { url });
    return { server, reach };
  }

  it(`${DROPS} drops in a row, each with a call in flight and one made while reconnecting`, async () => {
    const { server, reach } = await scripted();
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    server.on("messagesSendMessage", () => undefined); // never answered: in flight at the drop
    const ledger = new CallLedger();
    const client = world.client({ ...reach(), interceptors: [ledger.interceptor] });
    await client.connect();
    const inFlight: Promise<Settled<unknown>>[] = [];
    const queued: Promise<Settled<unknown>>[] = [];
    let resyncs = 0;
    client.on("resync", () => resyncs++);
    for (let i = 0; i < DROPS; i++) {
      inFlight.push(ledger.track(client.messages.sendMessage({ chatRef, message: `drop ${i}` })));
      await ledger.whenSent(ledger.made);
      const reconnecting = next(client, "reconnecting");
      const ready = next(client, "ready");
      server.last.kill();
      await reconnecting;
      queued.push(ledger.track(client.billing.getProducts({})));
      await ready;
      await queued.at(-1); // answered before the next drop, so only the unanswered call is in flight then
    }
    expect(codesOf(await Promise.all(inFlight))).toEqual(Array(DROPS).fill("connection_closed"));
    expect(codesOf(await Promise.all(queued))).toEqual(Array(DROPS).fill("ok"));
    expect({ resyncs, connections: server.connections.length, state: client.state }).toEqual({ resyncs: DROPS, connections: DROPS + 1, state: "ready" });
    // Nothing is re-sent after a drop: each in-flight message reached the server at most once (over a
    // socket, the kill may beat the frame to the server).
    const texts = server.requestsOf("messagesSendMessage").map((r) => (r.message.case === "messagesSendMessage" ? r.message.value.message : ""));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeLessThanOrEqual(DROPS);
    expect(server.requestsOf("billingGetProducts").length).toBe(DROPS);
    ledger.expectAllSettledOnce();
  });

  it(`${DROPS} failed attempts in a row, then the server lets the client in: a queued call goes out once`, async () => {
    const { server, reach } = await scripted();
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    server.onConnect = (conn) => {
      if (server.connections.length <= DROPS) conn.kill();
    };
    const ledger = new CallLedger();
    const client = world.client({ ...reach(), interceptors: [ledger.interceptor] });
    const attempts: number[] = [];
    client.on("reconnecting", (info: ReconnectingInfo) => attempts.push(info.attempt));
    const connecting = client.connect();
    const call = ledger.track(client.billing.getProducts({}));
    await connecting;
    expect(attempts).toEqual(Array.from({ length: DROPS }, (_, i) => i + 1));
    expect(codesOf([await call])).toEqual(["ok"]);
    expect(server.requestsOf("billingGetProducts").length).toBe(1);
    ledger.expectAllSettledOnce();
  });

  it("a storm longer than maxAttempts gives up cleanly, and connect() works again once the server is back", async () => {
    const { server, reach } = await scripted();
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    let refusing = true;
    server.onConnect = (conn) => {
      if (refusing) conn.kill();
    };
    const ledger = new CallLedger();
    const client = world.client({ ...reach(), interceptors: [ledger.interceptor], reconnect: { initialDelayMs: 1, maxDelayMs: 5, maxAttempts: 50 } });
    const errors: string[] = [];
    client.on("error", (e) => errors.push(`${e.code}: ${e.message}`));
    const connecting = client.connect().then(
      () => "ok",
      (error: { code?: string }) => error.code,
    );
    const call = ledger.track(client.billing.getProducts({}));
    expect([await connecting, ...codesOf([await call])]).toEqual(["connection_closed", "connection_closed"]);
    expect(client.state).toBe("closed");
    expect(errors.filter((e) => e.startsWith("connection_closed"))).toEqual([
      expect.stringMatching(/^connection_closed: the connection closed \(1006\b.*\); gave up after 50 reconnect attempts$/),
    ]);

    refusing = false;
    await client.connect();
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  });
});

describe.each(endpoints)("a storm against the reference server (%s)", (endpoint) => {
  it(`${DROPS} dropConnections() in a row: every message sent once and stored once, the token re-authorizes each time`, async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const ledger = new CallLedger();
    const client = world.client({ ...(await world.reach(server, endpoint)), token: alice.token, interceptors: [ledger.interceptor] });
    await client.connect();
    const sends: Promise<Settled<unknown>>[] = [];
    for (let i = 0; i < DROPS; i++) {
      const reconnecting = next(client, "reconnecting");
      const resync = next(client, "resync");
      server.dropConnections();
      await reconnecting;
      sends.push(ledger.track(client.messages.sendMessage({ chatRef, message: `after drop ${i}` })));
      await resync;
      await sends.at(-1);
    }
    expect(codesOf(await Promise.all(sends))).toEqual(Array(DROPS).fill("ok"));
    expect(client.readyInfo?.user?.id).toBe(alice.user.id);
    const history = await ledger.track(client.messages.getHistory({ chatRef, limit: DROPS + 10 }));
    const texts = history.ok ? history.value.messages.map((m) => m.message).sort() : [];
    expect(texts).toEqual(Array.from({ length: DROPS }, (_, i) => `after drop ${i}`).sort());
    ledger.expectAllSettledOnce();
  });
});
