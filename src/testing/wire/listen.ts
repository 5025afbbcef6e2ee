import { WebSocketServer } from "ws";
import type { Accept, Listener, ListenOptions } from "./listener.js";

/**
 * Serves WebSocket connections with `ws` (Node and Bun; loaded on demand by `TestServer.listen`).
 * A frame over `frameBytes` is refused with 1009 as soon as its header announces the size, before
 * any of it is buffered (`maxPayload`).
 */
export async function listenWebSocketNode(options: ListenOptions, frameBytes: number, accept: Accept): Promise<Listener> {
  const host = options.host ?? "127.0.0.1";
  const wss = new WebSocketServer({ host, port: options.port ?? 0, maxPayload: frameBytes });
  await new Promise<void>((resolve, reject) => {
    wss.once("listening", resolve);
    wss.once("error", reject);
  });
  wss.on("connection", (socket) => {
    const handler = accept({
      send: (frame) => socket.send(frame),
      close: (code, reason) => socket.close(code, reason),
      bufferedBytes: () => socket.bufferedAmount,
    });
    socket.binaryType = "nodebuffer";
    // Text frames are not part of the protocol; their bytes are decoded like any frame's (a bad
    // frame answers 400), so the frame type is not looked at.
    socket.on("message", (data) => {
      const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer);
      handler.onFrame(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    });
    socket.on("close", () => handler.onClose());
    // ws reports a protocol error (an oversized frame: 1009) after it has started the close
    // handshake with the right code; terminating then could cut that close frame off.
    socket.on("error", () => {
      if (socket.readyState !== socket.CLOSING) socket.terminate();
    });
  });
  const address = wss.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `ws://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
