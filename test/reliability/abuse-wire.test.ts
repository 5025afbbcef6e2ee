// Security: the reference server's wire under a hostile client, over real sockets on loopback (and
// in memory where the rule is not about sockets): an oversized frame is refused from its header, a
// client that stops reading is disconnected before its unsent data grows past a bound, a socket that
// never initializes is closed, and a request case the server does not know is an error, not a
// keepalive. Each time, the server keeps serving everyone else.
import { afterEach, describe, expect, it } from "vitest";
import { ClientMessageSchema, type RPCResult } from "../../gen/osmium/client/core_pb.js";
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
