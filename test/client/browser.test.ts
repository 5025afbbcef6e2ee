import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nextEvent, transportKinds, until, useHarness } from "./support/harness.js";

// A stand-in for `window` and `document`: real EventTargets, with every listener counted.
class CountingTarget extends EventTarget {
  readonly listeners = new Map<string, number>();
  visibilityState = "visible";
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    this.listeners.set(type, (this.listeners.get(type) ?? 0) + 1);
    super.addEventListener(type, listener);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    this.listeners.set(type, (this.listeners.get(type) ?? 0) - 1);
    super.removeEventListener(type, listener);
  }
}

describe.each(transportKinds)("browser niceties over %s", (kind) => {
  const h = useHarness(kind);
  let win: CountingTarget;
  let doc: CountingTarget;

  beforeEach(() => {
    win = new CountingTarget();
    doc = new CountingTarget();
    vi.stubGlobal("addEventListener", win.addEventListener.bind(win));
    vi.stubGlobal("removeEventListener", win.removeEventListener.bind(win));
    vi.stubGlobal("document", doc);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("reconnects at once when the network comes back, instead of waiting out the backoff", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.99);
    const client = h.client({ reconnect: { initialDelayMs: 60_000 } });
    await client.connect();
    const reconnecting = nextEvent(client, "reconnecting");
    h.server.last.kill();
    expect((await reconnecting).delayMs).toBe(29_700);
    const ready = nextEvent(client, "ready");
    win.dispatchEvent(new Event("online"));
    await ready;
    expect(h.server.connections).toHaveLength(2);
  });

  it("checks the socket when the page becomes visible again", async () => {
    const client = h.client({ keepalive: { intervalMs: 60_000, timeoutMs: 5_000 } });
    // The probe is a WebSocket ping where `ws` can send one, an empty ClientMessage in memory.
    const probes = () => (kind === "websocket" ? h.server.last.pings : h.server.requestsOf(undefined).length);
    await client.connect();
    expect(probes()).toBe(0);
    doc.visibilityState = "hidden";
    doc.dispatchEvent(new Event("visibilitychange"));
    doc.visibilityState = "visible";
    doc.dispatchEvent(new Event("visibilitychange"));
    await until(() => probes() === 1);
    win.dispatchEvent(new Event("offline"));
    // A probe is already awaiting its answer or answered; either way the connection stays up.
    expect(client.state).toBe("ready");
  });

  it("removes every listener it added when closed, and reports device type web", async () => {
    const client = h.client();
    await client.connect();
    expect(Object.fromEntries(win.listeners)).toEqual({ online: 1, offline: 1 });
    expect(Object.fromEntries(doc.listeners)).toEqual({ visibilitychange: 1 });
    expect(h.server.last.requests[0]?.message.value).toMatchObject({ deviceType: "web" });
    await client.close();
    expect(Object.fromEntries(win.listeners)).toEqual({ online: 0, offline: 0 });
    expect(Object.fromEntries(doc.listeners)).toEqual({ visibilitychange: 0 });
  });

  it("keeps one set of listeners across reconnects", async () => {
    const client = h.client();
    await client.connect();
    const ready = nextEvent(client, "ready");
    h.server.last.kill();
    await ready;
    expect(Object.fromEntries(win.listeners)).toEqual({ online: 1, offline: 1 });
    await client.close();
    expect(Object.fromEntries(win.listeners)).toEqual({ online: 0, offline: 0 });
  });
});
