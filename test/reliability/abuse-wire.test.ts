// Security: the reference server's wire under a hostile client, over real sockets on loopback (and
// in memory where the rule is not about sockets): an oversized frame is refused from its header, a
// client that stops reading is disconnected before its unsent data grows past a bound, a socket that
// never initializes is closed, and a request case the server does not know is an error, not a
// keepalive. Each time, the server keeps serving everyone else.
import { afterEach, describe, expect, it } from "vitest";
import { ClientMessageSchema, type RPCResult } from "../../gen/osmium/client/core_pb.js";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { type CloseInfo, OsmiumClient } from "../../src/index.js";
import { createTestServer, type TestServer, type TestServerOptions } from "../../src/testing/index.js";
import { RawConnection } from "./support/raw-connection.js";
import { RawSocket } from "./support/raw-socket.js";

let server: TestServer | undefined;
const closables: { close(): unknown }[] = [];
afterEach(async () => {
  for (const c of closables.splice(0)) await c.close();
  await server?.close();
  server = undefined;
});

async function listening(options: TestServerOptions = {}): Promise<{ server: TestServer; url: string }> {
  server = createTestServer(options);
  return { server, url: await server.listen({ port: 0 }) };
}

async function socket(url: string): Promise<RawSocket> {
  const raw = await RawSocket.open(url);
  closables.push(raw);
  return raw;
}

/** A client on its own connection, to show the server still serves others. */
async function bystander(s: TestServer, url: string): Promise<OsmiumClient> {
  const { token } = await s.createUser({ name: "Bystander" });
  const client = new OsmiumClient({ url, token, reconnect: false, keepalive: false });
  closables.push(client);
  await client.connect();
  return client;
}

const initialize = { case: "coreInitialize", value: { clientId: 1, deviceType: "test", deviceVersion: "1" } } as const;

const errorOf = (result: RPCResult | undefined) => (result?.result.case === "error" ? { code: result.result.value.errorCode, message: result.result.value.errorMessage } : result?.result.case);

describe("a request case the server does not know", () => {
  // 08 4D: id 77. C2 0C 00: field 200, length-delimited, empty. Field 200 is no ClientMessage case.
  const unknownCase = new Uint8Array([0x08, 0x4d, 0xc2, 0x0c, 0x00]);
  // 08 4E: id 78 and nothing else: the keepalive.
  const keepalive = new Uint8Array([0x08, 0x4e]);
  const refused = { code: 400, message: "unknown request case: field 200 of ClientMessage is not a call this server knows" };

  it("is answered 400 naming the field, in memory; only a truly empty ClientMessage is a keepalive", async () => {
    server = createTestServer();
    const raw = await RawConnection.open(server.transport());
    closables.push(raw);
    await raw.call(1, initialize);
    raw.send(unknownCase);
    expect(errorOf(await raw.next((r) => r.reqId === 77))).toEqual(refused);
    raw.send(keepalive);
    const answer = await raw.next((r) => r.reqId === 78);
    expect(answer?.result.case).toBeUndefined();
    expect(ClientMessageSchema.oneofs[0]!.fields.some((f) => f.number === 200)).toBe(false);
  });

  it("is answered 400 naming the field over a socket, before initialize too; the socket stays open", async () => {
    const { url } = await listening();
    const raw = await socket(url);
    raw.send(unknownCase);
    expect(errorOf(await raw.next((r) => r.reqId === 77))).toEqual(refused);
    raw.send(keepalive);
    expect((await raw.next((r) => r.reqId === 78))?.result.case).toBeUndefined();
    expect(errorOf(await raw.call(2, initialize))).toBe("initialized");
  });
});

describe("an oversized frame", () => {
  it("is refused with 1009 from its header alone: the server does not wait for (or buffer) the payload", async () => {
    const { server: s, url } = await listening({ limits: { frameBytes: 1024 } });
    const raw = await socket(url);
    await raw.call(1, initialize);
    // A masked binary frame announcing 64 MiB (FIN + opcode 2; 127 = 64-bit length; 4 mask bytes), and
    // not one byte of payload: only a server that refuses by the header can answer at all.
    const header = new Uint8Array([0x82, 0xff, 0, 0, 0, 0, 0x04, 0, 0, 0, 1, 2, 3, 4]);
    raw.writeRaw(header);
    expect((await raw.closed).code).toBe(1009);
    const other = await bystander(s, url);
    expect((await other.billing.getProducts({})).products.map((p) => p.plan)).toEqual(["premium"]);
  });
});

