// A conversation: one harness user in one chat with the bot. `send` speaks as the user; each
// `expect…` takes the bot's next action in this chat, waits for it within a timeout, and fails with
// what the bot did say.
import type { ChatRef, Message, MessageContent, OsmiumClient, SendOptions, SentMessageInfo } from "../../index.js";
import { type BotReaction, type ChatRecord, describeMessage } from "./chat-record.js";
import { ExpectationError } from "./expectation-error.js";
import type { Inbox } from "./inbox.js";

/** What a reply or an edit must be: the exact text, a RegExp it matches, or a predicate. */
export type ExpectedMessage = string | RegExp | ((message: Message) => boolean);

/** Options of the expectations. */
export interface ExpectOptions {
  /** How long to wait. @default the harness's `timeoutMs` (3 000 ms unless set) */
  readonly timeoutMs?: number;
}

/** What a conversation needs from the harness (internal). */
export interface ConversationWorld {
  readonly botName: string;
  readonly timeoutMs: number;
  /** What the bot said in chats other than `key` (as seen by any harness user) after `since`. */
  saidElsewhere(key: string, since: bigint): ReadonlyArray<{ readonly label: string; readonly message: Message }>;
}

function matches(message: Message, expected: ExpectedMessage): boolean {
  if (typeof expected === "string") return message.message === expected;
  if (expected instanceof RegExp) {
    expected.lastIndex = 0;
    return expected.test(message.message);
  }
  return expected(message);
}

function describeExpected(expected: ExpectedMessage | undefined): string {
  if (expected === undefined) return "";
  if (typeof expected === "string") return ` ${JSON.stringify(expected)}`;
  if (expected instanceof RegExp) return ` matching ${String(expected)}`;
  return " accepted by the predicate";
}

/** One harness user's conversation with the bot in one chat. */
export class Conversation {
  private lastSent = 0n;

  /** @internal Made by `HarnessUser.dm()` and `HarnessUser.in()`. */
  constructor(
    /** The user speaking in it. */
    readonly userName: string,
    /** The chat, as the user refers to it. */
    readonly chatRef: ChatRef,
    /** How failure messages name the chat: `"the DM between Ada and Test Bot"`, `"#general (Lab)"`. */
    readonly label: string,
    private readonly key: string,
    private readonly client: OsmiumClient,
    private readonly record: ChatRecord,
    private readonly world: ConversationWorld,
  ) {}

  /** Everything in this chat so far, as the user saw it: `["Ada: !ping", "Test Bot: pong"]`. */
  get transcript(): readonly string[] {
    return [...this.record.lines];
  }

  /** Sends a message as the user; resolves once the server accepted it. */
  async send(text: MessageContent, options?: SendOptions): Promise<SentMessageInfo> {
    const sent = await this.client.send(this.chatRef, text, options);
    this.lastSent = sent.messageId;
    return sent;
  }

  /**
   * Takes the bot's next message in this chat, waiting for it; with `expected`, it must match
   * (exact text, RegExp or predicate). Fails with an {@link ExpectationError} showing what the bot said.
   */
  async expectReply(expected?: ExpectedMessage, options?: ExpectOptions): Promise<Message> {
    return this.expectMessage(this.record.replies, "reply", "replied", expected, options);
  }

  /** Takes the bot's next edit of a message in this chat; with `expected`, the new text must match. */
  async expectEdit(expected?: ExpectedMessage, options?: ExpectOptions): Promise<Message> {
    return this.expectMessage(this.record.edits, "edit a message", "edited a message to", expected, options);
  }

  /** Takes the bot's next reaction in this chat; with `emoji`, it must be that one. */
  async expectReaction(emoji?: string | bigint, options?: ExpectOptions): Promise<BotReaction> {
    const timeoutMs = options?.timeoutMs ?? this.world.timeoutMs;
    const reaction = await this.record.reactions.take(timeoutMs);
    const wanted = emoji === undefined ? "" : ` with ${String(emoji)}`;
    if (reaction === undefined) throw this.failure(this.missing(this.record.reactions, `react${wanted}`, timeoutMs));
    if (emoji !== undefined && reaction.emoji !== emoji) {
      throw this.failure(`expected ${this.world.botName} to react${wanted} in ${this.label}, but it reacted with ${String(reaction.emoji)}.`);
    }
    return reaction;
  }

  /** Waits until the bot shows itself typing in this chat. */
  async expectTyping(options?: ExpectOptions): Promise<void> {
    const timeoutMs = options?.timeoutMs ?? this.world.timeoutMs;
    if ((await this.record.typing.take(timeoutMs)) === undefined) throw this.failure(this.missing(this.record.typing, "start typing", timeoutMs));
  }

  /**
   * Passes when the bot posts nothing more in this chat for `withinMs` (no message not yet taken by
   * `expectReply`). A bounded wait: it can only prove silence for that long.
   */
  async expectNoReply(options?: { readonly withinMs?: number }): Promise<void> {
    const withinMs = options?.withinMs ?? 200;
    await new Promise((resolve) => setTimeout(resolve, withinMs));
    const unread = this.record.replies.unread;
    if (unread.length > 0) {
      const said = unread.map((m) => `  ${describeMessage(m)}`).join("\n");
      throw this.failure(`expected ${this.world.botName} to say nothing more in ${this.label}, but it said:\n${said}`, unread);
    }
  }

  private async expectMessage(inbox: Inbox<Message>, verb: string, past: string, expected: ExpectedMessage | undefined, options: ExpectOptions | undefined): Promise<Message> {
    const timeoutMs = options?.timeoutMs ?? this.world.timeoutMs;
    const message = await inbox.take(timeoutMs);
    if (message === undefined) throw this.failure(this.missing(inbox, `${verb}${describeExpected(expected)}`, timeoutMs));
    if (expected !== undefined && !matches(message, expected)) {
      throw this.failure(`expected ${this.world.botName} to ${verb}${describeExpected(expected)} in ${this.label}, but it ${past} ${JSON.stringify(message.message)}.`, [message]);
    }
    return message;
  }

  /** Why nothing came: the time ran out, or the harness closed first. */
  private missing(inbox: { readonly closed: boolean }, what: string, timeoutMs: number): string {
    const bot = this.world.botName;
    return inbox.closed ? `the harness closed while waiting for ${bot} to ${what} in ${this.label}.` : `${bot} did not ${what} in ${this.label} within ${timeoutMs} ms.`;
  }

  private failure(summary: string, said: readonly Message[] = []): ExpectationError {
    const lines = this.record.lines.length > 0 ? this.record.lines.map((line) => `  ${line}`).join("\n") : "  (nothing)";
    const elsewhere = this.world.saidElsewhere(this.key, this.lastSent);
    const other =
      elsewhere.length > 0
        ? `${this.world.botName} said elsewhere meanwhile:\n${elsewhere.map(({ label, message }) => `  [${label}] ${describeMessage(message)}`).join("\n")}`
        : `${this.world.botName} said nothing elsewhere meanwhile.`;
    return new ExpectationError(
      `${summary}\nThe conversation in ${this.label}, as ${this.userName} saw it:\n${lines}\n${other}`,
      said,
      elsewhere.map((e) => e.message),
    );
  }
}
