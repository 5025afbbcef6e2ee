// A connection to the reference server without the client: it sends whatever bytes the fuzzer made
// and records every ServerMessage that comes back, so a test can see exactly what the server
// answered to each frame (the client would refuse to send most of them).
import { type MessageInitShape, create, toBinary } from "@bufbuild/protobuf";
import { ClientMessageSchema, type RPCResult } from "../../../gen/osmium/client/core_pb.js";
import type { Transport, TransportCloseEvent, TransportConnection } from "../../../src/index.js";
import { ResultStream } from "./result-stream.js";

type Request = MessageInitShape<typeof ClientMessageSchema>["message"];

/** One raw connection over a transport. */
export class RawConnection {
  private readonly stream = new ResultStream();
  /** Every result received, in order. */
  readonly results: RPCResult[] = this.stream.results;
  /** Set once the server closed the connection. */
  closed: TransportCloseEvent | undefined;
  private conn: TransportConnection | undefined;

  private constructor() {}

  /** Opens a connection and resolves once it is open. */
  static open(transport: Transport): Promise<RawConnection> {
    const raw = new RawConnection();
    return new Promise((resolve, reject) => {
      raw.conn = transport.open({
        onOpen: () => resolve(raw),
        onFrame: (frame) => raw.stream.receive(frame),
        onClose: (event) => {
          raw.closed = event;
          raw.stream.end();
        },
        onError: reject,
      });
    });
  }

  /** Sends raw bytes. */
  send(frame: Uint8Array): void {
    if (!this.closed) this.conn?.send(frame);
  }

  /** Sends a well-formed request and resolves with its result, or `undefined` if the connection closed first. */
  async call(id: number, message: Request): Promise<RPCResult | undefined> {
    this.send(toBinary(ClientMessageSchema, create(ClientMessageSchema, message === undefined ? { id } : { id, message })));
    return this.next((r) => r.reqId === id);
  }

  /** Resolves with the first result (received from now on) matching `match`, or `undefined` once closed. */
  next(match: (result: RPCResult) => boolean): Promise<RPCResult | undefined> {
    return this.stream.next(match);
  }

  /** Updates received. */
  get updates(): number {
    return this.stream.updates;
  }

  /** Closes from this side. */
  close(): void {
    this.conn?.close();
  }
}
