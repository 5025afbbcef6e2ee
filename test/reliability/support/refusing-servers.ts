// Servers on loopback that a client cannot connect through: a port nobody listens on, an HTTP
// server that refuses the WebSocket upgrade with a status, a TCP server that accepts and then
// says nothing (an unreachable host, as far as the client can tell), and a wss:// server whose
// certificate the client does not trust.
import { type Server, type Socket, createServer as createTcpServer } from "node:net";
import { type AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { WebSocketServer } from "ws";

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

/** A `wss://` server on loopback whose certificate is self-signed (test/fixtures/tls). */
export async function selfSignedWss(): Promise<RefusingServer> {
  // From the repository root (the tests' working directory): handles.test.ts runs this file bundled
  // into a temporary directory, where no path relative to the module would lead back here.
  const fixtures = join(process.cwd(), "test/fixtures/tls");
  const https = createHttpsServer({ key: readFileSync(join(fixtures, "key.pem")), cert: readFileSync(join(fixtures, "cert.pem")) });
  const wss = new WebSocketServer({ server: https });
  const server = await listen(https, new Set());
  return {
    url: server.url.replace(/^ws:/, "wss:"),
    close: async () => {
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await server.close();
    },
  };
}
