// The results a raw connection (in memory or a socket) received, and a way to wait for one.
import { fromBinary } from "@bufbuild/protobuf";
import { type RPCResult, ServerMessageSchema } from "../../../gen/osmium/client/core_pb.js";

/** Every result received on one connection, in order, until it ends. */
export class ResultStream {
  /** Every result received, in order. */
  readonly results: RPCResult[] = [];
  /** Updates received. */
  updates = 0;
  private waiters: Array<() => void> = [];
  private ended = false;

  /** Decodes one ServerMessage frame and records it. */
  receive(frame: Uint8Array): void {
    const message = fromBinary(ServerMessageSchema, frame);
    if (message.message.case === "result") this.results.push(message.message.value);
    else this.updates++;
    this.wakeAll();
  }

  /** The connection closed: nothing more will arrive. */
  end(): void {
    this.ended = true;
    this.wakeAll();
  }

  /** Resolves with the first result (received from now on) matching `match`, or `undefined` once ended. */
  async next(match: (result: RPCResult) => boolean): Promise<RPCResult | undefined> {
    let i = this.results.length;
    for (;;) {
      for (; i < this.results.length; i++) {
        const result = this.results[i] as RPCResult;
        if (match(result)) return result;
      }
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private wakeAll(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}
