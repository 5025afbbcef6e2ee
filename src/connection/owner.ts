import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import type { CloseInfo, GapRange, OpenInfo, ReconnectingInfo, ResyncInfo, StateChange } from "../events.js";
import type { OsmiumError, RpcError } from "../errors.js";
import type { ReadyInfo } from "./handshake.js";

/**
 * What a Connection reports to the client that owns it, as a Link reports to its Connection.
 * Lifecycle reports come after the transition that caused them has finished (see reports.ts);
 * the owner turns them into the client's events.
 */
export interface ConnectionOwner {
  /** The state changed. */
  state(change: StateChange): void;
  /** A transport connection opened; the handshake runs. */
  open(info: OpenInfo): void;
  /** The handshake completed. */
  ready(info: ReadyInfo): void;
  /** Ready again after a reconnect. */
  resync(info: ResyncInfo): void;
  /** A transport connection closed. */
  close(info: CloseInfo): void;
  /** A reconnect attempt is scheduled. */
  reconnecting(info: ReconnectingInfo): void;
  /** Server message ids were skipped. */
  gap(range: GapRange): void;
  /** Something failed that no call can be rejected with. */
  error(error: OsmiumError): void;
  /** The server refused the token in the handshake. */
  authFailed(error: RpcError): void;
  /** A result that settles no call. */
  unsolicitedResult(result: RPCResult): void;
  /** An update arrived. */
  update(update: Update): void;
}
