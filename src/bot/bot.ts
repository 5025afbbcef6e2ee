// Bot: a Composer fed by a client's `messageCreated` updates. Each update gets a Context and goes
// down the middleware chain in its chat's turn (see scheduler.ts); whatever a handler throws, or
// leaves failing unobserved, goes to `bot.catch()` and never stops the bot.
import { BotError, BotOverflowError, InvalidArgumentError, OsmiumClient, type ReadyInfo, type StateChange, type UpdateMeta, type UpdatePayload, type User } from "../index.js";
import { Composer } from "./composer.js";
import { Context } from "./context.js";
import { type BotOptions, type BotSettings, type ResolvedBotSettings, createBotClient, resolveBotSettings, splitBotOptions } from "./options.js";
import { ChatScheduler } from "./scheduler.js";
import { onShutdownSignal } from "./signals.js";
import { BackgroundOperations, OperationTracker, attachTracker } from "./tracking.js";

/** Where a bot is in its life: `start()` goes stopped → starting → running, `stop()` running → stopping → stopped. */
export type BotStatus = "stopped" | "starting" | "running" | "stopping";

/** Receives every error of a handler, wrapped with its update's context. */
export type BotErrorHandler = (error: BotError<Context>) => unknown;

const defaultErrorHandler: BotErrorHandler = (error) => {
  console.error("osmium-chat/bot: an error escaped a handler; set bot.catch() to handle it.", error);
};

// Duck-typed too, so that a client from another copy of the package is recognised.
function isClient(value: unknown): value is OsmiumClient {
  if (value instanceof OsmiumClient) return true;
  const client = value as Partial<OsmiumClient> | null;
  return typeof client === "object" && client !== null && typeof client.connect === "function" && typeof client.on === "function" && typeof client.off === "function";
}

/**
 * Bot runs middleware for every new message a client receives, except its own.
 *
 * @example
 * ```ts
 * const bot = new Bot({ url, token });
 * bot.command("ping", (ctx) => ctx.reply("pong"));
 * bot.catch((error) => console.error(error.ctx.chat.key, error.error));
 * await bot.start();
 * ```
 */
export class Bot extends Composer<Context> {
  /** The client the bot listens and answers with. */
  readonly client: OsmiumClient;

  private readonly ownsClient: boolean;
  private readonly settings: ResolvedBotSettings;
  private readonly scheduler: ChatScheduler;
  private readonly background = new BackgroundOperations();
  private errorHandler: BotErrorHandler = defaultErrorHandler;
  private currentStatus: BotStatus = "stopped";
  private user: User | undefined;
  private abort = new AbortController();
  private starting: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;
  private releaseSignal: () => void = () => {};
  private stoppedWaiters: Array<() => void> = [];

  /**
   * Creates a bot with its own client from client options (`url`, `token`, `transport`, ...) and
   * bot settings. The bot closes this client on `stop()`.
   */
  constructor(options: BotOptions);
  /** Creates a bot on an existing client, which stays yours: `stop()` detaches from it and leaves it open. */
  constructor(client: OsmiumClient, settings?: BotSettings);
  constructor(clientOrOptions: OsmiumClient | BotOptions, settings?: BotSettings) {
    super();
    if (isClient(clientOrOptions)) {
      this.settings = resolveBotSettings(settings);
      this.client = clientOrOptions;
      this.ownsClient = false;
      this.user = clientOrOptions.readyInfo?.user;
    } else {
      if (settings !== undefined) throw new InvalidArgumentError("settings", "goes in the options object when the bot makes its own client");
      const split = splitBotOptions(clientOrOptions);
      this.settings = resolveBotSettings(split.settings);
      this.client = createBotClient(split.client);
      this.ownsClient = true;
    }
    this.scheduler = new ChatScheduler(this.settings.concurrency, this.settings.maxPending);
  }

  /** Where the bot is in its life. */
  get status(): BotStatus {
    return this.currentStatus;
  }

  /** The bot's own user, known once it has connected with a token. */
  get me(): User | undefined {
    return this.user;
  }

  /** Updates waiting or being handled. */
  get pending(): number {
    return this.scheduler.size;
  }

  /**
   * Sets the handler of errors: whatever a handler throws or rejects with, and failures of actions
   * it started without awaiting, each wrapped in a BotError with the context. Without one, errors
   * are printed with `console.error`. Either way the bot goes on with the next update.
   */
  catch(handler: BotErrorHandler): this {
    if (typeof handler !== "function") throw new InvalidArgumentError("handler", "must be a function (error) => void");
    this.errorHandler = handler;
    return this;
  }

  /**
   * Connects (unless the client is ready already) and starts handling new messages. Resolves once
   * connected; rejects as `client.connect()` does, leaving the bot stopped. Calling it while
   * running does nothing; while stopping, it starts again once stopped. Should the client close for
   * good while the bot runs (a refused token, reconnecting given up), the bot stops.
   */
  start(): Promise<void> {
    if (this.currentStatus === "running") return Promise.resolve();
    this.starting ??= this.run().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /**
   * Stops taking updates, lets the handlers of updates already received finish (at most
   * `stopTimeoutMs`, then aborts `ctx.signal` and drops what has not started), then closes the
   * client if the bot made it. Idempotent; never rejects.
   */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    if (this.currentStatus === "stopped" && !this.starting) return Promise.resolve();
    this.stopping = this.halt().finally(() => {
      this.stopping = undefined;
    });
    return this.stopping;
  }

