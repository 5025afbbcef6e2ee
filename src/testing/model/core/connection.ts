import { create, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { type Initialize, ServerMessageSchema } from "../../../../gen/osmium/client/core_pb.js";
import type { RPCResultSchema } from "../../../../gen/osmium/client/core_pb.js";
import type { UpdateSchema } from "../../../../gen/osmium/client/updates_pb.js";
import type { SessionRecord } from "../state/server-state.js";

/** An `Update` as handlers build it. */
export type UpdateInit = MessageInitShape<typeof UpdateSchema>;

/** An `RPCResult` as the dispatcher builds it. */
export type ResultInit = MessageInitShape<typeof RPCResultSchema>;

/** How the server writes to one client: a socket, or the in-memory peer. */
export interface FrameSink {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

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

  constructor(private readonly sink: FrameSink) {}

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

  close(code: number, reason: string): void {
    if (!this.open) return;
    this.open = false;
    this.sink.close(code, reason);
  }

  private nextId(): number {
    this.lastMessageId = (this.lastMessageId + 1) >>> 0 || 1;
    return this.lastMessageId;
  }

  private write(message: MessageInitShape<typeof ServerMessageSchema>): void {
    if (this.open) this.sink.send(toBinary(ServerMessageSchema, create(ServerMessageSchema, message)));
  }
}
