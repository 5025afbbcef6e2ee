import type { FrameSink } from "../model/core/connection.js";

/** Where {@link TestServer.listen} serves WebSocket connections. */
export interface ListenOptions {
  /** TCP port; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to bind. @default "127.0.0.1" */
  host?: string;
}

/** A running listener, as a runtime's listen module reports it. */
export interface Listener {
  readonly url: string;
  close(): Promise<void>;
}

/** What the server does with each accepted connection: it gets the connection's frames and its close. */
export type Accept = (sink: FrameSink) => { onFrame(frame: Uint8Array): void; onClose(): void };
