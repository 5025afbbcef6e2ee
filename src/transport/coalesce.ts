// Write coalescing (issue 7). In Node, `ws` hands every frame to the TCP socket at once, and each
// becomes a write system call of its own: with 100 calls in flight that was the largest single
// cost of a call (the profile's `writeBuffer`). Corking the socket on the first send of an
// event-loop turn and uncorking it when the turn ends (`setImmediate`) sends a burst of frames —
// say, the calls a batch of results just let through — in one write. No frame waits past the
// turn it was sent in. Browsers' WebSockets do their own buffering and expose no socket: there,
// and wherever the socket cannot be corked, frames go out exactly as before.
import type { WebSocketLike } from "./websocket.js";

interface Corkable {
  cork(): void;
  uncork(): void;
}

function corkableOf(socket: WebSocketLike): Corkable | undefined {
  // `ws` keeps its net.Socket in `_socket` (set on open); it is not part of its typed API, so
  // every piece is checked before use.
  const raw = (socket as { _socket?: Partial<Corkable> | null })._socket;
  return typeof raw?.cork === "function" && typeof raw.uncork === "function" ? (raw as Corkable) : undefined;
}

/** A `send` for `socket` that coalesces the frames of one event-loop turn into one socket write where it can. */
export function coalescingSend(socket: WebSocketLike): (frame: Uint8Array) => void {
  if (typeof setImmediate !== "function") return (frame) => socket.send(frame);
  let corked: Corkable | undefined;
  const uncork = (): void => {
    const raw = corked;
    corked = undefined;
    raw?.uncork();
  };
  return (frame) => {
    if (corked === undefined) {
      const raw = corkableOf(socket);
      if (raw !== undefined) {
        raw.cork();
        corked = raw;
        setImmediate(uncork);
      }
    }
    socket.send(frame);
  };
}