  /**
   * Resolves the next time the bot is stopped (at once when it is): after `stop()`, whoever called
   * it, a shutdown signal included. A program can `await bot.untilStopped()` and then clean up.
   */
  untilStopped(): Promise<void> {
    if (this.currentStatus === "stopped" && !this.starting) return Promise.resolve();
    return new Promise((resolve) => this.stoppedWaiters.push(resolve));
  }

  /**
   * Handles one `messageCreated` update as if the client had received it: in its chat's turn,
   * through the middleware; `meta.recovered` becomes `ctx.recovered`. Resolves once it is handled
   * (at once for the bot's own messages and updates without a message); never rejects, errors go
   * to `catch()`.
   */
  handleUpdate(update: UpdatePayload<"messageCreated">, meta?: Partial<UpdateMeta>): Promise<void> {
    const message = update?.message;
    if (!message?.chatRef?.ref.case || (this.user !== undefined && message.authorId === this.user.id)) return Promise.resolve();
    const recovered = meta?.recovered === true;
    const ctx = new Context({ client: this.client, update, me: this.user, prefixes: this.settings.prefixes, signal: this.abort.signal, recovered });
    const tracker = new OperationTracker((late) => this.background.add(late, (error) => this.report(error, ctx)));
    attachTracker(ctx, tracker);
    return new Promise((resolve) => {
      const job = {
        run: () => this.process(ctx, tracker).then(resolve),
        drop: () => resolve(),
      };
      if (!this.scheduler.push(ctx.chat.key, job)) {
        this.report(new BotOverflowError(this.settings.maxPending), ctx);
        resolve();
      }
    });
  }

  private readonly onMessage = (update: UpdatePayload<"messageCreated">, meta: UpdateMeta): void => {
    void this.handleUpdate(update, meta);
  };

  private readonly onReady = (info: ReadyInfo): void => {
    if (info.user) this.user = info.user;
  };

  // The client closed for good (a refused token, reconnecting given up, closed by its owner): no
  // update will come any more, so the bot stops, and `untilStopped()` lets a program exit.
  private readonly onState = ({ to }: StateChange): void => {
    if (to === "closed" && this.currentStatus === "running") void this.stop();
  };

  private async run(): Promise<void> {
    if (this.stopping) await this.stopping;
    this.currentStatus = "starting";
    if (this.abort.signal.aborted) this.abort = new AbortController();
    this.client.on("ready", this.onReady).on("messageCreated", this.onMessage).on("state", this.onState);
    try {
      const ready = await this.client.connect();
      if (ready.user) this.user = ready.user;
    } catch (error) {
      this.detach();
      if (this.ownsClient) await this.client.close();
      this.markStopped();
      throw error;
    }
    if (this.settings.handleSignals) this.releaseSignal = onShutdownSignal(() => void this.stop());
    this.currentStatus = "running";
  }

  private async halt(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    if (this.currentStatus === "stopped") return;
    this.currentStatus = "stopping";
    this.releaseSignal();
    this.releaseSignal = () => {};
    this.detach();
    if (!(await this.drain(this.settings.stopTimeoutMs))) {
      this.abort.abort();
      this.scheduler.clear();
    }
    if (this.ownsClient) await this.client.close();
    this.markStopped();
  }

  private markStopped(): void {
    this.currentStatus = "stopped";
    for (const resolve of this.stoppedWaiters.splice(0)) resolve();
  }

  private detach(): void {
    this.client.off("ready", this.onReady).off("messageCreated", this.onMessage).off("state", this.onState);
  }

  /** Waits until nothing is pending or running; false when `timeoutMs` ran out first. */
  private async drain(timeoutMs: number): Promise<boolean> {
    const settled = (async () => {
      while (this.scheduler.size > 0 || this.background.size > 0) await Promise.all([this.scheduler.idle(), this.background.idle()]);
      return true;
    })();
    if (timeoutMs === Number.POSITIVE_INFINITY) return settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([settled, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  // One update: the chain, then whatever it started, then the reports, all in the chat's turn.
  private async process(ctx: Context, tracker: OperationTracker): Promise<void> {
    let failure: { error: unknown } | undefined;
    try {
      await this.middleware()(ctx, () => Promise.resolve());
    } catch (error) {
      failure = { error };
    }
    const unobserved = await tracker.settle();
    if (failure) await this.reportNow(failure.error, ctx);
    for (const error of unobserved) if (error !== failure?.error) await this.reportNow(error, ctx);
  }

  private report(error: unknown, ctx: Context): void {
    this.background.hold(this.reportNow(error, ctx));
  }

  private async reportNow(error: unknown, ctx: Context): Promise<void> {
    const botError = new BotError<Context>(error, ctx, `message ${ctx.message.messageId} in ${ctx.chat.key}`);
    try {
      await this.errorHandler(botError);
    } catch (handlerError) {
      console.error("osmium-chat/bot: the bot.catch() handler threw while handling", botError, handlerError);
    }
  }
}
