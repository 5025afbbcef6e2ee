// The client's events: the 25 update events named by the `Update` oneof case, plus lifecycle events.
// The update half is a mapped type over the oneof union rather than generated code, so a new case in
// the proto becomes a new typed event by itself. No lifecycle name may be an update case too (one
// of the two would be unreachable): test/client/events.test-d.ts checks it.
import type { EventEmitter } from "eventemitter3";
import type { RPCResult } from "../gen/osmium/client/core_pb.js";
import type { Update } from "../gen/osmium/client/updates_pb.js";
import type { CatchUpSummary } from "./catch-up/summary.js";
import type { ReadyInfo } from "./connection/handshake.js";
import type { ConnectionState } from "./connection/state.js";
import type { OsmiumError, RpcError } from "./errors.js";

/** An `Update` case name, which is also its event name: `"messageCreated"`, `"chatTyping"`, ... */
export type UpdateCase = NonNullable<Update["update"]["case"]>;

/** The payload of update case `C`: `UpdatePayload<"messageCreated">` is `UpdateMessageCreated`. */
export type UpdatePayload<C extends UpdateCase> = Extract<Update["update"], { case: C }>["value"];

/** An `Update` narrowed to the cases `C`. */
export type UpdateOf<C extends UpdateCase> = Update & { update: Extract<Update["update"], { case: C }> };

/** How an update reached the client: the second argument of every update listener. */
export interface UpdateMeta {
  /**
   * True for a message the client missed while disconnected and recovered after reconnecting
   * (`catchUp` option): it arrives as `messageCreated`, before the chat's live messages.
   */
  readonly recovered: boolean;
}

/** One listener per update case; each receives that case's message and its {@link UpdateMeta}. */
export type UpdateEvents = { [C in UpdateCase]: (payload: UpdatePayload<C>, meta: UpdateMeta) => void };

/** A state transition. */
export interface StateChange {
  readonly from: ConnectionState;
  readonly to: ConnectionState;
}

/** A transport connection opened; `attempt` is 0 for the first, n for the n-th reconnect attempt. */
export interface OpenInfo {
  readonly attempt: number;
}

/** A transport connection closed. */
export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
  readonly wasClean: boolean;
  /** True when the client will try to reconnect. */
  readonly willReconnect: boolean;
}

/** A reconnect attempt is scheduled. */
export interface ReconnectingInfo {
  /**
   * 1 for the first attempt after a loss; it counts on across connections that dropped before
   * staying ready for `reconnect.resetAfterMs` (the delay grows with it).
   */
  readonly attempt: number;
  /** Wait before the attempt (full jitter: anywhere from 0 to the backoff ceiling). */
  readonly delayMs: number;
}

/** The connection is ready again after a reconnect: updates sent meanwhile are lost, re-fetch state. */
export interface ResyncInfo {
  /** Reconnect attempts counted since the last healthy connection (see {@link ReconnectingInfo.attempt}). */
  readonly attempts: number;
  /** Time since the previous connection was lost. */
  readonly downtimeMs: number;
}

/** Server messages `from`..`to` (inclusive) never arrived on this connection. */
export interface GapRange {
  readonly from: number;
  readonly to: number;
}

/** Lifecycle and diagnostic events. */
export interface LifecycleEvents {
  /** The connection state changed. */
  state: (change: StateChange) => void;
  /** A transport connection opened (the handshake starts). */
  open: (info: OpenInfo) => void;
  /** The handshake completed; carries what `connect()` resolves with. */
  ready: (info: ReadyInfo) => void;
  /** A transport connection closed. */
  close: (info: CloseInfo) => void;
  /** A reconnect is scheduled after `delayMs`. */
  reconnecting: (info: ReconnectingInfo) => void;
  /** Ready again after a reconnect; updates sent while disconnected were lost. */
  resync: (info: ResyncInfo) => void;
  /** `ServerMessage.id` skipped a range. */
  gap: (range: GapRange) => void;
  /** Something went wrong that no call can be rejected with (bad frame, transport failure, refused token, ...). */
  error: (error: OsmiumError) => void;
  /** The server refused the token during the handshake; the client stopped (no reconnect loop). */
  authFailed: (error: RpcError) => void;
  /** Every update this client decodes, whole (after its case's event). */
  update: (update: Update, meta: UpdateMeta) => void;
  /** A catch-up after a reconnect ended (`catchUp` option): what it recovered, and what it could not. */
  catchUp: (summary: CatchUpSummary) => void;
  /**
   * An update of a case this client does not decode: one of a newer server, or, on a
   * `new BaseClient(...)`, a case not given in its `updates` option. Its fields are in `$unknown`.
   */
  unknownUpdate: (update: Update) => void;
  /** A result whose `req_id` matches no pending call (it timed out or was aborted, or a server bug). */
  unsolicitedResult: (result: RPCResult) => void;
}

/** Every event of {@link OsmiumClient}: name → listener. */
export type ClientEvents = LifecycleEvents & UpdateEvents;

/** An event name. */
export type ClientEventName = keyof ClientEvents;

/** The emitter behind the client (internal). */
export type ClientEmitter = EventEmitter<ClientEvents>;

/**
 * Emits without letting a throwing listener break the frame being processed: the error is rethrown
 * on a fresh task, where it surfaces exactly as a throwing Node EventEmitter listener would.
 */
export function emitSafely<E extends ClientEventName>(emitter: ClientEmitter, event: E, ...args: Parameters<ClientEvents[E]>): void {
  try {
    (emitter.emit as (event: E, ...args: unknown[]) => boolean)(event, ...args);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

const LIVE: UpdateMeta = Object.freeze({ recovered: false });

/** Emits an update: its case's event, then `update`; an unknown case goes to `unknownUpdate` only. */
export function dispatchUpdate(emitter: ClientEmitter, update: Update, meta: UpdateMeta = LIVE): void {
  const { case: kind, value } = update.update;
  if (kind === undefined) {
    emitSafely(emitter, "unknownUpdate", update);
    return;
  }
  // `kind` and `value` come from the same oneof member; TypeScript cannot correlate them through the union.
  emitSafely(emitter, kind, value as never, meta);
  emitSafely(emitter, "update", update, meta);
}