describe("the client, facing an oversized server frame", () => {
  it("refuses it with 1009 from its header alone (Node, `ws`): it does not wait for (or buffer) the payload", async () => {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    closables.push({
      close: () =>
        new Promise<void>((resolve) => {
          for (const ws of wss.clients) ws.terminate();
          wss.close(() => resolve());
        }),
    });
    await new Promise<void>((resolve) => wss.once("listening", resolve));
    // An unmasked binary frame announcing 64 MiB (127 = 64-bit length), and not one byte of payload.
    const peerSaw = new Promise<number>((resolve) =>
      wss.on("connection", (ws) => {
        ws.on("close", (code) => resolve(code));
        (ws as unknown as { _socket: { write(b: Uint8Array): void } })._socket.write(new Uint8Array([0x82, 0x7f, 0, 0, 0, 0, 0x04, 0, 0, 0]));
      }),
    );
    const client = new OsmiumClient({ url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, maxFrameBytes: 1024, reconnect: false, keepalive: false });
    closables.push(client);
    const closed = new Promise<CloseInfo>((resolve) => client.once("close", resolve));
    client.connect().catch(() => {}); // it fails with the close below
    expect(await closed).toEqual({ code: 1009, reason: "a server frame exceeds the limit of 1024 bytes (maxFrameBytes)", wasClean: false, willReconnect: false });
    expect(await peerSaw).toBe(1009); // the close frame the client sent
  });
});

describe("a client that stops reading", () => {
  it("is closed with 4003 once its unsent data passes limits.sendBufferBytes; the server keeps serving others", async () => {
    const lines: string[] = [];
    const { server: s, url } = await listening({ limits: { sendBufferBytes: 1024 * 1024 }, log: (line) => lines.push(line) });
    const { token } = await s.createUser({ name: "Slow" });
    const raw = await socket(url);
    await raw.call(1, initialize);
    await raw.call(2, { case: "authAuthorize", value: { token } });
    const part = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => i % 251);
    await raw.call(3, { case: "mediaUploadFilePart", value: { uploadId: 9n, part: 0, data: part } });
    const self = { ref: { case: "self" as const, value: {} } };
    const file = { id: 9n, name: "big.bin", partCount: 1 };
    await raw.call(4, { case: "messagesSendMessage", value: { chatRef: self, message: "", media: [{ ref: { case: "uploaded", value: { file, mimetype: "application/octet-stream" } } }] } });
    const history = await raw.call(5, { case: "messagesGetHistory", value: { chatRef: self } });
    const media = history?.result.case === "messages" ? history.result.value.messages[0]?.media[0]?.media : undefined;
    const fileId = media?.case === "file" ? media.value.file?.fileId : undefined;
    expect(fileId).toBeDefined();

    raw.pause();
    // 64 reads of 1 MiB: far more than loopback's socket buffers and the 1 MiB bound together hold.
    const reads = 64;
    for (let i = 0; i < reads; i++) {
      raw.request(100 + i, { case: "mediaDownloadFilePart", value: { fileRef: { ref: { case: "mediaFile", value: { fileId: fileId ?? 0n } } }, offset: 0n, length: part.byteLength } });
    }
    const closedLine = () => lines.find((l) => / closed 4003 /.test(l));
    // Bounded wait (at most 20 s) for the server's own account of the close.
    for (let tries = 0; tries < 400 && !closedLine(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closedLine()).toMatch(/^\d+ closed 4003 \d+ bytes unsent exceed the limit of 1048576: the client is not reading$/);

    const other = await bystander(s, url);
    expect((await other.billing.getProducts({})).products.map((p) => p.plan)).toEqual(["premium"]);

    raw.resume();
    const closed = await raw.closed;
    expect(closed.code).toBe(4003);
    expect(closed.reason).toMatch(/^\d+ bytes unsent exceed the limit of 1048576: the client is not reading$/);
    const served = raw.results.filter((r) => r.reqId >= 100).length;
    expect(served).toBeLessThan(reads);
  });
});

describe("a connection that never initializes", () => {
  it.each(["memory", "socket"] as const)("is closed with 4002 after limits.handshakeTimeoutMs, keepalives or not (%s); initialized ones stay", async (endpoint) => {
    // 500 ms: long enough for the initialized connection to send its initialize on a loaded machine.
    const { server: s, url } = await listening({ limits: { handshakeTimeoutMs: 500 } });
    const open = endpoint === "memory" ? async () => {
      const raw = await RawConnection.open(s.transport());
      closables.push(raw);
      return { raw, closed: async () => { await raw.next(() => false); return raw.closed; } };
    } : async () => {
      const raw = await socket(url);
      return { raw, closed: () => raw.closed };
    };
    const initialized = await open();
    await initialized.raw.call(1, initialize);
    const silent = await open();
    const chatty = await open();
    // Keepalives are answered, but they are no handshake.
    expect((await chatty.raw.call(1, undefined))?.result.case).toBeUndefined();
    for (const idle of [silent, chatty]) {
      expect(await idle.closed()).toMatchObject({ code: 4002, reason: "no core.initialize within 500 ms" });
    }
    expect((await initialized.raw.call(2, { case: "billingGetProducts", value: {} }))?.result.case).toBe("products");
  });
});
