// A small scripted Osmium server for the client tests, reachable in memory (createMemoryTransport) and
// over a real `ws` WebSocketServer on 127.0.0.1, port 0. It answers the handshake by default and lets
// each test script everything else: answers, delays, silence, out-of-order results, pushed updates,
// garbage bytes, skipped server ids and dropped connections.
import { type MessageInitShape, create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { type WebSocket, WebSocketServer } from "ws";
import {
  type ClientMessage,
  ClientMessageSchema,
  type RPCResult,
  type RPCResultSchema,
  type ServerMessage,
  ServerMessageSchema,
} from "../../../gen/osmium/client/core_pb.js";
import { UpdateSchema } from "../../../gen/osmium/client/updates_pb.js";
import { createMemoryTransport } from "../../../src/index.js";
import type { MemoryPeer, Transport } from "../../../src/index.js";

/** The token the server accepts. */
export const GOOD_TOKEN = "good-token-s3cr3t";
/** The user a good token authorizes. */
export const USER = { id: 42n, name: "Ada", bot: false } as const;
/** The session id a good token gets. */
export const SESSION_ID = 7n;

/** A result to send: the `RPCResult` fields other than `reqId`. */
export type ResultInit = Omit<Exclude<MessageInitShape<typeof RPCResultSchema>, RPCResult>, "reqId" | "$typeName">;
type ServerMessageInit = Omit<Exclude<MessageInitShape<typeof ServerMessageSchema>, ServerMessage>, "id" | "$typeName">;
/** What a responder returns: a result, or `undefined` to stay silent. */
export type Responder = (request: ClientMessage, conn: ScriptedConnection) => ResultInit | undefined | Promise<ResultInit | undefined>;
type Case = NonNullable<ClientMessage["message"]["case"]>;

/** The server's view of one client connection. */
export class ScriptedConnection {
  /** Every ClientMessage received, in order. */
  readonly requests: ClientMessage[] = [];
  /** The same, as the bytes that arrived (copies). */
  readonly frames: Uint8Array[] = [];
  /** WebSocket pings received (always 0 in memory, which has no pings). */
  pings = 0;
  private nextId = 1;
  closed = false;

  constructor(
    private readonly write: (frame: Uint8Array) => void,
    private readonly end: (code: number, reason: string) => void,
    readonly kind: "memory" | "websocket",
  ) {}

  /** Sends a result for request id `reqId`. */
  reply(reqId: number, result: ResultInit): void {
    this.send({ message: { case: "result", value: { ...result, reqId } } });
  }

  /** Pushes an update. */
  push(update: MessageInitShape<typeof UpdateSchema>): void {
    this.send({ message: { case: "update", value: create(UpdateSchema, update) } });
  }

  /** Sends a ServerMessage, numbered with the next server id. */
  send(message: ServerMessageInit): void {
    this.sendRaw(toBinary(ServerMessageSchema, create(ServerMessageSchema, { ...message, id: this.nextId++ })));
  }

  /** Sends `body` (encoded ServerMessage fields other than id) prefixed with the next server id. */
  sendWithId(body: Uint8Array): void {
    const id: number[] = [0x08];
    for (let n = this.nextId++; ; n >>>= 7) {
      if (n < 0x80) {
        id.push(n);
        break;
      }
      id.push((n & 0x7f) | 0x80);
    }
    this.sendRaw(new Uint8Array([...id, ...body]));
  }

  /** Sends raw bytes as one frame. */
  sendRaw(frame: Uint8Array): void {
    if (!this.closed) this.write(frame);
  }

  /** Skips `count` server ids (the client should report a gap). */
  skipIds(count: number): void {
    this.nextId += count;
  }

  /** Drops the connection abruptly (code 1006, as a crashed server or a cut cable). */
  kill(): void {
    this.end(1006, "");
  }

  /** Closes the connection politely. */
  close(code = 1000, reason = ""): void {
    this.end(code, reason);
  }
}

/** Options of the scripted server. */
export interface ScriptedServerOptions {
  /** Answer empty (keepalive) ClientMessages (with an unset result), or handle them with a function. @default true */
  answerKeepalive?: boolean | ((request: ClientMessage, conn: ScriptedConnection) => void);
}

/** The scripted server; one per test. */
export class ScriptedServer {
  /** Every connection accepted, in order. */
  readonly connections: ScriptedConnection[] = [];
  private readonly responders = new Map<Case, Responder>();
  private readonly waiters: Array<() => void> = [];
  /** The WebSocket server, once listening. */
  wss: WebSocketServer | undefined;
  answerKeepalive: boolean | ((request: ClientMessage, conn: ScriptedConnection) => void);
  /** Answer WebSocket pings with pongs, as every RFC 6455 server does; `false` plays a peer that cannot. */
  answerPings = true;
  /** Runs on every accepted connection (e.g. to drop it at once). */
  onConnect: ((conn: ScriptedConnection) => void) | undefined;

  constructor(options: ScriptedServerOptions = {}) {
    this.answerKeepalive = options.answerKeepalive ?? true;
    this.on("coreInitialize", () => ({ result: { case: "initialized", value: { vapidPublicKey: "vapid-key" } } }));
    this.on("authAuthorize", (request) => {
      const token = request.message.case === "authAuthorize" ? request.message.value.token : "";
      return token === GOOD_TOKEN
        ? { result: { case: "authorization", value: { token, user: USER, sessionId: SESSION_ID } } }
        : { result: { case: "error", value: { errorCode: 401, errorMessage: "invalid token" } } };
    });
  }

  /** Scripts the answer to one request case (replacing any earlier script for it). */
  on(requestCase: Case, responder: Responder): this {
    this.responders.set(requestCase, responder);
    return this;
  }

  /** The most recent connection. */
  get last(): ScriptedConnection {
    const conn = this.connections.at(-1);
    if (!conn) throw new Error("no connection yet");
    return conn;
  }

  /** The requests of every connection with the given case, in order. */
  requestsOf(requestCase: Case | undefined): ClientMessage[] {
    return this.connections.flatMap((c) => c.requests.filter((r) => r.message.case === requestCase));
  }

  /** Resolves once `count` connections were accepted. */
  async waitForConnections(count: number): Promise<void> {
    while (this.connections.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves once `count` requests of `requestCase` (`undefined`: empty keepalive messages) were received. */
  async waitForRequests(requestCase: Case | undefined, count: number): Promise<void> {
    while (this.requestsOf(requestCase).length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** A transport connecting in memory to this server. */
  transport(): Transport {
    return createMemoryTransport((peer: MemoryPeer) => {
      const conn = this.accept(new ScriptedConnection((f) => peer.send(f), (code, reason) => peer.close(code, reason), "memory"));
      return { onFrame: (frame) => this.receive(conn, frame), onClose: () => void (conn.closed = true) };
    });
  }

  /** Starts a WebSocket server on 127.0.0.1, port 0; resolves with its URL. */
  async listen(): Promise<string> {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, autoPong: false });
    this.wss = wss;
    wss.on("connection", (socket: WebSocket) => {
      const end = (code: number, reason: string): void => {
        if (code === 1006) socket.terminate();
        else socket.close(code, reason);
      };
      const conn = this.accept(new ScriptedConnection((f) => socket.send(f), end, "websocket"));
      socket.on("message", (data: Buffer) => this.receive(conn, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      socket.on("close", () => void (conn.closed = true));
      socket.on("ping", (data: Buffer) => {
        conn.pings++;
        if (this.answerPings) socket.pong(data);
      });
    });
    await new Promise<void>((resolve) => wss.once("listening", resolve));
    const address = wss.address();
    if (typeof address === "string" || address === null) throw new Error("unexpected address");
    return `ws://127.0.0.1:${address.port}`;
  }

  /** Stops accepting and drops every connection. */
  async close(): Promise<void> {
    for (const conn of this.connections) if (!conn.closed) conn.kill();
    const wss = this.wss;
    if (!wss) return;
    for (const socket of wss.clients) socket.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  private accept(conn: ScriptedConnection): ScriptedConnection {
    this.connections.push(conn);
    for (const wake of this.waiters.splice(0)) wake();
    this.onConnect?.(conn);
    return conn;
  }

  private receive(conn: ScriptedConnection, frame: Uint8Array): void {
    const request = fromBinary(ClientMessageSchema, frame);
    conn.requests.push(request);
    conn.frames.push(frame.slice());
    for (const wake of this.waiters.splice(0)) wake();
    const requestCase = request.message.case;
    if (requestCase === undefined) {
      if (typeof this.answerKeepalive === "function") this.answerKeepalive(request, conn);
      else if (this.answerKeepalive) conn.reply(request.id, {});
      return;
    }
    const responder = this.responders.get(requestCase);
    const answer = responder ? responder(request, conn) : { result: { case: "error", value: { errorCode: 501, errorMessage: `${requestCase} is not scripted` } } };
    void Promise.resolve(answer).then((result) => {
      if (result !== undefined && !conn.closed) conn.reply(request.id, result as ResultInit);
    });
  }
}
