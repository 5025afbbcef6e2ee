// Server frames rewritten on their way to the client: every occurrence of a byte pattern replaced by
// bytes of the same length (so every length prefix stays right), to put into a real server's frames
// what no reference server sends, such as a string that is not valid UTF-8. In memory as a Transport
// around the server's own; over a socket as a WebSocket relay on loopback in front of the server.
import type { AddressInfo } from "node:net";
import WebSocket, { WebSocketServer } from "ws";
import type { Transport, TransportListener } from "../../../src/index.js";

/** A copy of `frame` with each occurrence of `from` replaced by `to` (same length). */
export function replaceBytes(frame: Uint8Array, from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new Error("replaceBytes: the replacement must keep the length");
  const out = frame.slice();
  for (let i = 0; i + from.length <= out.length; i++) {
    let match = true;
    for (let j = 0; j < from.length && match; j++) match = out[i + j] === from[j];
    if (match) {
      out.set(to, i);
      i += from.length - 1;
    }
  }
  return out;
}

/** A transport to `inner`'s server whose frames to the client pass through `rewrite`. */
export function rewritingTransport(inner: Transport, rewrite: (frame: Uint8Array) => Uint8Array): Transport {
  return {
    open(listener: TransportListener) {
      return inner.open({
        onOpen: () => listener.onOpen(),
        onFrame: (frame) => listener.onFrame(rewrite(frame)),
        onClose: (event) => listener.onClose(event),
        onError: (error) => listener.onError(error),
      });
    },
  };
}

/** A WebSocket relay on 127.0.0.1 to `target`, passing the server's binary frames through `rewrite`. */
export class RewritingRelay {
  private server: WebSocketServer | undefined;
  private readonly sockets = new Set<WebSocket>();

  constructor(
    private readonly target: string,
    private readonly rewrite: (frame: Uint8Array) => Uint8Array,
  ) {}

  /** Starts listening on port 0; resolves with the `ws://` URL to give the client. */
  async listen(): Promise<string> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once("listening", resolve));
    server.on("connection", (client) => this.relay(client));
    return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private relay(client: WebSocket): void {
    const upstream = new WebSocket(this.target);
    const pending: Buffer[] = [];
    this.sockets.add(client).add(upstream);
    client.on("message", (data: Buffer) => (upstream.readyState === WebSocket.OPEN ? upstream.send(data) : pending.push(data)));
    upstream.on("open", () => {
      for (const data of pending.splice(0)) upstream.send(data);
    });
    upstream.on("message", (data: Buffer) => client.send(this.rewrite(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))));
    const closeBoth = () => {
      client.terminate();
      upstream.terminate();
    };
    client.on("close", closeBoth).on("error", closeBoth);
    upstream.on("close", closeBoth).on("error", closeBoth);
  }

  /** Drops every relayed connection at once (the client sees its socket close, and reconnects). */
  dropAll(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  /** Closes every connection and the listener. */
  async close(): Promise<void> {
    this.dropAll();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
