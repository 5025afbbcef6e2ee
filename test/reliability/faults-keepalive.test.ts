// Fault matrix, part 10: a server that never answers an empty ClientMessage (nothing documents that
// real servers do). The keepalive must never kill a healthy connection: over `ws` it sends WebSocket
// pings, which every RFC 6455 server answers; any inbound frame counts as life; where pings cannot
// be sent (browsers, the in-memory transport) an unanswered empty message proves death only when
// this server answered one before on the same connection.
import { describe, expect, it } from "vitest";
import type { CloseInfo, OsmiumClient } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

// The old keepalive closed such a connection at the first check; the timeout is generous so that a
// loaded machine's late pong is not read as death (a probe then follows each check at once).
const KEEPALIVE = { intervalMs: 20, timeoutMs: 250 };
const PROBES = 4;

/** Resolves once `predicate` holds (polled): for what the server counts, which no client event announces. */
async function until(predicate: () => boolean): Promise<void> {
  for (let waited = 0; !predicate(); waited += 5) {
    if (waited > 5_000) throw new Error("until: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function closesOf(client: OsmiumClient): CloseInfo[] {
  const closes: CloseInfo[] = [];
  client.on("close", (info) => closes.push(info));
  return closes;
}

describe.each(endpoints)("a server that ignores empty messages (%s)", (endpoint) => {
  async function setUp(answerKeepalive: ScriptedServer["answerKeepalive"]) {
    const server = world.own(new ScriptedServer({ answerKeepalive }));
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [] } } }));
    const reach = endpoint === "websocket" ? { url: await server.listen() } : { transport: server.transport() };
    const ledger = new CallLedger();
    const client = world.client({ ...reach, keepalive: KEEPALIVE, interceptors: [ledger.interceptor] });
    return { server, client, ledger };
  }

  // How many keepalive probes the server saw: pings over a socket, empty messages in memory.
  const probes = (server: ScriptedServer): number => (endpoint === "websocket" ? server.last.pings : server.requestsOf(undefined).length);

  it(`stays connected through ${PROBES} keepalive probes, and calls still work`, async () => {
    const { server, client, ledger } = await setUp(false);
    const closes = closesOf(client);
    await client.connect();
    await until(() => probes(server) >= PROBES);
    expect(closes).toEqual([]);
    expect(client.state).toBe("ready");
    expect(server.connections).toHaveLength(1);
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    // Over a socket the probes are pings: no empty ClientMessage is sent at all.
    if (endpoint === "websocket") expect(server.requestsOf(undefined)).toEqual([]);
    ledger.expectAllSettledOnce();
  });

  it("a server that answered an empty message and then goes silent is dropped (in memory); over a socket the pings decide", async () => {
    let answered = 0;
    const { server, client, ledger } = await setUp((request, conn) => {
      if (answered++ === 0) conn.reply(request.id, {});
    });
    const closes = closesOf(client);
    await client.connect();
    if (endpoint === "memory") {
      const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
      await closed;
      expect(closes[0]).toEqual({ code: 1006, reason: "keepalive timeout", wasClean: false, willReconnect: true });
      expect(answered).toBe(2);
    } else {
      await until(() => probes(server) >= PROBES);
      expect(closes).toEqual([]);
    }
    ledger.expectAllSettledOnce();
  });
});

describe("a socket whose peer stops answering pings", () => {
  it("is dropped by the keepalive and reconnected", async () => {
    const server = world.own(new ScriptedServer({ answerKeepalive: false }));
    const client = world.client({ url: await server.listen(), keepalive: { intervalMs: 20, timeoutMs: 15 } });
    await client.connect();
    const closed = new Promise<CloseInfo>((resolve) => client.once("close", resolve));
    server.answerPings = false;
    expect(await closed).toEqual({ code: 1006, reason: "keepalive timeout", wasClean: false, willReconnect: true });
    server.answerPings = true;
    await new Promise((resolve) => client.once("ready", resolve));
    expect(server.connections).toHaveLength(2);
  });
});
