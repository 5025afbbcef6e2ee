import { create, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { type Initialize, ServerMessageSchema } from "../../../../gen/osmium/client/core_pb.js";
import type { RPCResultSchema } from "../../../../gen/osmium/client/core_pb.js";
import type { UpdateSchema } from "../../../../gen/osmium/client/updates_pb.js";
import type { SessionRecord } from "../state/server-state.js";
import type { ServerLimits } from "./options.js";

/** An `Update` as handlers build it. */
export type UpdateInit = MessageInitShape<typeof UpdateSchema>;

/** An `RPCResult` as the dispatcher builds it. */
export type ResultInit = MessageInitShape<typeof RPCResultSchema>;

/** How the server writes to one client: a socket, or the in-memory peer. */
export interface FrameSink {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes sent but not yet taken by the client (a socket's `bufferedAmount`); none in memory. */
  bufferedBytes?(): number;
}

/** Close codes the server chooses itself (docs/protocol.md#connection-limits). */
export const CloseCode = {
  /** No `core.initialize` within `limits.handshakeTimeoutMs`. */
  HandshakeTimeout: 4002,
  /** The client stopped reading: more than `limits.sendBufferBytes` waited unsent. */
  SlowReader: 4003,
} as const;

let nextConnectionId = 1;

/** One client connection as the server sees it: handshake state, session, and the outgoing id sequence. */
export class ServerConnection {
  readonly id = nextConnectionId++;
  /** Set by `core.initialize`; nothing else is served before it. */
  client: Initialize | undefined;
  /** Set once the connection signed in, signed up or authorized. */
  session: SessionRecord | undefined;
  open = true;
  /** Frames are served one after another per connection; this is the tail of that chain. */
  queue: Promise<void> = Promise.resolve();
  // ServerMessage.id is sequential per connection: clients use it for gap detection (docs/protocol.md#request-ids).
  private lastMessageId = 0;
  private handshakeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly sink: FrameSink,
    private readonly limits: Pick<ServerLimits, "sendBufferBytes" | "handshakeTimeoutMs">,
    private readonly log: (line: string) => void = () => {},
  ) {
    // A socket that never initializes would otherwise be held forever.
    const ms = limits.handshakeTimeoutMs;
    this.handshakeTimer = setTimeout(() => this.close(CloseCode.HandshakeTimeout, `no core.initialize within ${ms} ms`), ms);
  }

  /** `core.initialize` arrived: the connection has shaken hands (it may initialize again later). */
  initialize(client: Initialize): void {
    this.client = client;
    this.stopHandshakeTimer();
  }

  /** Whether pushed updates reach this connection (`no_subscribe` turns them off). */
  get subscribed(): boolean {
    return this.open && this.session !== undefined && this.client?.noSubscribe !== true;
  }

  answer(result: ResultInit): void {
    this.write({ id: this.nextId(), message: { case: "result", value: result } });
  }

  push(update: UpdateInit): void {
    if (this.subscribed) this.write({ id: this.nextId(), message: { case: "update", value: update } });
  }

  /** Closes the connection from the server's side (logged). */
  close(code: number, reason: string): void {
    if (!this.open) return;
    this.ended();
    this.log(`${this.id} closed ${code} ${reason}`);
    this.sink.close(code, reason);
  }

  /** The connection is over, whichever side closed it: nothing more is sent or served. */
  ended(): void {
    this.open = false;
    this.stopHandshakeTimer();
  }

  private stopHandshakeTimer(): void {
    clearTimeout(this.handshakeTimer);
    this.handshakeTimer = undefined;
  }

  private nextId(): number {
    this.lastMessageId = (this.lastMessageId + 1) >>> 0 || 1;
    return this.lastMessageId;
  }

  private write(message: MessageInitShape<typeof ServerMessageSchema>): void {
    if (!this.open) return;
    this.sink.send(toBinary(ServerMessageSchema, create(ServerMessageSchema, message)));
    // Backpressure: a client that stops reading must not make the server hold its data without end.
    const unsent = this.sink.bufferedBytes?.() ?? 0;
    if (unsent > this.limits.sendBufferBytes) {
      this.close(CloseCode.SlowReader, `${unsent} bytes unsent exceed the limit of ${this.limits.sendBufferBytes}: the client is not reading`);
    }
  }
}
