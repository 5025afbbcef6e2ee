// An in-process transport for the cases that measure the client alone (update dispatch, memory,
// client work): its "server" answers each request (`core.initialize` with Initialized,
// `messages.sendMessage` with SentMessage unless told to hold calls, anything else with an empty
// result), delivering the answers of one event-loop turn together on the next, as a socket read
// would (and so that timers still run between them); `deliver()` hands a frame to the client
// synchronously — exactly the path from a socket's bytes to the client's listeners.
import type { Transport, TransportListener } from "../src/index.js";
import { peekRequest, resultFrame, sentMessageBody } from "./frames.js";

const SEND_MESSAGE = 4;
const INITIALIZE = 19;

/** The transport and its controls. */
export interface DirectTransport {
  readonly transport: Transport;
  /** Delivers one server frame to the connected client, synchronously. */
  deliver(frame: Uint8Array): void;
  /** Requests received so far. */
  readonly received: number;
}

/** Creates a direct transport; with `holdCalls`, sendMessage calls are never answered (they stay pending). */
export function createDirectTransport(options: { holdCalls?: boolean } = {}): DirectTransport {
  let listener: TransportListener | undefined;
  let received = 0;
  let serverId = 0;
  const sent = sentMessageBody(1_000_000_000_000n);
  const empty = new Uint8Array(0);
  let replies: Uint8Array[] = [];
  const flush = (): void => {
    const batch = replies;
    replies = [];
    for (const reply of batch) listener?.onFrame(reply);
  };
  const answer = (frame: Uint8Array): void => {
    received++;
    const { id, field } = peekRequest(frame);
    if (field === SEND_MESSAGE && options.holdCalls) return;
    const reply =
      field === SEND_MESSAGE ? resultFrame(++serverId, id, 3, sent) : field === INITIALIZE ? resultFrame(++serverId, id, 14, empty) : resultFrame(++serverId, id, 0, empty);
    if (replies.push(reply) === 1) setImmediate(flush);
  };
  return {
    transport: {
      open(l) {
        listener = l;
        serverId = 0;
        queueMicrotask(() => l.onOpen());
        return {
          send: answer,
          close: (code = 1000, reason = "") => {
            const closing = listener;
            listener = undefined;
            queueMicrotask(() => closing?.onClose({ code, reason, wasClean: true }));
          },
        };
      },
    },
    deliver: (frame) => listener?.onFrame(frame),
    get received() {
      return received;
    },
  };
}
