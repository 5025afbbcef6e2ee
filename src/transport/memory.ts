import type { Transport, TransportCloseEvent, TransportConnection, TransportListener } from "./transport.js";

/**
 * The server's side of an in-memory connection: what a server sees of one client.
 * The server calls `send` to push frames and `close` to end the connection.
 */
export interface MemoryPeer {
  send(frame: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

/** What a server hands back for each accepted in-memory connection. */
export interface MemoryPeerHandler {
  onFrame(frame: Uint8Array): void;
  onClose(event: TransportCloseEvent): void;
}

/**
 * Creates a transport that connects a client straight to an in-process server, with no socket.
 *
 * Frames are delivered asynchronously (one microtask later) in order, as a real socket would:
 * neither side ever re-enters the other from inside `send`.
 *
 * `isClosed`, when given, tells whether the server is closed for good: connections then fail to
 * open, and a connection that closes meanwhile reports a `final` close, so the client stops
 * instead of reconnecting to a server that cannot come back.
 */
export function createMemoryTransport(accept: (peer: MemoryPeer) => MemoryPeerHandler, isClosed?: () => boolean): Transport {
  return {
    open(listener: TransportListener): TransportConnection {
      if (isClosed?.()) return refused(listener);
      let state: "opening" | "open" | "closed" = "opening";
      let handler: MemoryPeerHandler | undefined;
      // Set when the close is delivered: frames queued before it still arrive, as on a real socket.
      let delivered = false;

      const finish = (code: number, reason: string): void => {
        if (state === "closed") return;
        state = "closed";
        const event: TransportCloseEvent = isClosed?.() ? { code, reason, wasClean: code !== 1006, final: true } : { code, reason, wasClean: code !== 1006 };
        queueMicrotask(() => {
          delivered = true;
          handler?.onClose(event);
          listener.onClose(event);
        });
      };

      const peer: MemoryPeer = {
        send(frame) {
          if (state !== "open") return;
          queueMicrotask(() => {
            if (!delivered) listener.onFrame(frame);
          });
        },
        close(code = 1000, reason = "") {
          finish(code, reason);
        },
      };

      queueMicrotask(() => {
        if (state !== "opening") return;
        state = "open";
        handler = accept(peer);
        listener.onOpen();
      });

      return {
        send(frame) {
          if (state === "opening") throw new Error("memory transport: send() before the connection opened");
          if (state === "closed") return;
          queueMicrotask(() => {
            if (!delivered) handler?.onFrame(frame);
          });
        },
        close(code = 1000, reason = "") {
          finish(code, reason);
        },
      };
    },
  };
}

// A connection to a server closed for good: it fails to open, as a refused socket does, but final.
function refused(listener: TransportListener): TransportConnection {
  queueMicrotask(() => {
    listener.onError(new Error("the in-memory server is closed"));
    listener.onClose({ code: 1006, reason: "server closed", wasClean: false, final: true });
  });
  return {
    send() {
      throw new Error("memory transport: send() before the connection opened");
    },
    close() {
      // onClose follows anyway: the refusal is already on its way.
    },
  };
}
