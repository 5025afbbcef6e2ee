// A WebSocket to the reference server without the client, for the wire's abuse cases: it sends any
// bytes (even a bare frame header), records every result, and can stop reading from its TCP socket
// as a client that has stalled would.
import { type MessageInitShape, create, toBinary } from "@bufbuild/protobuf";
import type { Socket } from "node:net";
import WebSocket from "ws";
import { ClientMessageSchema, type RPCResult } from "../../../gen/osmium/client/core_pb.js";
import { ResultStream } from "./result-stream.js";

type Request = MessageInitShape<typeof ClientMessageSchema>["message"];

/** How the server closed the socket. */
export interface Closed {
  code: number;
  reason: string;
}

/** One raw WebSocket connection. */
export class RawSocket {
  private readonly stream = new ResultStream();
  /** Every result received, in order. */
  readonly results: RPCResult[] = this.stream.results;
  /** Resolves once the socket closed, with the code and reason the server sent. */
  readonly closed: Promise<Closed>;

  private constructor(private readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.on("close", (code, reason) => {
        this.stream.end();
        resolve({ code, reason: reason.toString() });
      });
    });
    ws.on("message", (data) => this.stream.receive(new Uint8Array(data as Buffer)));
    // A refused or reset socket shows up as `close`; the error itself says nothing more to a test.
    ws.on("error", () => {});
  }

  /** Opens a socket to `url` (no maxPayload of its own: the tests send and receive big frames on purpose). */
  static open(url: string): Promise<RawSocket> {
    const ws = new WebSocket(url, { maxPayload: 0 });
    const raw = new RawSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(raw));
      ws.once("error", reject);
    });
  }

  /** Sends `bytes` as one binary frame. */
  send(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  /** Sends a well-formed request without waiting for its result. */
  request(id: number, message: Request): void {
    this.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, message === undefined ? { id } : { id, message })));
  }

  /** Sends a request and resolves with its result, or `undefined` if the socket closed first. */
  async call(id: number, message: Request): Promise<RPCResult | undefined> {
    this.request(id, message);
    return this.next((r) => r.reqId === id);
  }

  /** Resolves with the first result (received from now on) matching `match`, or `undefined` once closed. */
  next(match: (result: RPCResult) => boolean): Promise<RPCResult | undefined> {
    return this.stream.next(match);
  }

  /** The TCP socket under the WebSocket (`ws` keeps it in a private field). */
  private get tcp(): Socket {
    return (this.ws as unknown as { _socket: Socket })._socket;
  }

  /** Writes raw bytes on the TCP socket, bypassing the WebSocket framing (e.g. a bare frame header). */
  writeRaw(bytes: Uint8Array): void {
    this.tcp.write(bytes);
  }

  /** Stops reading from the TCP socket: the server's data piles up in its send buffer. */
  pause(): void {
    this.tcp.pause();
  }

  /** Reads again. */
  resume(): void {
    this.tcp.resume();
  }

  /** Closes from this side. */
  close(): void {
    this.ws.terminate();
  }
}
