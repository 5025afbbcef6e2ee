import type { ServerConnection, UpdateInit } from "./connection.js";
import { createIdGenerator } from "./ids.js";
import { defaultLimits, defaultProducts, type ServerLimits, type ServerProduct, type TestServerOptions } from "./options.js";
import { type SessionRecord, ServerState } from "../state/server-state.js";

/** Failures (and checks in flight) of one throttle budget since `startedAt` (ms, the server clock). */
export interface AttemptCounter {
  count: number;
  startedAt: number;
}

/**
 * The reference server's shared machinery, under the whole model: state, clock, ids, limits,
 * live connections, and the one way to push updates (`pushTo`; who receives what is decided in
 * model/audiences).
 */
export class ServerCore {
  readonly state = new ServerState();
  readonly now: () => number;
  readonly nextId: () => bigint;
  readonly limits: ServerLimits;
  readonly products: ServerProduct[];
  readonly log: (line: string) => void;
  latencyMs: number;
  readonly connections = new Set<ServerConnection>();
  /** Budgets of failed credential checks by key (model/accounts/throttle.ts). Not saved: a restart forgives. */
  readonly attempts = new Map<string, AttemptCounter>();
  /** Users held offline by `TestServer.holdOffline`: their connections close as they authorize. */
  readonly offline = new Set<bigint>();

  constructor(options: TestServerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.nextId = createIdGenerator(this.now);
    this.limits = { ...defaultLimits, ...options.limits };
    this.products = options.products ?? defaultProducts;
    this.latencyMs = options.latencyMs ?? 0;
    this.log = options.log ?? (() => {});
  }

  /** The current time as the protocol's uint64/fixed64 timestamps carry it (ms). */
  nowMs(): bigint {
    return BigInt(Math.floor(this.now()));
  }

  /**
   * Forgets a closed connection. Returns its session when that was the session's last open
   * connection (another connection with the same token keeps the session connected), so the caller
   * can end what lives only while a session is connected.
   */
  disconnect(connection: ServerConnection): SessionRecord | undefined {
    connection.ended();
    this.connections.delete(connection);
    const session = connection.session;
    if (!session) return undefined;
    for (const c of this.connections) if (c.open && c.session?.id === session.id) return undefined;
    return session;
  }

  /** Live connections authorized as `userId` (every device of that user). */
  *connectionsOf(userId: bigint): Iterable<ServerConnection> {
    for (const c of this.connections) if (c.session?.userId === userId) yield c;
  }

  /**
   * Pushes an update to every subscribed connection of each user in `userIds` (each user once).
   * `build` may return a per-user view, or `undefined` to skip that user. Each delivery is logged
   * as `"<conn> update <case>"`: the case only, never the payload (it may carry message text).
   */
  pushTo(userIds: Iterable<bigint>, build: UpdateInit | ((userId: bigint) => UpdateInit | undefined)): void {
    const seen = new Set<bigint>();
    for (const userId of userIds) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      const update = typeof build === "function" ? build(userId) : build;
      if (!update) continue;
      for (const c of this.connectionsOf(userId)) {
        if (!c.subscribed) continue;
        c.push(update);
        this.log(`${c.id} update ${update.update?.case ?? "none"}`);
      }
    }
  }
}
