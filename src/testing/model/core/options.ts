/** Limits the reference server enforces, like a real deployment would. */
export interface ServerLimits {
  /** Longest message text, in code points. @default 4000 */
  messageLength: number;
  /** Longest name (user, community, channel, role, group), in code points. @default 100 */
  nameLength: number;
  /** Longest bio or description, in code points. @default 1000 */
  bioLength: number;
  /** Largest upload, in bytes. @default 64 MiB */
  uploadBytes: number;
  /** Largest upload part and largest download read, in bytes. @default 1 MiB */
  partBytes: number;
  /** Largest frame the server accepts, in bytes; larger frames close the connection (1009). @default 2 MiB */
  frameBytes: number;
  /** Largest page of history, search or members. @default 100 */
  pageSize: number;
  /**
   * Most bytes the server holds unsent for one WebSocket client (a client that stopped reading);
   * past it the connection is closed with 4003, so memory stays bounded. @default 8 MiB
   */
  sendBufferBytes: number;
  /** How long a new connection may take to send `core.initialize` before it is closed with 4002, in ms. @default 10 000 */
  handshakeTimeoutMs: number;
  /**
   * Failed credential checks allowed per account in one {@link ServerLimits.attemptWindowMs | window}:
   * sign-in passwords and TOTP codes, reset and verification codes (counted by email address, so an
   * address without an account is treated alike), and a signed-in session's TOTP codes and current
   * password. Further attempts answer 429. @default 10
   */
  attemptsPerAccount: number;
  /** Failed credential checks allowed per connection in one window, whatever accounts they name. @default 20 */
  attemptsPerConnection: number;
  /** The throttle window of failed credential checks, in ms, counted from the first failure. @default 15 minutes */
  attemptWindowMs: number;
  /** Wrong tries after which an emailed code (password reset, email verification) stops working. @default 5 */
  codeAttempts: number;
  /** Bytes one user's uploads in progress (parts sent, not yet used by a message, photo or sticker) may hold together; more is 413. @default 128 MiB */
  uploadQuotaBytes: number;
  /** Uploads in progress one user may have at once; a part of another new upload is 429. @default 20 */
  openUploads: number;
  /** How long an upload in progress lives after its last part, in ms (the server clock); then it is dropped. @default 1 hour */
  uploadLifetimeMs: number;
}

/** A billing product the server offers (no real payments). */
export interface ServerProduct {
  plan: string;
  name: string;
  prices: { billingPeriod: "monthly" | "yearly" | "lifetime"; amountMinor: bigint; currency: string }[];
}

/** Options of {@link createTestServer}. */
export interface TestServerOptions {
  /** The server's clock, in ms since the epoch (slow mode, TOTP, timestamps). @default Date.now */
  now?: () => number;
  /** Overrides of the default {@link ServerLimits}. */
  limits?: Partial<ServerLimits>;
  /** Billing products. @default one "premium" plan, monthly and yearly */
  products?: ServerProduct[];
  /** Delay before answering every call, in ms (fault injection; see also `setLatency`). @default 0 */
  latencyMs?: number;
  /**
   * Gets one line per served call (`"<conn> <namespace>.<method> ok"` or
   * `"<conn> req <id> error <code> <message>"`) and one per update pushed to each connection
   * (`"<conn> update <case>"`), and one per connection the server closes on its own
   * (`"<conn> closed <code> <reason>"`). Tokens, passwords and message text never appear. @default no logging
   */
  log?: (line: string) => void;
}

export const defaultLimits: ServerLimits = {
  messageLength: 4000,
  nameLength: 100,
  bioLength: 1000,
  uploadBytes: 64 * 1024 * 1024,
  partBytes: 1024 * 1024,
  frameBytes: 2 * 1024 * 1024,
  pageSize: 100,
  sendBufferBytes: 8 * 1024 * 1024,
  handshakeTimeoutMs: 10_000,
  attemptsPerAccount: 10,
  attemptsPerConnection: 20,
  attemptWindowMs: 15 * 60 * 1000,
  codeAttempts: 5,
  uploadQuotaBytes: 128 * 1024 * 1024,
  openUploads: 20,
  uploadLifetimeMs: 60 * 60 * 1000,
};

export const defaultProducts: ServerProduct[] = [
  {
    plan: "premium",
    name: "Osmium Premium",
    prices: [
      { billingPeriod: "monthly", amountMinor: 499n, currency: "USD" },
      { billingPeriod: "yearly", amountMinor: 4999n, currency: "USD" },
    ],
  },
];
