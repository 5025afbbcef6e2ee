// The bot's own options, validated once, apart from the client options a bot passes through.
import { InvalidArgumentError, OsmiumClient, type OsmiumClientOptions } from "../index.js";
import { DEFAULT_PREFIXES } from "./context.js";

/** How a bot handles updates; all optional. */
export interface BotSettings {
  /** What commands start with. @default ["!", "/"] */
  readonly prefixes?: readonly string[];
  /** Chats handled at the same time (each chat handles one update at a time, in order). @default 32 */
  readonly concurrency?: number;
  /** Updates that may wait or run at once; one more is dropped and reported as `BotOverflowError`. @default 10_000 */
  readonly maxPending?: number;
  /**
   * How long `stop()` waits for handlers to finish before it aborts `ctx.signal`, drops the updates
   * still waiting and closes anyway; `Infinity` waits for ever. @default 10_000
   */
  readonly stopTimeoutMs?: number;
  /** In Node, stop gracefully on SIGINT and SIGTERM while running (browsers have no signals). @default true */
  readonly handleSignals?: boolean;
}

/** Options of `new Bot(options)`: the client's options (`url`, `token`, `transport`...) and the bot's. */
export type BotOptions = OsmiumClientOptions & BotSettings;

/** Settings with every default applied (internal). */
export interface ResolvedBotSettings {
  readonly prefixes: readonly string[];
  readonly concurrency: number;
  readonly maxPending: number;
  readonly stopTimeoutMs: number;
  readonly handleSignals: boolean;
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new InvalidArgumentError(name, "must be a positive integer");
  return value;
}

/** Validates `settings` and applies the defaults; InvalidArgumentError names the bad option. */
export function resolveBotSettings(settings: BotSettings = {}): ResolvedBotSettings {
  if (typeof settings !== "object" || settings === null) throw new InvalidArgumentError("options", "must be an object");
  const { prefixes = DEFAULT_PREFIXES, stopTimeoutMs = 10_000, handleSignals = true } = settings;
  if (!Array.isArray(prefixes) || prefixes.length === 0) throw new InvalidArgumentError("prefixes", "must be a non-empty list of strings");
  prefixes.forEach((prefix: unknown, i) => {
    if (typeof prefix !== "string" || prefix === "" || /\s/.test(prefix)) throw new InvalidArgumentError(`prefixes[${i}]`, "must be a non-empty string without whitespace");
  });
  if (typeof stopTimeoutMs !== "number" || !(stopTimeoutMs > 0)) throw new InvalidArgumentError("stopTimeoutMs", "must be a positive number or Infinity");
  if (typeof handleSignals !== "boolean") throw new InvalidArgumentError("handleSignals", "must be a boolean");
  return {
    prefixes: [...prefixes],
    concurrency: positiveInteger(settings.concurrency, "concurrency", 32),
    maxPending: positiveInteger(settings.maxPending, "maxPending", 10_000),
    stopTimeoutMs,
    handleSignals,
  };
}

/** Separates the bot's settings from the options of the client it makes. */
export function splitBotOptions(options: BotOptions): { settings: BotSettings; client: OsmiumClientOptions } {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object or an OsmiumClient");
  const { prefixes, concurrency, maxPending, stopTimeoutMs, handleSignals, ...client } = options;
  const settings = { prefixes, concurrency, maxPending, stopTimeoutMs, handleSignals };
  // Absent stays absent (exactOptionalPropertyTypes: `undefined` is not a value of these options).
  for (const key of Object.keys(settings) as (keyof typeof settings)[]) if (settings[key] === undefined) delete settings[key];
  return { settings: settings as BotSettings, client };
}

/**
 * The client a bot makes for itself from `new Bot({ url, token, ... })`: catch-up is on, so the
 * messages missed while reconnecting are handled too (`catchUp: false` or bounds override it).
 */
export function createBotClient(options: OsmiumClientOptions): OsmiumClient {
  return new OsmiumClient({ catchUp: true, ...options });
}
