// Test support for the helper suites: a reference server and authorized clients over the
// in-memory transport (or a real WebSocket), all closed after each test.
import { fromBinary } from "@bufbuild/protobuf";
import { afterEach, expect } from "vitest";
import { ClientMessageSchema } from "../../../gen/osmium/client/core_pb.js";
import { type OsmiumClient as Client, OsmiumClient, type OsmiumClientOptions, type Transport } from "../../../src/index.js";
import { type TestServer, type TestServerOptions, createTestServer } from "../../../src/testing/index.js";

const servers: TestServer[] = [];
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  for (const server of servers.splice(0)) await server.close();
});

/** A reference server, closed after the test. */
export function startServer(options?: TestServerOptions): TestServer {
  const server = createTestServer(options);
  servers.push(server);
  return server;
}

/** A user created on `server` with a connected client (in memory unless `transport`/`url` is given). */
export async function connectUser(server: TestServer, name: string, options: Partial<OsmiumClientOptions> = {}) {
  const created = await server.createUser({ name });
  const client = new OsmiumClient({ transport: server.transport(), reconnect: false, ...options, token: created.token });
  clients.push(client);
  await client.connect();
  return { client, id: created.user.id, user: created.user, token: created.token };
}

/** The `ClientMessage` case and value an encoded frame carries. */
export function decodeRequest(frame: Uint8Array): ReturnType<typeof fromBinary<typeof ClientMessageSchema>>["message"] {
  return fromBinary(ClientMessageSchema, frame).message;
}

/**
 * Wraps a transport so that client frames for which `drop` returns true never reach the server
 * (a lost request: the call times out). Fault injection without touching the SDK's modules.
 */
export function droppingTransport(inner: Transport, drop: (frame: Uint8Array) => boolean): Transport {
  return {
    open(listener) {
      const connection = inner.open(listener);
      return {
        send: (frame) => {
          if (!drop(frame)) connection.send(frame);
        },
        close: (code, reason) => connection.close(code, reason),
      };
    },
  };
}

/** Deterministic bytes: `n` bytes from a seed, different for every offset. */
export function patternBytes(n: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Asserts two byte arrays are identical (vitest's `toEqual` walks typed arrays element by element: far too slow for MiBs). */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual).toBeInstanceOf(Uint8Array);
  expect(actual.byteLength).toBe(expected.byteLength);
  const view = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  expect(Buffer.compare(view(actual), view(expected)), "the bytes differ").toBe(0);
}
