import type { MessageEntity } from "../../../gen/osmium/client/types_pb.js";
import { cloneMessage } from "../clone.js";
import { type IdInput, parseId } from "../ids.js";
import { codePointLength } from "./code-points.js";
import { type EntityValueInit, makeEntity } from "./entities.js";

/**
 * Text with formatting, as the protocol carries it: the plain `message` and its `entities`, whose
 * offsets are Unicode code points. It spreads straight into `sendMessage` or `editMessage`.
 *
 * @example
 * ```ts
 * const text: FormattedText = fmt`Hello ${bold("world")}`;
 * await client.messages.sendMessage({ chatRef, ...text });
 * ```
 */
export interface FormattedText {
  message: string;
  entities: MessageEntity[];
}

/** What the builders accept as content: plain text (taken literally, never parsed), numbers, or formatted text. */
export type FormattedPart = string | number | bigint | FormattedText;

/**
 * Joins parts into one {@link FormattedText}, shifting each part's entities by the code points
 * before it. Strings are literal: `"**"` stays two asterisks.
 *
 * @example
 * ```ts
 * concat("a ", bold("b"), " c"); // { message: "a b c", entities: [bold 2..3] }
 * ```
 */
export function concat(...parts: FormattedPart[]): FormattedText {
  let message = "";
  let offset = 0;
  const entities: MessageEntity[] = [];
  for (const part of parts) {
    if (typeof part === "object") {
      for (const entity of part.entities) {
        const copy = cloneMessage(entity);
        copy.startIndex += offset;
        entities.push(copy);
      }
      message += part.message;
      offset += codePointLength(part.message);
    } else {
      const text = String(part);
      message += text;
      offset += codePointLength(text);
    }
  }
  return { message, entities };
}

/**
 * Joins parts with a separator between each, like `Array.prototype.join`.
 *
 * @example
 * ```ts
 * join([bold("a"), italic("b")], ", "); // "a, b" with a bold "a" and an italic "b"
 * ```
 */
export function join(parts: readonly FormattedPart[], separator: FormattedPart = ""): FormattedText {
  return concat(...parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])));
}

/**
 * Tagged template that builds a {@link FormattedText}. The template's literal text and string
 * values are taken as is (no markdown); formatted values keep their entities.
 *
 * @example
 * ```ts
 * const text = fmt`Build ${code("v1.2")} is ${bold(italic("green"))}, see ${link("the log", url)}`;
 * ```
 */
export function fmt(strings: TemplateStringsArray, ...values: FormattedPart[]): FormattedText {
  const parts: FormattedPart[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    if (i < values.length) parts.push(values[i] as FormattedPart);
  });
  return concat(...parts);
}

/** Wraps parts in one entity covering all of them, outside any entities they already have. */
function wrap(entity: EntityValueInit, parts: FormattedPart[]): FormattedText {
  const inner = concat(...parts);
  const length = codePointLength(inner.message);
  // An empty span has nothing to format; the protocol has no use for zero-length entities.
  if (length === 0) return inner;
  return { message: inner.message, entities: [makeEntity(0, length, entity), ...inner.entities] };
}

/** Bold text. @example `bold("important", italic(" really"))` */
export function bold(...parts: FormattedPart[]): FormattedText {
  return wrap({ case: "bold", value: true }, parts);
}

/** Italic text. @example `italic("emphasis")` */
export function italic(...parts: FormattedPart[]): FormattedText {
  return wrap({ case: "italic", value: true }, parts);
}

/** Underlined text. @example `underline("title")` */
export function underline(...parts: FormattedPart[]): FormattedText {
  return wrap({ case: "underline", value: true }, parts);
}

/** Struck-through text. @example `strikethrough("old price")` */
export function strikethrough(...parts: FormattedPart[]): FormattedText {
  return wrap({ case: "strikethrough", value: true }, parts);
}

/** Spoiler: hidden until the reader reveals it. @example `spoiler("the butler did it")` */
export function spoiler(...parts: FormattedPart[]): FormattedText {
  return wrap({ case: "spoiler", value: {} }, parts);
}

/** Inline code. @example `code("npm install osmium-chat")` */
export function code(text: string): FormattedText {
  return wrap({ case: "code", value: true }, [text]);
}

/**
 * A code block, with an optional language name for highlighting.
 *
 * @example
 * ```ts
 * pre("const x = 1;", "ts");
 * ```
 */
export function pre(text: string, language?: string): FormattedText {
  return wrap({ case: "pre", value: language === undefined ? {} : { language } }, [text]);
}

/**
 * A masked link: `text` shown, `url` opened.
 *
 * @example
 * ```ts
 * link("the docs", "https://example.com/docs");
 * link(bold("docs"), "https://example.com/docs");
 * ```
 */
export function link(text: FormattedPart, url: string): FormattedText {
  return wrap({ case: "textUrl", value: { url } }, [text]);
}

/**
 * A plain link: the URL is the text (the `url` entity). Named so as not to take the name `url`
 * from user code.
 *
 * @example
 * ```ts
 * fmt`Status page: ${plainLink("https://status.example.com")}`;
 * ```
 */
export function plainLink(href: string): FormattedText {
  return wrap({ case: "url", value: true }, [href]);
}

/**
 * An @-mention by username (the `username` entity): the text is `@` and the name, and the server
 * resolves the name. A leading `@` in `username` is optional.
 *
 * @example
 * ```ts
 * fmt`Welcome ${mention("alice")}!`; // "Welcome @alice!"
 * ```
 */
export function mention(username: string): FormattedText {
  const name = username.startsWith("@") ? username.slice(1) : username;
  return wrap({ case: "username", value: true }, [`@${name}`]);
}

/**
 * An @-mention by user id (the `user_mention` entity) over `text`. The protocol's
 * `UserMentionEntity` has no id field: the user "is determined from context (the span text)"
 * (types.proto), so `text` must be what the server expects for that user.
 *
 * @example
 * ```ts
 * userMention("@Alice");
 * ```
 */
export function userMention(text: string): FormattedText {
  return wrap({ case: "userMention", value: {} }, [text]);
}

/**
 * A custom emoji: `text` (usually a standard emoji, shown where custom emoji are not supported)
 * displayed as the custom emoji `emojiId`.
 *
 * @example
 * ```ts
 * customEmoji("🙂", "1234567890");
 * ```
 */
export function customEmoji(text: string, emojiId: IdInput): FormattedText {
  return wrap({ case: "customEmoji", value: { emojiId: parseId(emojiId, "emojiId") } }, [text]);
}
