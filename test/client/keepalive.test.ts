import { describe, expect, it } from "vitest";
import { nextEvent, record, transportKinds, until, useHarness } from "./support/harness.js";

describe.each(transportKinds)("keepalive over %s", (kind) => {
  const h = useHarness(kind);

  it("treats a connection as dead when nothing arrives within timeoutMs of a ping, and reconnects", async () => {
    // A server that answered an empty message once, then nothing; over a socket, a peer that stops answering pings.
    let answered = 0;
    h.server.answerKeepalive = (request, conn) => {
      if (answered++ === 0) conn.reply(request.id, {});
    };
    h.server.answerPings = false;
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 15 } });
    await client.connect();
    const close = nextEvent(client, "close");
    expect(await close).toEqual({ code: 1006, reason: "keepalive timeout", wasClean: false, willReconnect: true });
    h.server.answerKeepalive = true;
    h.server.answerPings = true;
    await nextEvent(client, "ready");
    expect(h.server.connections).toHaveLength(2);
  });

  it("counts any inbound frame as liveness", async () => {
    // The first probe is answered (so silence would count), later ones get an update instead; over a
    // socket, pings go unanswered and updates keep coming.
    let answered = 0;
    h.server.answerKeepalive = (request, conn) => {
      if (answered++ === 0) conn.reply(request.id, {});
      else conn.push({ update: { case: "sessionDeleted", value: { sessionId: 1n } } });
    };
    h.server.answerPings = false;
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 60 } });
    const closes = record(client, ["close"]);
    await client.connect();
    const pushing = setInterval(() => {
      if (kind === "websocket") h.server.last.push({ update: { case: "sessionDeleted", value: { sessionId: 1n } } });
    }, 10);
    // Three probes went out (and so two checks passed) on the one connection.
    await until(() => (kind === "websocket" ? h.server.last.pings : h.server.requestsOf(undefined).length) >= 3, 5_000);
    clearInterval(pushing);
    expect(closes).toEqual([]);
    expect(h.server.connections).toHaveLength(1);
  });
});

// Where the transport cannot ping (the in-memory one, browsers), the probe is an empty ClientMessage.
describe("keepalive without transport pings (memory)", () => {
  const h = useHarness("memory");

  it("sends an empty ClientMessage with a fresh id every intervalMs", async () => {
    // A generous timeout keeps a loaded machine from declaring the connection dead; pings then
    // follow each check at once (the interval has already elapsed).
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 60 } });
    const events = record(client, ["close", "unsolicitedResult", "error"]);
    await client.connect();
    await until(() => h.server.requestsOf(undefined).length >= 3);
    const pings = h.server.requestsOf(undefined);
    for (const ping of pings) {
      expect(ping.message).toEqual({ case: undefined });
      expect(ping.id).not.toBe(0);
    }
    expect(new Set(pings.map((p) => p.id)).size).toBe(pings.length);
    // No token: initialize took id 1, so the first ping is 2.
    expect(pings[0]?.id).toBe(2);
    expect(events).toEqual([]);
    expect(client.state).toBe("ready");
  });
});

describe("keepalive with transport pings (websocket)", () => {
  const h = useHarness("websocket");

  it("sends a WebSocket ping every intervalMs and no empty ClientMessage", async () => {
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 60 } });
    const events = record(client, ["close", "unsolicitedResult", "error"]);
    await client.connect();
    await until(() => h.server.last.pings >= 3);
    expect(h.server.requestsOf(undefined)).toEqual([]);
    expect(events).toEqual([]);
    expect(client.state).toBe("ready");
  });
});
