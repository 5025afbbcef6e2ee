import { denoRuntime, listenWebSocketDeno } from "./listen-deno.js";
import type { Accept, Listener, ListenOptions } from "./listener.js";

/**
 * Serves WebSocket connections with what this runtime has: `Deno.serve` in Deno (where `ws` would
 * need `--allow-env`), `ws`'s server elsewhere (Node and Bun), which only this path loads.
 */
export async function listenWebSocket(options: ListenOptions, frameBytes: number, accept: Accept): Promise<Listener> {
  const deno = denoRuntime();
  if (deno) return listenWebSocketDeno(deno, options, accept);
  const { listenWebSocketNode } = await import("./listen.js");
  return listenWebSocketNode(options, frameBytes, accept);
}
