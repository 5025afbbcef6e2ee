import { describe, expect, it } from "vitest";
import { nextEvent, record, transportKinds, until, useHarness } from "./support/harness.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(transportKinds)("keepalive over %s", (kind) => {
  const h = useHarness(kind);

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

  it("treats a connection as dead when nothing arrives within timeoutMs of a ping, and reconnects", async () => {
    h.server.answerKeepalive = false;
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 15 } });
    await client.connect();
    const close = nextEvent(client, "close");
    expect(await close).toEqual({ code: 1006, reason: "keepalive timeout", wasClean: false, willReconnect: true });
    h.server.answerKeepalive = true;
    await nextEvent(client, "ready");
    expect(h.server.connections).toHaveLength(2);
  });

  it("counts any inbound frame as liveness", async () => {
    h.server.answerKeepalive = (_request, conn) => conn.push({ update: { case: "sessionDeleted", value: { sessionId: 1n } } });
    const client = h.client({ keepalive: { intervalMs: 20, timeoutMs: 60 } });
    const closes = record(client, ["close"]);
    await client.connect();
    await sleep(250);
    expect(closes).toEqual([]);
    expect(h.server.requestsOf(undefined).length).toBeGreaterThanOrEqual(3);
  });
});
