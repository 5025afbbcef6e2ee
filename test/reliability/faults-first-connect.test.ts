// Fault matrix, part 6: the first connect() cannot reach the server — a refused port, an HTTP server
// that refuses the upgrade, a host that never answers, an in-process server that is down. The first
// connect() rejects at once with a ConnectError naming where it tried and why (`cause`); calls
// made meanwhile fail once with the same cause; nothing retries unless `retryFirstConnect` asks
// for it, and then "gave up" carries the last cause.
import { describe, expect, it } from "vitest";
import { ConnectError, ConnectionClosedError } from "../../src/index.js";
import { firstConnect, watch } from "./support/first-connect.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { refusedUrl, refusingUpgrade, silentTcp } from "./support/refusing-servers.js";
import { SwitchableTransport, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

describe("the first connect() cannot reach the server", () => {
  it("a refused port: ConnectError naming the URL, cause ECONNREFUSED; the queued call fails with the same cause; no retry", async () => {
    const url = await refusedUrl();
    const ledger = new CallLedger();
    const client = world.client({ url, interceptors: [ledger.interceptor] });
    const { events, errors } = watch(client);
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeInstanceOf(ConnectError);
    const cause = (error as ConnectError).cause as NodeJS.ErrnoException;
    expect(cause).toMatchObject({ code: "ECONNREFUSED" });
    expect(error).toMatchObject({ code: "connect_failed", url, message: `could not connect to ${url}: ${cause.message}` });
    expect(codesOf([call])).toEqual(["connection_closed"]);
    const callError = !call.ok && (call.error as ConnectionClosedError);
    expect(callError).toMatchObject({ message: `billing.getProducts did not complete: could not connect to ${url}: ${cause.message}` });
    expect(callError && callError.cause).toBe(cause);
    expect(events).toEqual(["state:connecting", "close", "state:closed"]);
    expect(errors.map((e) => e.code)).toEqual(["transport_error", "connect_failed"]);
    expect(errors[1]).toBe(error);
    expect(client.state).toBe("closed");
    ledger.expectAllSettledOnce();
  });

  it("an HTTP server refusing the upgrade with 403: the message and the cause name the status", async () => {
    const server = world.own(await refusingUpgrade(403));
    const client = world.client({ url: server.url });
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({ url: server.url, message: `could not connect to ${server.url}: the server refused the WebSocket upgrade with HTTP 403` });
    expect((error as ConnectError).cause).toMatchObject({ status: 403, cause: { message: "Unexpected server response: 403" } });
  });

  it("a host that never answers: ConnectError after connectTimeoutMs, the socket is dropped", async () => {
    const server = world.own(await silentTcp());
    const client = world.client({ url: server.url, connectTimeoutMs: 50 });
    const { events } = watch(client);
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({ message: `could not connect to ${server.url}: no answer within 50 ms (connectTimeoutMs)` });
    expect((error as ConnectError).cause).toMatchObject({ code: "transport_error", message: "no answer within 50 ms (connectTimeoutMs)" });
    expect(events).toEqual(["state:connecting", "close", "state:closed"]);
  });

  it("in memory, a server that is down: ConnectError with the transport's error as cause", async () => {
    const up = world.server();
    const switchable = new SwitchableTransport(up);
    switchable.down();
    const ledger = new CallLedger();
    const client = world.client({ transport: switchable, interceptors: [ledger.interceptor] });
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toMatchObject({ code: "connect_failed", url: "the transport", message: "could not connect to the transport: connection refused" });
    expect((error as ConnectError).cause).toMatchObject({ message: "connection refused" });
    expect(!call.ok && (call.error as Error).cause).toBe((error as ConnectError).cause);
    ledger.expectAllSettledOnce();
  });

  it("retryFirstConnect: an app that starts offline keeps trying and connects once the server is up", async () => {
    const server = world.server();
    const switchable = new SwitchableTransport(server);
    switchable.down();
    const ledger = new CallLedger();
    const client = world.client({ transport: switchable, retryFirstConnect: true, interceptors: [ledger.interceptor] });
    const attempts: number[] = [];
    client.on("reconnecting", ({ attempt }) => {
      attempts.push(attempt);
      if (attempt === 3) switchable.up(server);
    });
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeUndefined();
    expect(attempts).toEqual([1, 2, 3]);
    expect(codesOf([call])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  });

  it("retryFirstConnect with maxAttempts: gave up after N attempts carries the last cause", async () => {
    const url = await refusedUrl();
    const ledger = new CallLedger();
    const client = world.client({ url, retryFirstConnect: true, reconnect: { initialDelayMs: 1, maxDelayMs: 5, maxAttempts: 3 }, interceptors: [ledger.interceptor] });
    const { events, errors } = watch(client);
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect(error).toMatchObject({ message: "the connection closed (1006); gave up after 3 reconnect attempts" });
    expect((error as Error).cause).toMatchObject({ code: "ECONNREFUSED" });
    expect(!call.ok && (call.error as Error).cause).toBe((error as Error).cause);
    expect(events.filter((e) => e === "reconnecting")).toHaveLength(3);
    expect(errors.at(-1)).toBe(error);
    ledger.expectAllSettledOnce();
  });

  it("after a failed first connect, connect() tries afresh and works once the server is up", async () => {
    const server = world.server();
    const switchable = new SwitchableTransport(server);
    switchable.down();
    const client = world.client({ transport: switchable });
    await expect(client.connect()).rejects.toBeInstanceOf(ConnectError);
    switchable.up(server);
    await expect(client.connect()).resolves.toMatchObject({ initialized: {} });
    expect(client.state).toBe("ready");
  });
});
