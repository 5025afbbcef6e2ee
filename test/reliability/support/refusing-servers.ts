// Servers on loopback that a client cannot connect through: a port nobody listens on, an HTTP
// server that refuses the WebSocket upgrade with a status, and a TCP server that accepts and then
// says nothing (an unreachable host, as far as the client can tell).
import { type Server, type Socket, createServer as createTcpServer } from "node:net";
import { type AddressInfo } from "node:net";
import { createServer as createHttpServer } from "node:http";

/** A loopback server that keeps its sockets and destroys them on `close()`. */
export interface RefusingServer {
  readonly url: string;
  close(): Promise<void>;
}

async function listen(server: Server, sockets: Set<Socket>): Promise<RefusingServer> {
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A `ws://` URL on loopback where nothing listens: the port was taken and released. */
export async function refusedUrl(): Promise<string> {
  const server = await listen(createTcpServer(), new Set());
  await server.close();
  return server.url;
}

/** An HTTP server that answers every upgrade with `status`. */
export function refusingUpgrade(status: number): Promise<RefusingServer> {
  const server = createHttpServer((_req, res) => res.writeHead(status).end());
  server.on("upgrade", (_req, socket: Socket) => {
    socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  return listen(server, new Set());
}

/** A TCP server that accepts connections and never sends a byte. */
export function silentTcp(): Promise<RefusingServer> {
  return listen(createTcpServer(() => {}), new Set());
}
