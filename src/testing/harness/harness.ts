// A test harness for bots: a reference server with a bot account, and users who talk to the bot,
// so that a bot's test reads like the conversation it checks. It knows nothing of how the bot is
// written: the bot under test connects with `harness.botOptions`, like any client.
import {
  type ChatRef,
  ChatRefs,
  InvalidArgumentError,
  type Message,
  OsmiumClient,
  type OsmiumClientOptions,
  type Transport,
  chatRefKey,
} from "../../index.js";
import { type TestServer, createTestServer } from "../server.js";
import type { CreateUserOptions, CreatedUser } from "../test-api.js";
import { type HarnessCommunity, type HarnessGroup, HarnessUser, type UserWorld } from "./harness-user.js";

/** Where `TestServer.listen()` serves: `{ port, host }`. */
type ListenOptions = NonNullable<Parameters<TestServer["listen"]>[0]>;

/** Options of {@link createBotHarness}. */
export interface BotHarnessOptions {
  /** The server to use. @default a new in-memory server, closed by `harness.close()` */
  readonly server?: TestServer;
  /** The bot's account. @default `{ name: "Test Bot", username: "testbot" }` */
  readonly bot?: {
    /** The bot's display name. @default "Test Bot" */
    readonly name?: string;
    /** The bot's username, for `@mentions` and `"/cmd@name"`. @default "testbot" */
    readonly username?: string;
  };
  /** Also serve real WebSockets (Node), and connect the users and `botOptions` through them. @default false (in memory) */
  readonly listen?: boolean | ListenOptions;
  /** How long each expectation waits by default. @default 3_000 */
  readonly timeoutMs?: number;
}

/** What a client of the harness connects with: a token and the in-memory transport or the URL, and quick reconnects. */
export type HarnessClientOptions = Pick<OsmiumClientOptions, "token" | "transport" | "url" | "reconnect">;

/** Creates a harness: a server (or the one given) with a bot account, ready for users. */
export async function createBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "must be an object");
  const timeoutMs = options.timeoutMs ?? 3_000;
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new InvalidArgumentError("timeoutMs", "must be a positive number");
  const server = options.server ?? createTestServer();
  try {
    const bot = await server.createUser({ name: options.bot?.name ?? "Test Bot", username: options.bot?.username ?? "testbot", bot: true });
    let url: string | undefined;
    if (options.listen) url = server.url ?? (await server.listen(options.listen === true ? {} : options.listen));
    return new BotHarness(server, options.server === undefined, bot, url, timeoutMs);
  } catch (error) {
    if (options.server === undefined) await server.close();
    throw error;
  }
}

/**
 * BotHarness is the world of a bot's test: the server, the bot's account (`bot`, whose
 * `botOptions` the bot under test connects with), and the users made by `user()`, whose
 * conversations (`ada.dm()`, `ada.in(community)`) send messages and expect the bot's answers.
 *
 * @example
 * ```ts
 * const harness = await createBotHarness();
 * const bot = createMyBot(harness.botOptions);
 * await bot.start();
 * const dm = (await harness.user("Ada")).dm();
 * await dm.send("!ping");
 * await dm.expectReply("pong");
 * await bot.stop();
 * await harness.close();
 * ```
 */
export class BotHarness {
  private readonly users: HarnessUser[] = [];
  private readonly names = new Map<bigint, string>();
  private readonly chatLabels = new Map<string, string>();
  private readonly said: Array<{ readonly key: string; readonly label: string; readonly message: Message }> = [];
  private readonly saidIds = new Set<bigint>();
  private readonly via: { readonly transport: Transport } | { readonly url: string };
  private readonly world: UserWorld;
  private closed = false;

