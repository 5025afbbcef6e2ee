import { create, fromBinary, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { afterEach, expect } from "vitest";
import { ClientMessageSchema, ServerMessageSchema } from "../../../gen/osmium/client/core_pb.js";
import type { Update } from "../../../gen/osmium/client/updates_pb.js";
import type { RequestInitOf, ResultOf } from "../../../src/protocol/method-types.js";
import { type RequestCase, rpcTable } from "../../../src/protocol/rpc-table.js";
import { createTestServer, type TestServer, type TestServerOptions } from "../../../src/testing/index.js";
import type { TransportConnection } from "../../../src/transport/transport.js";
import { OsmiumClient, RpcError } from "../../../src/index.js";

/** An update case name: "messageCreated", "communityMember", ... */
export type UpdateCase = NonNullable<Update["update"]["case"]>;
type UpdateValue<K extends UpdateCase> = Extract<Update["update"], { case: K }>["value"];

/** An RPC error as the peer reports it. */
export class PeerRpcError extends Error {
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** One connected session, as a test drives it. */
export interface Peer {
  call<C extends RequestCase>(request: C, value: RequestInitOf<C>): Promise<ResultOf<C>>;
  /** Every update received, in order. */
  readonly updates: Update[];
  /** The updates of one case received so far. */
  received<K extends UpdateCase>(kind: K): UpdateValue<K>[];
  /** Resolves once every frame the server sent before this call has arrived. */
  sync(): Promise<void>;
  /** Forgets the updates received so far. */
  clear(): void;
  close(): void;
}

const servers: TestServer[] = [];
const peers: Peer[] = [];

afterEach(async () => {
  for (const p of peers.splice(0)) p.close();
  for (const s of servers.splice(0)) await s.close();
});

/** A server closed after the test. */
export function startServer(options?: TestServerOptions): TestServer {
  const server = createTestServer(options);
  servers.push(server);
  return server;
}

/**
 * Connects an `OsmiumClient` over the server's in-memory transport (initialize, then authorize
 * with `token` when given). With `initialize: false`, a raw connection that has sent nothing yet.
 * Closed after the test.
 */
export async function connect(
  server: TestServer,
  options: { token?: string; noSubscribe?: boolean; initialize?: boolean } = {},
): Promise<Peer> {
  if (options.initialize === false) return rawConnect(server);
  const client = new OsmiumClient({
    transport: server.transport(),
    clientId: 1,
    deviceType: "test",
    noSubscribe: options.noSubscribe ?? false,
    reconnect: false,
    ...(options.token ? { token: options.token } : {}),
  });
  const updates: Update[] = [];
  client.on("update", (u) => updates.push(u));
  await client.connect();
  const peer: Peer = {
    call: (request, value) => client.call(request, value as never).catch(toPeerError) as never,
    updates,
    received: (kind) => updates.filter((u) => u.update.case === kind).map((u) => u.update.value) as never,
    // Any call is a barrier: the server serves a connection's frames in order, and pushes before answering.
    sync: async () => void (await client.call("billingGetProducts", {})),
    clear: () => void updates.splice(0),
    close: () => void client.close(),
  };
  peers.push(peer);
  return peer;
}

function toPeerError(e: unknown): never {
  throw e instanceof RpcError ? new PeerRpcError(e.errorCode, e.errorMessage) : e;
}

/** A connection without the client: for tests of what the server does before `core.initialize`. */
async function rawConnect(server: TestServer): Promise<Peer> {
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  const updates: Update[] = [];
  let nextId = 1;
  let connection: TransportConnection | undefined;
  await new Promise<void>((resolve, reject) => {
    connection = server.transport().open({
      onOpen: resolve,
      onFrame(frame) {
        const message = fromBinary(ServerMessageSchema, frame);
        if (message.message.case === "update") updates.push(message.message.value);
        if (message.message.case !== "result") return;
        const result = message.message.value;
        const entry = pending.get(result.reqId);
        pending.delete(result.reqId);
        if (result.result.case === "error") entry?.reject(new PeerRpcError(result.result.value.errorCode, result.result.value.errorMessage));
        else entry?.resolve(result.result.value);
      },
      onClose() {
        for (const p of pending.values()) p.reject(new Error("connection closed"));
        pending.clear();
      },
      onError: reject,
    });
  });
  const call = (message: MessageInitShape<typeof ClientMessageSchema>["message"]) => {
    const id = nextId++;
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      connection?.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, { id, ...(message ? { message } : {}) })));
    });
  };
  const peer: Peer = {
    call: (request, value) => call({ case: request, value } as never) as never,
    updates,
    received: (kind) => updates.filter((u) => u.update.case === kind).map((u) => u.update.value) as never,
    sync: async () => void (await call(undefined)),
    clear: () => void updates.splice(0),
    close: () => connection?.close(),
  };
  peers.push(peer);
  return peer;
}

/** Expects `promise` to reject with an RPC error of `code`, whose message matches `message` when given. */
export async function expectRpcError(promise: Promise<unknown>, code: number, message?: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the call should have failed").toBeInstanceOf(PeerRpcError);
  expect((error as PeerRpcError).errorCode).toBe(code);
  if (message) expect((error as PeerRpcError).message).toMatch(message);
}

/** A user created through the test API and connected. */
export async function user(server: TestServer, name: string, options: { username?: string } = {}) {
  const created = await server.createUser({ name, ...options });
  const peer = await connect(server, { token: created.token });
  return { ...created, id: created.user.id, peer };
}

/** The result case a request is answered with (for the coverage test). */
export const resultCaseOf = (c: RequestCase) => rpcTable.get(c)?.resultCase;
