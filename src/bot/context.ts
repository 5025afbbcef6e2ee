// The context of one update: the message, its author and chat, the parsed command, and the actions
// a handler takes in that chat. Actions are the client's helpers bound to this message; a bot tracks
// them, so one a handler forgets to await still finishes before the chat's next update and its
// failure still reaches `bot.catch()`.
import {
  type CallOptions,
  type EditOptions,
  InvalidArgumentError,
  type Message,
  type MessageContent,
  type OsmiumClient,
  type PendingSend,
  type ReactionInput,
  type ReplyOptions,
  type SendOptions,
  type TypingOptions,
  type UpdatePayload,
  type User,
} from "../index.js";
import { type BotChat, describeChat } from "./chat.js";
import { type ParsedCommand, parseCommand } from "./command.js";
import { mentions } from "./mentions.js";
import { track } from "./tracking.js";

/** The prefixes a bot recognises commands by unless told otherwise. */
export const DEFAULT_PREFIXES: readonly string[] = ["!", "/"];

/** What a {@link Context} is made of; a bot makes them, tests of single middleware may too. */
export interface ContextInit {
  /** The client the actions go through. */
  readonly client: OsmiumClient;
  /** The `messageCreated` update; its `message` must be set. */
  readonly update: UpdatePayload<"messageCreated">;
  /** The bot's own user (for mentions and `"/cmd@name"`). @default unknown: nothing mentions the bot */
  readonly me?: User | undefined;
  /** Command prefixes. @default ["!", "/"] */
  readonly prefixes?: readonly string[];
  /** Aborted when the bot gives up on running handlers (`stopTimeoutMs`). @default never aborted */
  readonly signal?: AbortSignal;
  /** The message was missed while disconnected and recovered by the client's catch-up. @default false */
  readonly recovered?: boolean;
}

/** The context of one new message: what arrived, where, from whom, and the actions to answer it. */
export class Context {
  /** The client of the bot; any call of the protocol is available through it. */
  readonly client: OsmiumClient;
  /** The update as it arrived. */
  readonly update: UpdatePayload<"messageCreated">;
  /** The new message. */
  readonly message: Message;
  /** The chat it was sent in: `ctx.chat.kind` is `"dm"`, `"group"`, `"channel"` or `"self"`. */
  readonly chat: BotChat;
  /** The bot's own user, once the bot has connected. */
  readonly me: User | undefined;
  /** Aborted when the bot stops without waiting any longer for handlers; pass it to long work. */
  readonly signal: AbortSignal;
  /**
   * True when the message was sent while the bot was disconnected and recovered after it
   * reconnected (the client's catch-up, on for every `new Bot(options)`); such a message may be
   * old: a handler can answer it differently, or not at all.
   */
  readonly recovered: boolean;
  /** Room for middleware to hand data to later middleware of the same update. */
  readonly state: Record<string, unknown> = {};
  /** What `hears()` matched, set by it before its handlers run. */
  match: RegExpExecArray | undefined = undefined;

  private readonly prefixes: readonly string[];
  private parsedCommand: ParsedCommand | null | undefined;

  /** Creates a context; InvalidArgumentError when the update carries no message with a chat. */
  constructor(init: ContextInit) {
    const message = init.update?.message;
    if (message === undefined) throw new InvalidArgumentError("update.message", "is required");
    this.client = init.client;
    this.update = init.update;
    this.message = message;
    this.chat = describeChat(message.chatRef);
    this.me = init.me;
    this.prefixes = init.prefixes ?? DEFAULT_PREFIXES;
    this.signal = init.signal ?? new AbortController().signal;
    this.recovered = init.recovered ?? false;
  }

  /** The message's text (without formatting; `message.entities` has that). */
  get text(): string {
    return this.message.message;
  }

  /** The author's id. */
  get authorId(): bigint {
    return this.message.authorId;
  }

  /** The author's profile when the server sent it along (servers may omit it; `authorId` is always there). */
  get author(): User | undefined {
    return this.update.author;
  }

  /** The command the message starts with (`"!ping a b"`), parsed; `undefined` if it is not one. */
  get command(): ParsedCommand | undefined {
    if (this.parsedCommand === undefined) this.parsedCommand = parseCommand(this.message, this.prefixes) ?? null;
    return this.parsedCommand ?? undefined;
  }

  /** True when the message mentions the bot (a mention entity naming it, or `@username` in the text). */
  get mentionsMe(): boolean {
    return mentions(this.message, this.me);
  }

  /** Replies to the message in its chat; `{ quote: true }` quotes it. Resolves with the new message's ids. */
  reply(text: MessageContent, options?: ReplyOptions): PendingSend {
    return this.tracked(this.client.reply(this.message, text, options));
  }

  /** Sends a message to the same chat (not as a reply). */
  send(text: MessageContent, options?: SendOptions): PendingSend {
    return this.tracked(this.client.send(this.chat.ref, text, options));
  }

  /** Reacts to the message with a Unicode emoji (`"👍"`) or a custom emoji id. */
  react(emoji: ReactionInput, options?: CallOptions): Promise<void> {
    return track(this, this.client.react(this.message, emoji, options));
  }

  /**
   * Replaces the text of a message in this chat, usually one the bot sent:
   * `ctx.edit(await ctx.reply("working…"), "done")`. A plain string clears its formatting.
   */
  edit(target: { readonly messageId: bigint } | bigint, text: MessageContent, options?: EditOptions): Promise<void> {
    const messageId = typeof target === "bigint" ? target : target?.messageId;
    if (typeof messageId !== "bigint") return Promise.reject(new InvalidArgumentError("target", "must be a message id (bigint) or { messageId }"));
    // The same chat as this message, another message id: what `client.edit` needs to address it.
    return track(this, this.client.edit({ ...this.message, messageId }, text, options));
  }

  /** Shows the bot typing in this chat once (clients hide it after a few seconds). */
  typing(): Promise<void>;
  /** Shows the bot typing in this chat while `work` runs, and clears it after; resolves as `work` does. */
  typing<T>(work: () => T | PromiseLike<T>, options?: TypingOptions): Promise<T>;
  typing<T>(work?: () => T | PromiseLike<T>, options?: TypingOptions): Promise<T | void> {
    if (work === undefined) return track(this, this.client.chats.setTyping({ chatRef: this.chat.ref, typing: true }).then(() => undefined));
    return track(this, this.client.typing(this.chat.ref, work, options));
  }

  private tracked(pending: PendingSend): PendingSend {
    return Object.assign(track(this, pending), { clientId: pending.clientId });
  }
}
