// Which WebSocket the built-in transport uses when the caller names none.
//
// Node (every version) gets `ws`, even where Node has a global WebSocket (22+): Node's native
// WebSocket can neither send a ping nor cap the size of an incoming frame, and the connection
// layer needs both (ping/pong keepalive and a `maxPayload` limit). `ws` is imported on the first
// connect, not when the package loads, so code that never opens a socket never loads it.
// Browsers, Deno and Bun use their standard global WebSocket and never load `ws`: Deno would
// otherwise need `--allow-env` for `ws`'s environment switches, and browsers have no `ws` at all.

// Any constructor: the caller (websocket.ts) names the type it expects, so this file imports nothing from it.
type Constructor = abstract new (...args: never[]) => unknown;

interface RuntimeGlobals {
  process?: { versions?: { node?: string; bun?: string } };
  Deno?: unknown;
  WebSocket?: unknown;
}

/** True in Node itself; Bun and Deno also report a `process.versions.node`, so they are told apart. */
export function isNode(): boolean {
  const g = globalThis as RuntimeGlobals;
  return typeof g.process?.versions?.node === "string" && g.process.versions.bun === undefined && g.Deno === undefined;
}

let nodeWebSocket: Constructor | undefined;
let loadingNodeWebSocket: Promise<Constructor> | undefined;

function loadNodeWebSocket(): Promise<Constructor> {
  loadingNodeWebSocket ??= import("ws").then(
    (module) => {
      // ESM gets the named export; a CJS build's interop may only have `default`.
      const loaded = (module.WebSocket ?? module.default) as Constructor;
      nodeWebSocket = loaded;
      return loaded;
    },
    (error: unknown) => {
      loadingNodeWebSocket = undefined;
      throw new Error(`cannot load the "ws" package, which osmium-chat uses for WebSockets in Node: ${String(error)}`, { cause: error });
    },
  );
  return loadingNodeWebSocket;
}

/**
 * The runtime's default WebSocket: the global one outside Node; in Node `ws`, which is a promise
 * until its first load has finished (and the constructor itself from then on).
 * @throws Error naming the missing global where the runtime has no WebSocket at all.
 */
export function runtimeWebSocket<C extends Constructor>(): C | Promise<C> {
  if (isNode()) return (nodeWebSocket ?? loadNodeWebSocket()) as C | Promise<C>;
  const global = (globalThis as RuntimeGlobals).WebSocket;
  if (typeof global !== "function") {
    throw new Error("this runtime has no global WebSocket: pass one as the `WebSocket` option (or a `transport`)");
  }
  return global as C;
}
