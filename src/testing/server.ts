import type { Transport } from "../transport/transport.js";
import { createMemoryTransport } from "../transport/memory.js";
import { handlers } from "./handlers/index.js";
import { connectionClosed } from "./model/accounts/sessions.js";
import { ServerConnection, type FrameSink } from "./model/core/connection.js";
import type { TestServerOptions } from "./model/core/options.js";
import { ServerCore } from "./model/core/server-core.js";
import { assertRuntimeSupport } from "./runtime-support.js";
import { TestApi } from "./test-api.js";
import { Dispatcher } from "./wire/dispatch.js";
import type { Accept, Listener, ListenOptions } from "./wire/listener.js";
import type { StateFile } from "./storage/state-file.js";
import { expireUploads } from "./model/media/file-store.js";

/**
 * TestServer is an Osmium-compatible server that runs in your process: every RPC has real
 * behaviour, and every action pushes the updates a real server would.
 *
 * Connect a client in memory with `transport()`, or over a real WebSocket after `listen()`.
 * The test API (`createUser`, `createCommunity`, `codes`, `dropConnections`, ...) seeds state and
 * injects faults without going through a client.
 */
export class TestServer extends TestApi {
  private readonly dispatcher: Dispatcher;
  private listener: Listener | undefined;
  private closed = false;
  /** A listen() is opening its port (it has no listener yet). */
  private starting = false;
  /** State files by path: each remembers which blobs it has written. */
  private readonly stateFiles = new Map<string, StateFile>();

  /** @throws UnsupportedRuntimeError where the runtime lacks Web Crypto (Node 18). */
  constructor(options: TestServerOptions = {}) {
    assertRuntimeSupport();
    const core = new ServerCore(options);
    super(core);
    this.dispatcher = new Dispatcher(core, handlers);
  }

  /** The `ws://` URL once `listen()` has resolved. */
  get url(): string | undefined {
    return this.listener?.url;
  }

  /** A transport that connects a client to this server in memory (no socket). */
  transport(): Transport {
    // Once closed, the server is gone for good: its in-memory clients stop instead of reconnecting.
    return createMemoryTransport((peer) => this.accept(peer), () => this.closed);
  }

  /** Serves WebSocket connections (Node, Bun and Deno); resolves with the URL, e.g. `ws://127.0.0.1:41234`. */
  async listen(options: ListenOptions = {}): Promise<string> {
    if (this.closed) throw new Error("TestServer.listen: the server is closed");
    if (this.listener) throw new Error(`TestServer.listen: already listening on ${this.listener.url}`);
    // A listen() still starting counts as listening: a second one would open (and leak) another port.
    if (this.starting) throw new Error("TestServer.listen: already listening (a listen() is still starting)");
    this.starting = true;
    try {
      // Loaded on demand so the in-memory server stays free of `ws` and Node modules in browser bundles.
      const { listenWebSocket } = await import("./wire/listen-runtime.js");
      const listener = await listenWebSocket(options, this.core.limits.frameBytes, (sink) => this.accept(sink));
      // close() ran while the port was opening: it could not close this listener, so do it here.
      if (this.closed) {
        await listener.close();
        throw new Error("TestServer.listen: the server is closed");
      }
      this.listener = listener;
      return listener.url;
    } finally {
      this.starting = false;
    }
  }

  /**
   * Saves the state to `path` (Node only): a JSON file without file contents, which go to files
   * of their own in `<path>.blobs/`, each written once. Every file is written with mode 0600 to a
   * temporary file, then renamed, the JSON last, so a crash leaves the previous state whole. The
   * state holds session tokens and password hashes. Saves to one path run one at a time; resolves
   * with whether anything was written (false when nothing changed since the last save).
   */
  async saveStateFile(path: string): Promise<boolean> {
    expireUploads(this.core);
    return (await this.stateFile(path)).save(this.core.state);
  }

  /**
   * Replaces the state with the one saved at `path` by {@link saveStateFile} (Node only). Throws,
   * changing nothing, when the file or a blob it names is missing or unreadable. Deletes blobs and
   * temporary files left by a crash.
   */
  async loadStateFile(path: string): Promise<void> {
    await (await this.stateFile(path)).load(this.core.state);
  }

  private async stateFile(path: string): Promise<StateFile> {
    // Loaded on demand so the in-memory server stays free of Node-only modules in browser bundles.
    const { StateFile } = await import("./storage/state-file.js");
    let file = this.stateFiles.get(path);
    if (!file) {
      file = new StateFile(path);
      this.stateFiles.set(path, file);
    }
    return file;
  }

  /** Closes every connection and the listener; frees everything. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.dropConnections(1001, "server shutting down");
    const listener = this.listener;
    this.listener = undefined;
    await listener?.close();
  }

  /** Takes a new connection (in memory or a socket): its frames go to the dispatcher, its close to the model. */
  private accept(sink: FrameSink): ReturnType<Accept> {
    const connection = new ServerConnection(sink, this.core.limits, this.core.log);
    if (this.closed) connection.close(1001, "server shutting down");
    else this.core.connections.add(connection);
    return {
      onFrame: (frame) => this.dispatcher.receive(connection, frame),
      // Called once, whichever side closed the connection.
      onClose: () => connectionClosed(this.core, connection),
    };
  }
}

/** Creates a reference server. Call `close()` when done. */
export function createTestServer(options: TestServerOptions = {}): TestServer {
  return new TestServer(options);
}
