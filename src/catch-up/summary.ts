// What a catch-up reports when it ends: the `catchUp` event's payload.
import type { OsmiumError } from "../errors.js";

/** A bound that stopped a catch-up short (see `CatchUpOptions`). */
export type CatchUpBound = "maxMessagesPerChat" | "maxChats" | "maxDurationMs";

/**
 * The `catchUp` event: a catch-up after a reconnect ended, and every recovered message has been
 * delivered (as `messageCreated` with `meta.recovered`). Unless `boundHit` or `errors` say
 * otherwise, nothing missed while disconnected is missing.
 */
export interface CatchUpSummary {
  /** Chats that had messages recovered. */
  readonly chats: number;
  /** Messages recovered and delivered. */
  readonly messages: number;
  /** True when a bound stopped it: some missed messages were skipped. */
  readonly boundHit: boolean;
  /** The bounds that were hit, in the order they were met (empty when none). */
  readonly bounds: readonly CatchUpBound[];
  /** Calls that failed; the chats they were for were skipped (or recovered only in part). */
  readonly errors: readonly OsmiumError[];
}
