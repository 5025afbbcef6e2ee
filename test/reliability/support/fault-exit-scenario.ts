// Run in a child process by handles.test.ts: drives the fault matrix over real sockets (half-open
// through a black-hole proxy, a close frame nobody answers, a restart on the same port, slow answers
// with timeouts, a reconnect storm, close() at every stage, a server that is gone for good, a first
// connect that cannot reach the server, an in-memory client never closed whose server closed),
// closes everything, and must then let the process exit by itself: any timer or socket the client
// left behind would keep it alive.
import { OsmiumClient, type OsmiumClientOptions } from "../../../src/index.js";
import { createTestServer } from "../../../src/testing/index.js";
import { ScriptedServer } from "../../client/support/scripted-server.js";
import { BlackholeProxy } from "./blackhole-proxy.js";
import { refusedUrl, refusingUpgrade, selfSignedWss, silentTcp } from "./refusing-servers.js";

const FAST = { reconnect: { initialDelayMs: 1, maxDelayMs: 5 }, keepalive: false as const };
// Settled calls are observed at once, so none can count as an unhandled rejection.
const observed = (promise: Promise<unknown>): Promise<unknown> => promise.catch((error: unknown) => error);
const once = (client: OsmiumClient, event: "ready" | "reconnecting" | "close"): Promise<void> =>
  new Promise((resolve) => client.once(event, () => resolve()));

/** Waits until the server side saw every connection close: a socket the client forgot would stay open. */
async function allClosed(what: string, predicate: () => boolean): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > 3_000) throw new Error(`${what}: a connection is still open after close()`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function halfOpen(): Promise<void> {
  const server = createTestServer();
  const port = Number(new URL(await server.listen()).port);
  const proxy = new BlackholeProxy(port);
  const client = new OsmiumClient({ ...FAST, url: await proxy.listen(), keepalive: { intervalMs: 50, timeoutMs: 100 } });
  await client.connect();
  const call = observed(client.billing.getProducts({}));
  const back = once(client, "ready");
  proxy.blackhole();
  await back;
  await call;
  await client.close();
  await proxy.close();
  await allClosed("half-open", () => server.connectionCount === 0);
  await server.close();
}

// close() while the peer ignores the close frame: dropped after closeTimeoutMs, nothing left open.
async function closeUnanswered(): Promise<void> {
  const server = createTestServer();
  const port = Number(new URL(await server.listen()).port);
  const proxy = new BlackholeProxy(port);
  const client = new OsmiumClient({ ...FAST, url: await proxy.listen(), closeTimeoutMs: 50 });
  await client.connect();
  proxy.blackhole();
  await client.close();
  await proxy.close();
  await allClosed("close unanswered", () => server.connectionCount === 0);
  await server.close();
}

async function restart(): Promise<void> {
  const first = createTestServer();
  const alice = await first.createUser({ name: "Alice" });
  const url = await first.listen();
  const client = new OsmiumClient({ ...FAST, url, token: alice.token, keepalive: { intervalMs: 20_000, timeoutMs: 20_000 } });
  await client.connect();
  const saved = first.saveState();
  const reconnecting = once(client, "reconnecting");
  await first.close();
  await reconnecting;
  const second = createTestServer();
  second.loadState(saved);
  const ready = once(client, "ready");
  await second.listen({ port: Number(new URL(url).port) });
  await ready;
  // A slow answer: the call times out, its result arrives late and is only reported.
  second.setLatency(30);
  await observed(client.billing.getProducts({}, { timeoutMs: 5 }));
  second.setLatency(0);
  await client.billing.getProducts({});
  await client.close();
  await allClosed("restart", () => second.connectionCount === 0);
  await second.close();
}

async function stormAndStages(options: () => Pick<OsmiumClientOptions, "transport" | "url">, server: ScriptedServer): Promise<void> {
  server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
  const client = new OsmiumClient({ ...FAST, ...options() });
  await client.connect();
  for (let i = 0; i < 20; i++) {
    const ready = once(client, "ready");
    server.last.kill();
    await ready;
  }
  const mine = server.last;
  // Re-entrant close() as each stage begins.
  for (const stage of ["connecting", "handshaking", "ready"]) {
    const stager = new OsmiumClient({ ...FAST, ...options() });
    stager.on("state", ({ to }) => void (to === stage && stager.close()));
    await observed(stager.connect());
    await stager.close();
  }
  const reconnecting = once(client, "reconnecting");
  mine.kill();
  await reconnecting;
  const queued = observed(client.billing.getProducts({}));
  await client.close();
  await queued;
  await allClosed("storm and stages", () => server.connections.every((c) => c.closed));
}

async function goneForGood(): Promise<void> {
  const server = createTestServer();
  const url = await server.listen();
  await server.close();
  // The first connect() fails at once; one that keeps retrying is closed while it waits.
  await observed(new OsmiumClient({ ...FAST, url }).connect());
  const client = new OsmiumClient({ ...FAST, url, retryFirstConnect: true, reconnect: { initialDelayMs: 50, maxDelayMs: 50 } });
  const connecting = observed(client.connect());
  await once(client, "reconnecting");
  await client.close();
  await connecting;
}

// A first connect() that cannot reach the server: a refused port, a refused upgrade, an untrusted certificate, a silent host.
async function unreachable(): Promise<void> {
  await observed(new OsmiumClient({ ...FAST, url: await refusedUrl() }).connect());
  const refusing = await refusingUpgrade(403);
  await observed(new OsmiumClient({ ...FAST, url: refusing.url }).connect());
  await refusing.close();
  const untrusted = await selfSignedWss();
  await observed(new OsmiumClient({ ...FAST, url: untrusted.url }).connect());
  await untrusted.close();
  const silent = await silentTcp();
  await observed(new OsmiumClient({ ...FAST, url: silent.url, connectTimeoutMs: 50 }).connect());
  await silent.close();
}

// An in-memory client whose server closes, and which the scenario never closes: it stops by itself.
async function forgottenClient(): Promise<void> {
  const server = createTestServer();
  const client = new OsmiumClient({ transport: server.transport() });
  await client.connect();
  const stopped = new Promise<void>((resolve) => client.on("state", ({ to }) => to === "closed" && resolve()));
  client.on("error", () => {});
  await server.close();
  await stopped;
}

async function main(): Promise<void> {
  await halfOpen();
  await closeUnanswered();
  await restart();
  const memory = new ScriptedServer();
  await stormAndStages(() => ({ transport: memory.transport() }), memory);
  await memory.close();
  const ws = new ScriptedServer();
  const url = await ws.listen();
  await stormAndStages(() => ({ url }), ws);
  await ws.close();
  await goneForGood();
  await unreachable();
  await forgottenClient();
  process.stdout.write("scenario done\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
