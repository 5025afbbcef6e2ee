// What one harness user has seen of one chat: the transcript, and what the bot did there (new
// messages, edits, reactions, typing) waiting to be taken by expectations.
import { type Message, toMarkdown } from "../../index.js";
import { Inbox } from "./inbox.js";

/** A reaction the bot put on a message. */
export interface BotReaction {
  /** The message reacted to. */
  readonly messageId: bigint;
  /** The Unicode emoji, or the custom emoji's id. */
  readonly emoji: string | bigint;
}

/** One user's record of one chat (internal). */
export class ChatRecord {
  /** The conversation as lines: `"Ada: !ping"`, `"Test Bot: pong"`, `"Test Bot edited: pong (2 ms)"`. */
  readonly lines: string[] = [];
  /** The bot's new messages. */
  readonly replies = new Inbox<Message>();
  /** The bot's edits. */
  readonly edits = new Inbox<Message>();
  /** The bot's reactions. */
  readonly reactions = new Inbox<BotReaction>();
  /** Each time the bot started typing. */
  readonly typing = new Inbox<true>();
  /** Per message, the reactions of the bot seen last (keys `u:👍` or `c:<id>`). */
  private readonly botReactions = new Map<bigint, Set<string>>();
  /** The text of each message seen, for naming what a reaction is on. */
  private readonly texts = new Map<bigint, string>();

  /** Records a new message by `name`. */
  created(message: Message, name: string, fromBot: boolean): void {
    this.texts.set(message.messageId, message.message);
    this.lines.push(`${name}: ${describeMessage(message)}`);
    if (fromBot) this.replies.push(message);
  }

  /** Records an edit by `name`. */
  edited(message: Message, name: string, fromBot: boolean): void {
    this.lines.push(`${name} edited: ${describeMessage(message)}`);
    if (fromBot) this.edits.push(message);
  }

  /** Records the bot's reactions on `messageId` as they are now; new ones become arrivals. */
  botReacted(messageId: bigint, emojis: readonly (string | bigint)[], botName: string): void {
    const before = this.botReactions.get(messageId) ?? new Set<string>();
    const now = new Set<string>();
    for (const emoji of emojis) {
      const key = typeof emoji === "bigint" ? `c:${emoji}` : `u:${emoji}`;
      now.add(key);
      if (before.has(key)) continue;
      const text = this.texts.get(messageId);
      const on = text === undefined ? `message ${messageId}` : JSON.stringify(text);
      this.lines.push(`${botName} reacted ${typeof emoji === "bigint" ? `custom emoji ${emoji}` : emoji} to ${on}`);
      this.reactions.push({ messageId, emoji });
    }
    this.botReactions.set(messageId, now);
  }

  /** Ends every wait (the harness is closing). */
  cancelWaits(): void {
    for (const inbox of [this.replies, this.edits, this.reactions, this.typing]) inbox.cancelWaits();
  }
}

/** A message as a transcript shows it: its text as markdown, and how many media it carries. */
export function describeMessage(message: Message): string {
  const media = message.media.length > 0 ? ` [${message.media.length} media]` : "";
  return `${toMarkdown(message)}${media}`;
}
