// Fault matrix, part 5: `close()` at every lifecycle stage — idle, connecting, handshaking, ready,
// reconnecting, and after close — both from outside and from inside a `state` listener (re-entrant,
// at the exact moment the stage begins). Each time: close() resolves, every call settles once with
// ConnectionClosedError, no connection is left open on the server, nothing happens after "closed",
// and connect() works again.
import { describe, expect, it } from "vitest";
import { type ConnectionState, type OsmiumClient } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { CallLedger, codesOf, type Settled, useProcessWatch } from "./support/ledger.js";
import { type Endpoint, endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const products = () => ({ result: { case: "products" as const, value: { products: [] } } });

/** Resolves once `predicate` holds (polled): for conditions no event announces, like a server-side close. */
async function until(predicate: () => boolean, timeoutMs = 3_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("until: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function setUp(endpoint: Endpoint) {
  const server = world.own(new ScriptedServer());
  const url = endpoint === "websocket" ? await server.listen() : undefined;
  server.on("billingGetProducts", products);
  const ledger = new CallLedger();
  const client = world.client({ ...(url === undefined ? { transport: server.transport() } : { url }), interceptors: [ledger.interceptor] });
  const events: string[] = [];
  client.on("state", ({ to }) => events.push(`state:${to}`));
  for (const name of ["open", "ready", "close", "reconnecting", "resync"] as const) client.on(name, () => events.push(name));
  const errors: string[] = [];
  client.on("error", (e) => errors.push(`${e.code}: ${e.message}`));
  return { server, ledger, client, events, errors };
}

/** After close(): nothing but the transport's `close` event may follow the "closed" state. */
function expectQuietAfterClosed(events: string[]): void {
  const at = events.lastIndexOf("state:closed");
  expect(at).toBeGreaterThanOrEqual(0);
  expect(events.slice(at + 1).filter((e) => e !== "close")).toEqual([]);
}

async function expectUsableAgain(client: OsmiumClient, ledger: CallLedger, server: ScriptedServer): Promise<void> {
  // Every connection the server saw is closed: the client left no socket behind.
  await until(() => server.connections.every((c) => c.closed));
  await client.connect();
  expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
}

const connectResult = (client: OsmiumClient): Promise<string> =>
  client.connect().then(
    () => "ready",
    (error: { code?: string }) => `rejected: ${error.code}`,
  );

describe.each(endpoints)("close() at every stage (%s)", (endpoint) => {
  // Stages entered during connect(); a listener closes the client the moment the state is entered.
  const stages: ConnectionState[] = ["connecting", "handshaking", "ready", "reconnecting", "closed"];
  it.each(stages)("from inside the state listener, as the client enters %s", async (stage) => {
    const { server, ledger, client, events, errors } = await setUp(endpoint);
    if (stage === "reconnecting" || stage === "closed") await client.connect();
    let closing: Promise<void> | undefined;
    const calls: Promise<Settled<unknown>>[] = [];
    client.on("state", ({ to }) => {
      if (to !== stage || closing) return;
      calls.push(ledger.track(client.billing.getProducts({})));
      closing = client.close();
    });
    let connecting: Promise<string> | undefined;
    if (stage === "reconnecting") server.last.kill();
    else if (stage === "closed") closing = client.close();
    else connecting = connectResult(client);
    await until(() => closing !== undefined);
    await closing;
    expect(await connecting).toBe(connecting === undefined ? undefined : "rejected: connection_closed");
    expect(codesOf(await Promise.all(calls))).toEqual(calls.map(() => "connection_closed"));
    expect(client.state).toBe("closed");
    expectQuietAfterClosed(events);
    expect(errors).toEqual([]);
    await expectUsableAgain(client, ledger, server);
    ledger.expectAllSettledOnce();
  });

  // The same from inside each lifecycle event that is emitted while the connection is mid-transition:
  // after close(), the connection must not go on to handshake (open) or schedule a reconnect (close).
  const lifecycle = ["open", "ready", "close", "reconnecting"] as const;
  it.each(lifecycle)("from inside the %s listener", async (event) => {
    const { server, ledger, client, events, errors } = await setUp(endpoint);
    if (event === "close" || event === "reconnecting") await client.connect();
    let closing: Promise<void> | undefined;
    client.on(event, () => {
      closing ??= client.close();
    });
    const connecting = event === "close" || event === "reconnecting" ? undefined : connectResult(client);
    if (connecting === undefined) server.last.kill();
    await until(() => closing !== undefined);
    await closing;
    expect(await connecting).toBe(connecting === undefined ? undefined : "rejected: connection_closed");
    // Longer than FAST_RECONNECT's largest delay: a reconnect scheduled despite close() would have run.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.state).toBe("closed");
    expectQuietAfterClosed(events);
    expect(errors).toEqual([]);
    await expectUsableAgain(client, ledger, server);
    ledger.expectAllSettledOnce();
  });

  it("idle: close() before any connect() resolves, calls made before it fail fast, connect() works afterwards", async () => {
    const { server, ledger, client, events, errors } = await setUp(endpoint);
    const early = ledger.track(client.billing.getProducts({}));
    await client.close();
    expect(codesOf([await early, await ledger.track(client.billing.getProducts({}))])).toEqual(["connection_closed", "connection_closed"]);
    expect({ state: client.state, events, errors, connections: server.connections.length }).toEqual({ state: "closed", events: ["state:closed"], errors: [], connections: 0 });
    await expectUsableAgain(client, ledger, server);
    ledger.expectAllSettledOnce();
  });

  it("connecting, handshaking (the server never answers initialize), ready with calls in flight, reconnecting with calls queued", async () => {
    const { server, ledger, client, events, errors } = await setUp(endpoint);
    // connecting: close() right after connect(), before the transport opened.
    let connecting = connectResult(client);
    expect(client.state).toBe("connecting");
    await client.close();
    expect(await connecting).toBe("rejected: connection_closed");

    // handshaking: initialize is never answered.
    server.on("coreInitialize", () => undefined);
    connecting = connectResult(client);
    const queued = ledger.track(client.billing.getProducts({}));
    await until(() => client.state === "handshaking");
    await client.close();
    expect([await connecting, ...codesOf([await queued])]).toEqual(["rejected: connection_closed", "connection_closed"]);
    server.on("coreInitialize", () => ({ result: { case: "initialized", value: {} } }));

    // ready, with calls in flight that the server never answers.
    server.on("billingGetProducts", () => undefined);
    await client.connect();
    const inFlight = [ledger.track(client.billing.getProducts({})), ledger.track(client.billing.getProducts({}))];
    await ledger.whenSent(2);
    await client.close();
    expect(codesOf(await Promise.all(inFlight))).toEqual(["connection_closed", "connection_closed"]);
    server.on("billingGetProducts", products);

    // reconnecting, with a call queued behind the backoff.
    await client.connect();
    const reconnecting = new Promise<void>((resolve) => client.once("reconnecting", () => queueMicrotask(resolve)));
    server.last.kill();
    await reconnecting;
    expect(client.state).toBe("reconnecting");
    const waiting = ledger.track(client.billing.getProducts({}));
    await client.close();
    expect(codesOf([await waiting])).toEqual(["connection_closed"]);

    expect(client.state).toBe("closed");
    expectQuietAfterClosed(events);
    expect(errors).toEqual([]);
    await expectUsableAgain(client, ledger, server);
    ledger.expectAllSettledOnce();
  });

  it("after close: close() again resolves at once, is idempotent, and changes nothing", async () => {
    const { server, ledger, client, events } = await setUp(endpoint);
    await client.connect();
    const first = client.close();
    const second = client.close();
    await Promise.all([first, second, client.close()]);
    const before = events.length;
    await client.close();
    expect(events.length).toBe(before);
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["connection_closed"]);
    await expectUsableAgain(client, ledger, server);
    ledger.expectAllSettledOnce();
  });
});
