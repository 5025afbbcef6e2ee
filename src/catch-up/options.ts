// The `catchUp` client option, validated once at construction like every other option.
import { InvalidArgumentError } from "../errors.js";

/** Bounds of the catch-up after a reconnect (`new OsmiumClient({ catchUp: { ... } })`); all optional. */
export interface CatchUpOptions {
  /** Missed messages recovered per chat, oldest first; the rest of that chat's gap is skipped. @default 100 */
  readonly maxMessagesPerChat?: number;
  /** Chats caught up per reconnect, the most recently active first; the others are skipped. @default 50 */
  readonly maxChats?: number;
  /**
   * Time a catch-up may take from the reconnect; then it stops, and live messages flow again.
   * A positive number, or `Infinity` for no limit. @default 30_000
   */
  readonly maxDurationMs?: number;
}

/** The options with their defaults (internal). */
export interface ResolvedCatchUpOptions {
  readonly maxMessagesPerChat: number;
  readonly maxChats: number;
  readonly maxDurationMs: number;
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError(`catchUp.${name}`, "must be a positive integer");
  return value;
}

/** `undefined` when catch-up is off; InvalidArgumentError names the bad field (`catchUp.maxChats`). */
export function resolveCatchUpOptions(option: boolean | CatchUpOptions | undefined): ResolvedCatchUpOptions | undefined {
  if (option === undefined || option === false) return undefined;
  const options: CatchUpOptions = option === true ? {} : option;
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("catchUp", "must be a boolean or an object");
  const maxDurationMs = options.maxDurationMs ?? 30_000;
  if (typeof maxDurationMs !== "number" || !(maxDurationMs > 0)) throw new InvalidArgumentError("catchUp.maxDurationMs", "must be a positive number or Infinity");
  return {
    maxMessagesPerChat: positiveInteger(options.maxMessagesPerChat, "maxMessagesPerChat", 100),
    maxChats: positiveInteger(options.maxChats, "maxChats", 50),
    maxDurationMs,
  };
}