  /** @internal Made by {@link createBotHarness}. */
  constructor(
    /** The reference server. */
    readonly server: TestServer,
    private readonly ownsServer: boolean,
    /** The bot's account: `bot.user.id`, `bot.token`. */
    readonly bot: CreatedUser,
    /** The server's `ws://` URL when the harness listens, else `undefined`. */
    readonly url: string | undefined,
    /** How long each expectation waits by default. */
    readonly timeoutMs: number,
  ) {
    this.via = url === undefined ? { transport: server.transport() } : { url };
    this.names.set(bot.user.id, bot.user.name);
    const harness = this;
    this.world = {
      botId: bot.user.id,
      botName: bot.user.name,
      timeoutMs,
      nameOf: (userId, fallback) => harness.names.get(userId) ?? fallback ?? `user ${userId}`,
      labelOf: (ref, viewer) => harness.labelOf(ref, viewer),
      botSaid: (message, label, key) => {
        if (harness.saidIds.has(message.messageId)) return;
        harness.saidIds.add(message.messageId);
        harness.said.push({ key, label, message });
      },
      saidElsewhere: (key, since) => harness.said.filter((s) => s.key !== key && s.message.messageId > since),
    };
  }

  /** Options for the bot under test's client: `new Bot(harness.botOptions)` or `new OsmiumClient(harness.botOptions)`. */
  get botOptions(): HarnessClientOptions {
    return this.clientOptions(this.bot.token);
  }

  /** Options for any client of this harness's server with `token` (reconnects within 10–100 ms). */
  clientOptions(token: string): HarnessClientOptions {
    const reconnect = { initialDelayMs: 10, maxDelayMs: 100 };
    return { token, ...this.via, reconnect };
  }

  /** Creates a user (a name, or the options of `server.createUser`) and connects its client. */
  async user(nameOrOptions: string | CreateUserOptions): Promise<HarnessUser> {
    if (this.closed) throw new Error("BotHarness.user: the harness is closed");
    const options = typeof nameOrOptions === "string" ? { name: nameOrOptions } : nameOrOptions;
    const created = await this.server.createUser(options);
    const client = new OsmiumClient({ ...this.clientOptions(created.token), appVersion: "osmium-chat harness" });
    this.names.set(created.user.id, created.user.name);
    const user = new HarnessUser(created.user, created.token, client, this.world);
    this.users.push(user);
    await client.connect();
    return user;
  }

  /** Creates a community owned by the first of `members`, with the bot and the others as members, and `general` plus `channels`. */
  community(name: string, members: readonly HarnessUser[], options: { readonly channels?: readonly string[] } = {}): HarnessCommunity {
    const [owner, ...others] = members;
    if (!owner) throw new InvalidArgumentError("members", "must name at least one user (the owner)");
    const { community, channels } = this.server.createCommunity({
      owner: owner.user.id,
      name,
      channels: [...(options.channels ?? [])],
      members: [...others.map((m) => m.user.id), this.bot.user.id],
    });
    for (const channel of channels) this.chatLabels.set(chatRefKey(ChatRefs.channel(community.id, channel.id)), `#${channel.name} (${community.name})`);
    return { community, channels };
  }

  /** Creates a group chat named `name`: the first of `members` creates it with the others and the bot. */
  async group(name: string, members: readonly HarnessUser[]): Promise<HarnessGroup> {
    const [creator, ...others] = members;
    if (!creator) throw new InvalidArgumentError("members", "must name at least one user (the creator)");
    const users = [...others.map((m) => m.user.id), this.bot.user.id].map((userId) => ({ userId }));
    const group = await creator.client.chats.createChat({ name, users });
    this.chatLabels.set(chatRefKey(ChatRefs.group(group.id)), `the group ${group.name}`);
    return { group };
  }

  /** Closes every user's client, ends waiting expectations, and closes the server if the harness made it. The bot is yours to stop. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const user of this.users) user.cancelWaits();
    await Promise.all(this.users.map((user) => user.client.close()));
    if (this.ownsServer) await this.server.close();
  }

  private labelOf(ref: ChatRef, viewer: string): string {
    const r = ref.ref;
    if (r.case === "user") return `the DM between ${viewer} and ${this.world.nameOf(r.value.userId)}`;
    if (r.case === "self") return `${viewer}'s saved messages`;
    const key = chatRefKey(ref);
    return this.chatLabels.get(key) ?? key;
  }
}
