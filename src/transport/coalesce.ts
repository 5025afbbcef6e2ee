// Write coalescing. In Node, `ws` hands every frame to the TCP socket at once, and each
// becomes a write system call of its own: with 100 calls in flight that was the largest single
// cost of a call (the profile's `writeBuffer`). The first frame of an event-loop turn still goes
// out at once (a lone call waits for nothing); from the second on, the socket is corked until the
// turn ends (`setImmediate`), so a burst — say, the calls a batch of results just let through —
// leaves in one write. (Corking from the first frame on was measured too: the same throughput at
// 100 calls in flight, 2–3% slower with one.) Browsers' WebSockets do their own buffering and
// expose no socket: there, and wherever the socket cannot be corked, frames go out as before.
import { type Corkable, corkableSocketOf } from "./ws-cork.js";

/** What coalescing needs of a WebSocket: its `send`, and (through ws-cork.ts) its raw socket. */
export interface FrameSocket {
  send(frame: Uint8Array): void;
}

/** A `send` for `socket` that coalesces the frames of one event-loop turn into one socket write where it can. */
export function coalescingSend(socket: FrameSocket): (frame: Uint8Array) => void {
  if (typeof setImmediate !== "function") return (frame) => socket.send(frame);
  let sentThisTurn = 0;
  let corked: Corkable | undefined;
  const endTurn = (): void => {
    sentThisTurn = 0;
    const raw = corked;
    corked = undefined;
    raw?.uncork();
  };
  return (frame) => {
    if (sentThisTurn === 0) {
      // Looked up per turn: `ws` has no socket to cork before it opens.
      if (corkableSocketOf(socket) === undefined) {
        socket.send(frame);
        return;
      }
      setImmediate(endTurn);
    } else if (sentThisTurn === 1) {
      corked = corkableSocketOf(socket);
      corked?.cork();
    }
    sentThisTurn++;
    socket.send(frame);
  };
}
