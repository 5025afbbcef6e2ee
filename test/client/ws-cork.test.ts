// src/transport/ws-cork.ts reaches into `ws`'s private `_socket`. These run it against a real `ws`
// connection over loopback: when a `ws` upgrade moves or renames that field, they fail here, by
// name, instead of write coalescing silently switching itself off.
import { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { corkableSocketOf } from "../../src/transport/ws-cork.js";

describe("corkableSocketOf over a real ws connection", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  async function openPair(): Promise<{ client: WebSocket; received: Buffer[] }> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    const received: Buffer[] = [];
    server.on("connection", (peer) => peer.on("message", (data: Buffer) => received.push(data)));
    cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const { port } = server.address() as { port: number };
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    cleanup.push(async () => {
      client.terminate();
    });
    expect(corkableSocketOf(client)).toBeUndefined();
    await new Promise<void>((resolve, reject) => {
      client.once("open", () => resolve());
      client.once("error", reject);
    });
    return { client, received };
  }

  it("finds ws's net.Socket once the connection is open", async () => {
    const { client } = await openPair();
    const raw = corkableSocketOf(client);
    expect(raw).toBeInstanceOf(Socket);
  });

  it("corks the socket that carries the frames: held while corked, delivered whole once uncorked", async () => {
    const { client, received } = await openPair();
    const raw = corkableSocketOf(client) as Socket;
    raw.cork();
    expect(raw.writableCorked).toBe(1);
    client.send(Uint8Array.of(1, 2));
    client.send(Uint8Array.of(3));
    expect(raw.writableLength).toBeGreaterThan(0);
    raw.uncork();
    expect(raw.writableCorked).toBe(0);
    for (let i = 0; i < 100 && received.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received.map((b) => [...b])).toEqual([[1, 2], [3]]);
  });

  it("finds nothing to cork on an object without ws's internals (a browser WebSocket)", () => {
    expect(corkableSocketOf({ send() {} })).toBeUndefined();
    expect(corkableSocketOf({ _socket: null })).toBeUndefined();
    expect(corkableSocketOf({ _socket: { cork: 1, uncork: () => undefined } })).toBeUndefined();
  });
});
