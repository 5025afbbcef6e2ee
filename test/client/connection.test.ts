import { fromBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { ConnectionClosedError, OsmiumClient, type OsmiumError, RpcError } from "../../src/index.js";
import { GOOD_TOKEN, SESSION_ID, ScriptedServer, USER } from "./support/scripted-server.js";
import { nextEvent, record, settle, transportKinds, until, useHarness } from "./support/harness.js";

const chatRef = { ref: { case: "self" as const, value: {} } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(transportKinds)("connection over %s", (kind) => {
  const h = useHarness(kind);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("initializes, authorizes, and resolves connect() with the ready info", async () => {
    const client = h.client({ token: GOOD_TOKEN, clientId: 3, deviceType: "bot", deviceVersion: "linux", appVersion: "1.2.3" });
    const events = record(client, ["state", "open", "ready"]);
    const info = await client.connect();
    expect(info.initialized.vapidPublicKey).toBe("vapid-key");
    expect(info.user).toMatchObject({ id: USER.id, name: USER.name });
    expect(info.sessionId).toBe(SESSION_ID);
    expect(client.readyInfo).toBe(info);
    expect(client.state).toBe("ready");
    expect(events).toEqual([
      ["state", { from: "idle", to: "connecting" }],
      ["open", { attempt: 0 }],
      ["state", { from: "connecting", to: "handshaking" }],
      ["state", { from: "handshaking", to: "ready" }],
      ["ready", info],
    ]);
    const [init, auth] = h.server.last.requests;
    expect(init?.message).toMatchObject({ case: "coreInitialize", value: { clientId: 3, deviceType: "bot", deviceVersion: "linux", appVersion: "1.2.3", noSubscribe: false } });
    expect(auth?.message).toMatchObject({ case: "authAuthorize", value: { token: GOOD_TOKEN } });
    expect([init?.id, auth?.id]).toEqual([1, 2]);
  });

  it("skips authorize without a token and shares one connect() between callers", async () => {
    const client = h.client({ noSubscribe: true });
    const [a, b] = await Promise.all([client.connect(), client.connect()]);
    expect(a).toBe(b);
    expect(a.user).toBeUndefined();
    expect(a.sessionId).toBeUndefined();
    expect(await client.connect()).toBe(a);
    expect(h.server.connections).toHaveLength(1);
    expect(h.server.last.requests.map((r) => r.message.case)).toEqual(["coreInitialize"]);
    expect(h.server.last.requests[0]?.message.value).toMatchObject({ noSubscribe: true });
  });

  it("treats a refused token as fatal: no reconnect loop, and a new token works", async () => {
    const client = h.client({ token: "expired" });
    const events = record(client, ["authFailed", "error", "state", "close", "reconnecting"]);
    const outcome = await settle(client.connect());
    const error = "error" in outcome ? outcome.error : undefined;
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ errorCode: 401, errorMessage: "invalid token", method: "auth.authorize", message: "auth.authorize failed: 401 invalid token" });
    await until(() => events.some(([name]) => name === "close"));
    expect(events.filter(([name]) => name !== "state").map(([name]) => name)).toEqual(["authFailed", "error", "close"]);
    expect(events.find(([name]) => name === "authFailed")?.[1]).toBe(error);
    expect(events.filter(([name]) => name === "state").at(-1)?.[1]).toEqual({ from: "handshaking", to: "closed" });
    expect(events.find(([name]) => name === "close")?.[1]).toMatchObject({ willReconnect: false });
    expect(client.state).toBe("closed");
    await sleep(40);
    expect(h.server.connections).toHaveLength(1);

    client.setToken(GOOD_TOKEN);
    const info = await client.connect();
    expect(info.user?.id).toBe(USER.id);
    expect(h.server.connections).toHaveLength(2);
  });

  it("rejects every pending call when the server drops, then reconnects, re-initializes, re-authorizes and serves later calls", async () => {
    h.server.on("messagesSendMessage", (req, conn) => {
      if (conn === h.server.connections[0]) return undefined; // the first connection never answers
      return { result: { case: "sentMessage", value: { messageId: BigInt(req.id) } } };
    });
    const client = h.client({ token: GOOD_TOKEN });
    await client.connect();
    const events = record(client, ["close", "reconnecting", "open", "ready", "resync"]);
    const pending = [1, 2, 3].map(() => settle(client.messages.sendMessage({ chatRef })));
    await until(() => h.server.requestsOf("messagesSendMessage").length === 3);
    h.server.last.kill();
    for (const outcome of await Promise.all(pending)) {
      expect("error" in outcome && outcome.error).toBeInstanceOf(ConnectionClosedError);
      expect("error" in outcome && outcome.error).toMatchObject({
        code: "connection_closed",
        method: "messages.sendMessage",
        message: "messages.sendMessage got no result: the connection closed (1006)",
      });
    }
    await nextEvent(client, "ready");
    expect(events.map(([name]) => name)).toEqual(["close", "reconnecting", "open", "ready", "resync"]);
    expect(events[0]?.[1]).toEqual({ code: 1006, reason: "", wasClean: false, willReconnect: true });
    const reconnecting = events[1]?.[1] as { attempt: number; delayMs: number };
    expect(reconnecting.attempt).toBe(1);
    expect(reconnecting.delayMs).toBeGreaterThanOrEqual(0);
    expect(reconnecting.delayMs).toBeLessThan(5);
    expect(events[2]?.[1]).toEqual({ attempt: 1 });
    expect(events[4]?.[1]).toMatchObject({ attempts: 1 });
    expect(h.server.connections).toHaveLength(2);
    expect(h.server.last.requests.map((r) => r.message.case)).toEqual(["coreInitialize", "authAuthorize"]);
    expect(h.server.last.requests[1]?.message.value).toMatchObject({ token: GOOD_TOKEN });
    const sent = await client.messages.sendMessage({ chatRef });
    // Request ids restart per connection: 1 and 2 went to the handshake.
    expect(sent.messageId).toBe(3n);
  });

  it("waits out the backoff exponentially and close() during it stops everything", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const client = h.client({ reconnect: { initialDelayMs: 10, maxDelayMs: 10_000 } });
    await client.connect();
    h.server.onConnect = (conn) => conn.kill();
    const delays: number[] = [];
    client.on("reconnecting", ({ attempt, delayMs }) => delays.push(attempt * 100_000 + delayMs));
    h.server.last.kill();
    await until(() => delays.length === 4, 5_000);
    // Full jitter draws from [0, min(max, initial * 2^(n-1))); with random() = 0.999 that is just under the ceiling.
    expect(delays).toEqual([100_009, 200_019, 300_039, 400_079]);
    await client.close();
    expect(client.state).toBe("closed");
    const connections = h.server.connections.length;
    await sleep(120);
    expect(h.server.connections).toHaveLength(connections);
  });

  it("close() during a long backoff resolves at once and never reconnects", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const client = h.client({ reconnect: { initialDelayMs: 60_000 } });
    await client.connect();
    const reconnecting = nextEvent(client, "reconnecting");
    h.server.last.kill();
    expect(await reconnecting).toEqual({ attempt: 1, delayMs: 15_000 }); // 0.5 × min(maxDelayMs 30 000, 60 000)
    const queued = settle(client.messages.sendMessage({ chatRef }));
    const events = record(client, ["state", "close"]);
    await client.close();
    await client.close(); // idempotent
    expect(events).toEqual([["state", { from: "reconnecting", to: "closed" }]]);
    const outcome = await queued;
    expect("error" in outcome && outcome.error).toMatchObject({ code: "connection_closed", message: "messages.sendMessage did not complete: the client was closed" });
    expect(h.server.connections).toHaveLength(1);
  });

  it("queues calls made while reconnecting and sends them once ready", async () => {
    h.server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 9n } } }));
    const client = h.client({ token: GOOD_TOKEN });
    await client.connect();
    const reconnecting = nextEvent(client, "reconnecting");
    h.server.last.kill();
    await reconnecting;
    expect(client.state).toBe("reconnecting");
    const sent = await client.messages.sendMessage({ chatRef });
    expect(sent.messageId).toBe(9n);
    expect(h.server.last.requests.map((r) => r.message.case)).toEqual(["coreInitialize", "authAuthorize", "messagesSendMessage"]);
  });

  it("fails fast while not ready when failFast is on, and bounds the queue otherwise", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.99);
    const fast = h.client({ failFast: true, reconnect: { initialDelayMs: 10_000 } });
    const bounded = h.client({ maxQueuedCalls: 1, reconnect: { initialDelayMs: 10_000 } });
    await Promise.all([fast.connect(), bounded.connect()]);
    const both = Promise.all([nextEvent(fast, "reconnecting"), nextEvent(bounded, "reconnecting")]);
    for (const conn of h.server.connections) conn.kill();
    await both;
    await expect(fast.messages.sendMessage({ chatRef })).rejects.toMatchObject({
      code: "connection_closed",
      message: "messages.sendMessage was not sent: the connection is reconnecting and failFast is on",
    });
    const first = settle(bounded.messages.sendMessage({ chatRef }));
    await expect(bounded.messages.sendMessage({ chatRef })).rejects.toMatchObject({
      code: "connection_closed",
      message: "messages.sendMessage was not sent: 1 calls already wait for the connection (maxQueuedCalls)",
    });
    await bounded.close();
    expect(await first).toMatchObject({ error: { code: "connection_closed" } });
  });

  it("with reconnect off, an unexpected close ends the client; connect() works again", async () => {
    const client = h.client({ reconnect: false });
    await client.connect();
    const events = record(client, ["close", "error", "state"]);
    h.server.last.kill();
    await until(() => client.state === "closed");
    expect(events.map(([name]) => name)).toEqual(["close", "error", "state"]);
    expect(events[1]?.[1]).toMatchObject({ code: "connection_closed", message: "the connection closed (1006) and reconnect is off" });
    await client.connect();
    expect(client.state).toBe("ready");
  });

  it("gives up after maxAttempts consecutive failed reconnects", async () => {
    const client = h.client({ reconnect: { initialDelayMs: 1, maxAttempts: 2 } });
    await client.connect();
    h.server.onConnect = (conn) => conn.kill();
    const error = nextEvent(client, "error");
    h.server.last.kill();
    expect(await error).toMatchObject({ code: "connection_closed", message: "the connection closed (1006); gave up after 2 reconnect attempts" });
    expect(client.state).toBe("closed");
    expect(h.server.connections).toHaveLength(3);
  });

  it("adopts the token from auth.signIn for later reconnects", async () => {
    h.server.on("authSignIn", () => ({ result: { case: "authorization", value: { token: GOOD_TOKEN, user: USER, sessionId: 1n } } }));
    const client = h.client();
    await client.connect();
    const auth = await client.auth.signIn({ email: "ada@example.com", password: "hunter2" });
    expect(auth.token).toBe(GOOD_TOKEN);
    const ready = nextEvent(client, "ready");
    h.server.last.kill();
    expect((await ready).user?.id).toBe(USER.id);
    expect(h.server.last.requests[1]?.message).toMatchObject({ case: "authAuthorize", value: { token: GOOD_TOKEN } });
  });

  it("keeps a token set with setToken() while the handshake's authorize is in flight", async () => {
    const client = h.client({ token: GOOD_TOKEN });
    // The user signs out (no token) while the first connection is authorizing with the old one.
    h.server.on("authAuthorize", () => {
      client.setToken(undefined);
      return { result: { case: "authorization", value: { token: GOOD_TOKEN, user: USER, sessionId: SESSION_ID } } };
    });
    expect((await client.connect()).user?.id).toBe(USER.id);
    const ready = nextEvent(client, "ready");
    h.server.last.kill();
    expect((await ready).user).toBeUndefined();
    expect(h.server.last.requests.map((r) => r.message.case)).toEqual(["coreInitialize"]);
  });

  it("reconnects when the handshake times out", async () => {
    let silent = true;
    h.server.on("coreInitialize", () => (silent ? undefined : { result: { case: "initialized", value: {} } }));
    const client = h.client({ requestTimeoutMs: 30 });
    const close = nextEvent(client, "close");
    const connecting = client.connect();
    expect(await close).toEqual({ code: 1006, reason: "handshake failed: core.initialize timed out after 30 ms", wasClean: false, willReconnect: true });
    silent = false;
    await connecting;
    expect(h.server.connections.length).toBeGreaterThanOrEqual(2);
  });

  it("bounds the handshake by connectTimeoutMs when requestTimeoutMs is Infinity", async () => {
    h.server.on("coreInitialize", () => undefined);
    const client = h.client({ requestTimeoutMs: Number.POSITIVE_INFINITY, connectTimeoutMs: 30, reconnect: false });
    const close = nextEvent(client, "close");
    const outcome = await settle(client.connect());
    expect(await close).toEqual({ code: 1006, reason: "handshake failed: core.initialize timed out after 30 ms", wasClean: false, willReconnect: false });
    expect(outcome).toMatchObject({ error: { code: "connection_closed", message: "the connection closed (1006 handshake failed: core.initialize timed out after 30 ms) and reconnect is off" } });
  });

  it("lists the state transitions of a reconnect", async () => {
    const client = h.client();
    const states = record(client, ["state"]);
    await client.connect();
    const ready = nextEvent(client, "ready");
    h.server.last.kill();
    await ready;
    await client.close();
    expect(states.map(([, change]) => (change as { to: string }).to)).toEqual([
      "connecting",
      "handshaking",
      "ready",
      "reconnecting",
      "connecting",
      "handshaking",
      "ready",
      "closed",
    ]);
  });
});

