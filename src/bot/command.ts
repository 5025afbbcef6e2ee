// Commands: "!ping", "/echo hello world", "/ban@modbot 42 \"spamming links\"". The prefixes are the
// bot's (`!` and `/` by default); names compare case-insensitively; "@name" addresses one bot when
// several share a chat, as Telegram does.
import { type FormattedText, type MessageEntity, codePointLength, utf16ToCodePoint } from "../index.js";

/** A command found at the start of a message. */
export interface ParsedCommand {
  /** The prefix it was written with: `"!"` or `"/"` by default. */
  readonly prefix: string;
  /** The command's name in lower case: `"ping"` for `"!Ping"`. */
  readonly name: string;
  /** The bot it was addressed to with `"/ping@name"`, else `undefined`. */
  readonly target: string | undefined;
  /** The arguments: the rest split on whitespace, where `"double"`, `'single'` or `“curly”` quotes keep spaces. */
  readonly args: readonly string[];
  /** Everything after the command and the whitespace that follows it, trimmed at the end. */
  readonly rest: string;
  /** {@link ParsedCommand.rest} with its formatting: entities clipped to it, offsets relative to it. */
  readonly restText: FormattedText;
}

// The name, then an optional "@bot", then the end or whitespace.
const NAME = /^([\p{L}\p{N}_-]+)(?:@([\p{L}\p{N}_]+))?(?=\s|$)/u;
const ARG = /"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+)/gu;

/** Splits command arguments on whitespace; a quoted argument keeps its spaces (`'a "b c"'` → `["a", "b c"]`). */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  for (const m of text.matchAll(ARG)) args.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "");
  return args;
}

/**
 * Finds a command at the start of `message` (leading whitespace ignored) written with one of
 * `prefixes`; `undefined` when there is none.
 */
export function parseCommand(message: { readonly message: string; readonly entities: readonly MessageEntity[] }, prefixes: readonly string[]): ParsedCommand | undefined {
  const text = message.message;
  const start = text.length - text.trimStart().length;
  // Longest first, so that a prefix which starts with another one ("!!" and "!") gets its chance.
  for (const prefix of [...prefixes].sort((a, b) => b.length - a.length)) {
    if (!text.startsWith(prefix, start)) continue;
    const afterPrefix = start + prefix.length;
    const m = NAME.exec(text.slice(afterPrefix));
    if (!m) continue;
    const afterName = afterPrefix + m[0].length;
    const tail = text.slice(afterName);
    const restStart = afterName + (tail.length - tail.trimStart().length);
    const rest = text.slice(restStart).trimEnd();
    return {
      prefix,
      name: (m[1] ?? "").toLowerCase(),
      target: m[2],
      args: splitArgs(rest),
      rest,
      restText: { message: rest, entities: clipEntities(message.entities, utf16ToCodePoint(text, restStart), codePointLength(rest)) },
    };
  }
  return undefined;
}

/** The entities overlapping `[start, start + length)` (code points), clipped to it and shifted to start at 0. */
function clipEntities(entities: readonly MessageEntity[], start: number, length: number): MessageEntity[] {
  const end = start + length;
  const clipped: MessageEntity[] = [];
  for (const entity of entities) {
    const from = Math.max(entity.startIndex, start);
    const to = Math.min(entity.startIndex + entity.length, end);
    if (to > from) clipped.push({ ...entity, startIndex: from - start, length: to - from });
  }
  return clipped;
}
