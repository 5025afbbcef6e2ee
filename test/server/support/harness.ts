import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { afterEach, expect } from "vitest";
import { ClientMessageSchema, ServerMessageSchema } from "../../../gen/osmium/client/core_pb.js";
import type { Update } from "../../../gen/osmium/client/updates_pb.js";
import type { RequestInitOf, ResultOf } from "../../../src/protocol/method-types.js";
import { type RequestCase, rpcTable } from "../../../src/protocol/rpc-table.js";
import { createTestServer, type TestServer, type TestServerOptions } from "../../../src/testing/index.js";
import type { TransportConnection } from "../../../src/transport/transport.js";

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

/** Connects, initializes, and authorizes with `token` when given. Closed after the test. */
export async function connect(
  server: TestServer,
  options: { token?: string; noSubscribe?: boolean; initialize?: boolean } = {},
): Promise<Peer> {
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void; case: RequestCase }>();
  const updates: Update[] = [];
  let nextId = 1;
  let connection: TransportConnection | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    connection = server.transport().open({
      onOpen: resolve,
      onFrame(frame) {
        const message = fromBinary(ServerMessageSchema, frame);
        if (message.message.case === "update") updates.push(message.message.value);
        else if (message.message.case === "result") {
          const result = message.message.value;
          const entry = pending.get(result.reqId);
          pending.delete(result.reqId);
          if (!entry) return;
          if (result.result.case === "error") entry.reject(new PeerRpcError(result.result.value.errorCode, result.result.value.errorMessage));
          else entry.resolve(result.result.value);
        }
      },
      onClose() {
        for (const p of pending.values()) p.reject(new Error("connection closed"));
        pending.clear();
      },
      onError: reject,
    });
  });
  await opened;
  const send = (id: number, message: Parameters<typeof create<typeof ClientMessageSchema>>[1]) =>
    connection?.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, { ...message, id })));
  const peer: Peer = {
    call(request, value) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, case: request });
        send(id, { message: { case: request, value } as never });
      });
    },
    updates,
    received: (kind) => updates.filter((u) => u.update.case === kind).map((u) => u.update.value) as never,
    sync() {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: () => resolve(), reject, case: "coreInitialize" });
        send(id, {});
      });
    },
    clear: () => void updates.splice(0),
    close: () => connection?.close(),
  };
  peers.push(peer);
  if (options.initialize === false) return peer;
  await peer.call("coreInitialize", { clientId: 1, deviceType: "test", noSubscribe: options.noSubscribe ?? false });
  if (options.token) await peer.call("authAuthorize", { token: options.token });
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