describe("connection edge cases (custom transports)", () => {
  it("keeps queued calls for the next connection when the transport dies inside send()", async () => {
    const server = new ScriptedServer();
    server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 1n } } }));
    const inner = server.transport();
    let sabotage = false;
    const client = new OsmiumClient({
      transport: {
        open(listener) {
          const conn = inner.open(listener);
          return {
            send(frame) {
              // The first queued call hits a transport that reports its close synchronously.
              if (sabotage && fromBinary(ClientMessageSchema, frame).message.case === "messagesSendMessage") {
                sabotage = false;
                conn.close(1006);
                listener.onClose({ code: 1006, reason: "died in send", wasClean: false });
                return;
              }
              conn.send(frame);
            },
            close: (code, reason) => conn.close(code, reason),
          };
        },
      },
      keepalive: false,
      reconnect: { initialDelayMs: 1 },
    });
    await client.connect();
    const reconnecting = nextEvent(client, "reconnecting");
    server.last.kill();
    await reconnecting;
    sabotage = true;
    const calls = [client.messages.sendMessage({ chatRef }), client.messages.sendMessage({ chatRef })];
    const [first, second] = await Promise.all(calls.map((c) => settle(c)));
    // The call being written when the link died was in flight: it fails. The one behind it waits and succeeds.
    expect(first).toMatchObject({ error: { code: "connection_closed", message: "messages.sendMessage got no result: the connection closed (1006 died in send)" } });
    expect(second).toMatchObject({ value: { messageId: 1n } });
    expect(client.state).toBe("ready");
    await client.close();
    await server.close();
  });

  it("treats a transport whose send() throws as a lost connection: the call fails with ConnectionClosedError, queued calls go out on the next one", async () => {
    const server = new ScriptedServer();
    server.on("messagesSendMessage", () => ({ result: { case: "sentMessage", value: { messageId: 1n } } }));
    const inner = server.transport();
    let sabotage = 0;
    const client = new OsmiumClient({
      transport: {
        open(listener) {
          const conn = inner.open(listener);
          return {
            send(frame) {
              if (sabotage > 0 && fromBinary(ClientMessageSchema, frame).message.case === "messagesSendMessage") {
                sabotage--;
                throw new Error("socket is gone");
              }
              conn.send(frame);
            },
            close: (code, reason) => conn.close(code, reason),
          };
        },
      },
      keepalive: false,
      reconnect: { initialDelayMs: 1 },
    });
    const errors = record(client, ["error"]);
    await client.connect();
    // While ready: the call being written fails, and the client reconnects.
    sabotage = 1;
    let reconnecting = nextEvent(client, "reconnecting");
    expect(await settle(client.messages.sendMessage({ chatRef }))).toMatchObject({
      error: { code: "connection_closed", message: "messages.sendMessage got no result: the connection closed (1006 send failed: socket is gone)" },
    });
    await reconnecting;
    // While flushing the reconnect queue: the first queued call fails, the one behind it waits and succeeds.
    await client.connect();
    reconnecting = nextEvent(client, "reconnecting");
    server.last.kill();
    await reconnecting;
    sabotage = 1;
    const [first, second] = await Promise.all([client.messages.sendMessage({ chatRef }), client.messages.sendMessage({ chatRef })].map((c) => settle(c)));
    expect(first).toMatchObject({ error: { code: "connection_closed" } });
    expect(second).toMatchObject({ value: { messageId: 1n } });
    expect(errors.map(([, e]) => [(e as OsmiumError).code, (e as Error).message])).toEqual([
      ["transport_error", "transport send failed: socket is gone"],
      ["transport_error", "transport send failed: socket is gone"],
    ]);
    await client.close();
    await server.close();
  });

  it("drops a transport that never opens after connectTimeoutMs", async () => {
    let closes = 0;
    const client = new OsmiumClient({
      transport: { open: () => ({ send() {}, close() { closes++; } }) },
      connectTimeoutMs: 20,
      reconnect: false,
    });
    const close = nextEvent(client, "close");
    const outcome = await settle(client.connect());
    expect(await close).toEqual({ code: 1006, reason: "connect timeout", wasClean: false, willReconnect: false });
    expect(outcome).toMatchObject({ error: { code: "connect_failed", message: "could not connect to the transport: no answer within 20 ms (connectTimeoutMs)" } });
    expect(closes).toBe(1);
    await client.close();
  });

  it("reports a transport that throws on open as an error, then retries", async () => {
    let opens = 0;
    const client = new OsmiumClient({
      transport: {
        open: () => {
          opens++;
          throw new Error("no sockets here");
        },
      },
      reconnect: { initialDelayMs: 1, maxAttempts: 1 },
      retryFirstConnect: true,
    });
    const errors = record(client, ["error"]);
    await expect(client.connect()).rejects.toMatchObject({ code: "connection_closed" });
    expect(opens).toBe(2);
    expect(errors.map(([, e]) => (e as Error).message)).toEqual([
      "transport failed to open: no sockets here",
      "transport failed to open: no sockets here",
      "the connection closed (1006 transport failed to open); gave up after 1 reconnect attempts",
    ]);
    await client.close();
  });
});
