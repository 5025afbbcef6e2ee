import { describe, expect, it, vi } from "vitest";
import { nextEvent, settle, transportKinds, useHarness } from "./support/harness.js";

const chatRef = { ref: { case: "self" as const, value: {} } };

// Timers and sockets the process holds: what would keep it from exiting.
function handles(): { timers: number; sockets: number } {
  const resources = process.getActiveResourcesInfo();
  return { timers: resources.filter((r) => r === "Timeout").length, sockets: resources.filter((r) => r.startsWith("TCP")).length };
}

// Sockets are released a few event-loop turns after their close event; give them up to 500 ms.
// A leaked timer (keepalive: 10 s, backoff: 45 s, call timeout: 30 s) or socket still fails.
// Other suites' leftovers may vanish meanwhile, so the check is "nothing beyond the baseline".
async function expectBack(baseline: { timers: number; sockets: number }): Promise<void> {
  const back = (): boolean => handles().timers <= baseline.timers && handles().sockets <= baseline.sockets;
  const started = Date.now();
  while (Date.now() - started < 500 && !back()) await new Promise((resolve) => setImmediate(resolve));
  expect(handles().timers).toBeLessThanOrEqual(baseline.timers);
  expect(handles().sockets).toBeLessThanOrEqual(baseline.sockets);
}

async function quiet(): Promise<{ timers: number; sockets: number }> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  return handles();
}

describe.each(transportKinds)("no handles after close() over %s", (kind) => {
  const h = useHarness(kind);

  it("while ready, with keepalive and calls pending", async () => {
    const baseline = await quiet();
    h.server.on("messagesSendMessage", () => undefined);
    const client = h.client({ keepalive: { intervalMs: 10_000, timeoutMs: 5_000 } });
    await client.connect();
    const pending = [settle(client.messages.sendMessage({ chatRef })), settle(client.messages.sendMessage({ chatRef }, { timeoutMs: 60_000 }))];
    expect(handles().timers).toBeGreaterThan(baseline.timers);
    await client.close();
    for (const outcome of await Promise.all(pending)) expect(outcome).toMatchObject({ error: { code: "connection_closed" } });
    await expectBack(baseline);
  });

  it("while waiting out a reconnect backoff", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.9);
    const baseline = await quiet();
    const client = h.client({ reconnect: { initialDelayMs: 50_000 } });
    await client.connect();
    const reconnecting = nextEvent(client, "reconnecting");
    h.server.last.kill();
    await reconnecting;
    await client.close();
    await expectBack(baseline);
    vi.restoreAllMocks();
  });

  it("while the transport is still opening", async () => {
    const baseline = await quiet();
    const client = h.client();
    const connecting = settle(client.connect());
    await client.close();
    expect(await connecting).toMatchObject({ error: { code: "connection_closed", message: "connect() did not complete: the client was closed" } });
    await expectBack(baseline);
  });
});
