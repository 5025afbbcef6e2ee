// Shared setup of the bot tests: a harness (the reference server, in memory unless asked), a bot
// on it with signals off, the errors it reports, and gates to hold handlers where a test wants.
import { afterEach } from "vitest";
import { Bot, type BotError, type BotOptions, type BotSettings, type Context } from "../../../src/bot/index.js";
import { type MessageContent, OsmiumClient, type UpdatePayload } from "../../../src/index.js";
import { type BotHarness, type BotHarnessOptions, type Conversation, createBotHarness } from "../../../src/testing/index.js";

/** A harness with a bot on it (not started), and what the bot reported to `catch()`. */
export interface BotWorld {
  readonly harness: BotHarness;
  readonly bot: Bot;
  readonly errors: BotError<Context>[];
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Creates a harness and a bot on it (`settings` may override client options too); both are stopped and closed after the test. */
export async function botWorld(settings: Partial<BotOptions> = {}, harnessOptions: BotHarnessOptions = {}): Promise<BotWorld> {
  const harness = await createBotHarness(harnessOptions);
  const bot = new Bot({ ...harness.botOptions, handleSignals: false, ...settings });
  const errors: BotError<Context>[] = [];
  bot.catch((error) => {
    errors.push(error);
  });
  cleanups.push(async () => {
    await bot.stop();
    await harness.close();
  });
  return { harness, bot, errors };
}

/** A bot on a client the test connected, not started: updates reach it only through `arrive()`. */
export interface ManualWorld extends BotWorld {
  readonly client: OsmiumClient;
  /** Sends `text` in `conversation` and resolves with the update as the bot's client received it. */
  arrive(conversation: Conversation, text: MessageContent): Promise<UpdatePayload<"messageCreated">>;
}

/** Creates a harness, a connected client for the bot, and a bot on that client (not started). */
export async function manualWorld(settings: BotSettings = {}): Promise<ManualWorld> {
  const harness = await createBotHarness();
  const client = new OsmiumClient(harness.botOptions);
  await client.connect();
  const bot = new Bot(client, { handleSignals: false, ...settings });
  const errors: BotError<Context>[] = [];
  bot.catch((error) => {
    errors.push(error);
  });
  const arrived = new Map<bigint, UpdatePayload<"messageCreated">>();
  const waiting = new Map<bigint, (update: UpdatePayload<"messageCreated">) => void>();
  client.on("messageCreated", (update) => {
    const id = update.message?.messageId ?? 0n;
    const waiter = waiting.get(id);
    if (waiter) waiter(update);
    else arrived.set(id, update);
  });
  cleanups.push(async () => {
    await bot.stop();
    await client.close();
    await harness.close();
  });
  const arrive = async (conversation: Conversation, text: MessageContent) => {
    const { messageId } = await conversation.send(text);
    const early = arrived.get(messageId);
    if (early) return early;
    return new Promise<UpdatePayload<"messageCreated">>((resolve) => waiting.set(messageId, resolve));
  };
  return { harness, bot, errors, client, arrive };
}

/** Registers a cleanup to run after the test (after the worlds made before it). */
export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** A promise opened from outside: `await gate.promise` in a handler, `gate.open()` in the test. */
export interface Gate<T = void> {
  readonly promise: Promise<T>;
  open(value: T): void;
  fail(error: unknown): void;
}

/** Makes a {@link Gate}. */
export function gate<T = void>(): Gate<T> {
  let open!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/** Waits until `condition()` holds, checking every few ms; fails after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
