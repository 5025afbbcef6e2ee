// Fault matrix, part 6b: why the first connect() failed, told precisely over real sockets on loopback.
// A server refusing the WebSocket upgrade is named by its HTTP status (an UpgradeRefusedError cause,
// the status in the ConnectError's message); a certificate the client does not trust surfaces as
// Node's TLS error; a host name that does not resolve as Node's ENOTFOUND. Each time the calls
// waiting on the connect fail once with the same cause, and nothing retries unless asked to.
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { ConnectError, ConnectionClosedError, UpgradeRefusedError, type WebSocketConstructor } from "../../src/index.js";
import { firstConnect, watch } from "./support/first-connect.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { refusingUpgrade, selfSignedWss } from "./support/refusing-servers.js";
import { useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

describe("the first connect() says why it failed", () => {
  it.each([401, 403, 404, 503])("an upgrade refused with HTTP %i: the status is in the message and in the cause; no retry", async (status) => {
    const server = world.own(await refusingUpgrade(status));
    const ledger = new CallLedger();
    const client = world.client({ url: server.url, interceptors: [ledger.interceptor] });
    const { events, errors } = watch(client);
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({
      code: "connect_failed",
      url: server.url,
      message: `could not connect to ${server.url}: the server refused the WebSocket upgrade with HTTP ${status}`,
    });
    const cause = (error as ConnectError).cause;
    expect(cause).toBeInstanceOf(UpgradeRefusedError);
    expect(cause).toMatchObject({ code: "transport_error", status, message: `the server refused the WebSocket upgrade with HTTP ${status}` });
    expect((cause as Error).cause).toMatchObject({ message: `Unexpected server response: ${status}` });
    expect(codesOf([call])).toEqual(["connection_closed"]);
    expect(!call.ok && (call.error as Error).cause).toBe(cause);
    expect(events).toEqual(["state:connecting", "close", "state:closed"]);
    expect(errors.map((e) => e.code)).toEqual(["transport_error", "connect_failed"]);
    expect(errors[0]).toBe(cause);
    ledger.expectAllSettledOnce();
  });

  it("retryFirstConnect with maxAttempts against a server refusing with 503: gave up carries the UpgradeRefusedError", async () => {
    const server = world.own(await refusingUpgrade(503));
    const ledger = new CallLedger();
    const client = world.client({
      url: server.url,
      retryFirstConnect: true,
      reconnect: { initialDelayMs: 1, maxDelayMs: 5, maxAttempts: 2 },
      interceptors: [ledger.interceptor],
    });
    const { events } = watch(client);
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect(error).toMatchObject({ message: "the connection closed (1006); gave up after 2 reconnect attempts" });
    expect((error as Error).cause).toBeInstanceOf(UpgradeRefusedError);
    expect((error as Error).cause).toMatchObject({ status: 503 });
    expect(!call.ok && (call.error as Error).cause).toBe((error as Error).cause);
    expect(events.filter((e) => e === "reconnecting")).toHaveLength(2);
    expect(client.state).toBe("closed");
    ledger.expectAllSettledOnce();
  });

  it("a wss:// server with a self-signed certificate: ConnectError naming the URL, cause Node's TLS error", async () => {
    const server = world.own(await selfSignedWss());
    const ledger = new CallLedger();
    const client = world.client({ url: server.url, interceptors: [ledger.interceptor] });
    const { events } = watch(client);
    const { error, call } = await firstConnect(client, ledger);
    expect(error).toBeInstanceOf(ConnectError);
    const cause = (error as ConnectError).cause as NodeJS.ErrnoException;
    expect(cause).toMatchObject({ code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate" });
    expect(error).toMatchObject({ code: "connect_failed", url: server.url, message: `could not connect to ${server.url}: self-signed certificate` });
    expect(!call.ok && (call.error as Error).cause).toBe(cause);
    expect(events).toEqual(["state:connecting", "close", "state:closed"]);
    ledger.expectAllSettledOnce();
  });

  it("a host name that does not resolve: cause Node's ENOTFOUND (the resolver is replaced, so nothing leaves loopback)", async () => {
    const lookups: string[] = [];
    // The real `ws` and Node's HTTP client; only the DNS answer is given, as a resolver without network gives it.
    class UnresolvableHostWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[], options?: WebSocket.ClientOptions) {
        super(url, protocols, {
          ...options,
          lookup: ((hostname: string, _options: unknown, callback: (error: NodeJS.ErrnoException) => void) => {
            lookups.push(hostname);
            callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", syscall: "getaddrinfo", hostname }));
          }) as never,
        });
      }
    }
    const url = "wss://chat.osmium.invalid:8443";
    const ledger = new CallLedger();
    const client = world.client({ url, WebSocket: UnresolvableHostWebSocket as unknown as WebSocketConstructor, interceptors: [ledger.interceptor] });
    const { error, call } = await firstConnect(client, ledger);
    expect(lookups).toEqual(["chat.osmium.invalid"]);
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).cause).toMatchObject({ code: "ENOTFOUND", hostname: "chat.osmium.invalid" });
    expect(error).toMatchObject({ url, message: `could not connect to ${url}: getaddrinfo ENOTFOUND chat.osmium.invalid` });
    expect(!call.ok && (call.error as Error).cause).toBe((error as ConnectError).cause);
    ledger.expectAllSettledOnce();
  });
});
