import type { Accept, Listener, ListenOptions } from "./listener.js";

// The slice of Deno's API this listener uses (the package does not depend on Deno's types).
interface DenoWebSocket {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}
interface DenoHttpServer {
  readonly addr: { hostname: string; port: number };
  shutdown(): Promise<void>;
}
interface DenoServe {
  serve(
    options: { hostname: string; port: number; onListen(addr: unknown): void },
    handler: (request: Request) => Response,
  ): DenoHttpServer;
  upgradeWebSocket(request: Request): { socket: DenoWebSocket; response: Response };
}

/** The Deno global where this runtime is Deno, else undefined. */
export function denoRuntime(): DenoServe | undefined {
  const deno = (globalThis as { Deno?: Partial<DenoServe> }).Deno;
  return typeof deno?.serve === "function" && typeof deno.upgradeWebSocket === "function" ? (deno as DenoServe) : undefined;
}

const textEncoder = new TextEncoder();

/**
 * Serves WebSocket connections with `Deno.serve` and `Deno.upgradeWebSocket`: in Deno `ws` would
 * need `--allow-env`, and this needs only `--allow-net`.
 */
export async function listenWebSocketDeno(deno: DenoServe, options: ListenOptions, accept: Accept): Promise<Listener> {
  const host = options.host ?? "127.0.0.1";
  const sockets = new Set<DenoWebSocket>();
  let ready: () => void = () => {};
  const listening = new Promise<void>((resolve) => (ready = resolve));
  const server = deno.serve({ hostname: host, port: options.port ?? 0, onListen: () => ready() }, (request) => {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") return new Response("WebSocket only", { status: 426 });
    const { socket, response } = deno.upgradeWebSocket(request);
    sockets.add(socket);
    socket.binaryType = "arraybuffer";
    const handler = accept({
      send: (frame) => {
        if (socket.readyState === 1) socket.send(frame);
      },
      close: (code, reason) => socket.close(code, reason),
      bufferedBytes: () => socket.bufferedAmount,
    });
    // Text frames are not part of the protocol; their bytes are decoded like any frame's (a bad
    // frame answers 400), as the Node listener does.
    socket.onmessage = ({ data }) =>
      handler.onFrame(data instanceof ArrayBuffer ? new Uint8Array(data) : textEncoder.encode(String(data)));
    socket.onclose = () => {
      sockets.delete(socket);
      handler.onClose();
    };
    socket.onerror = () => socket.close(1011, "socket error");
    return response;
  });
  await listening;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `ws://${urlHost}:${server.addr.port}`,
    close: async () => {
      for (const socket of sockets) socket.close(1001, "server shutting down");
      await server.shutdown();
    },
  };
}
