//
// The markdown dialect shared by the parser and the writer, in one place so the two agree.
//
// | source                  | entity                     |
// | ----------------------- | -------------------------- |
// | **text**                | bold                       |
// | _text_                  | italic                     |
// | __text__                | underline                  |
// | ~~text~~                | strikethrough              |
// | ||text||                | spoiler                    |
// | `code`                  | code                       |
// | ```lang\ncode\n```      | pre (language optional)    |
// | [text](url)             | textUrl                    |
// | <scheme:...>            | url                        |
// | @name                   | username                   |
//
// A backslash before any ASCII punctuation makes it literal. Inside code, pre and link URLs
// only "\`", "\\" (and "\)" in URLs) are escapes; other backslashes are literal. Unclosed
// markers, empty pairs ("****", "[](u)") and a "[" whose "]" is not followed by "(url)" stay
// literal text.
//

import type { EntityKind } from "./entities.js";

/** The styling kinds written as a pair of markers, and their markers. */
export const TOGGLE_MARKERS = {
  bold: "**",
  underline: "__",
  italic: "_",
  strikethrough: "~~",
  spoiler: "||",
} as const satisfies Partial<Record<EntityKind, string>>;

/** A styling kind written as a marker pair. */
export type ToggleKind = keyof typeof TOGGLE_MARKERS;

/** Characters the writer always escapes in plain text, because they start or end markup. */
export const ALWAYS_ESCAPED = new Set(["\\", "*", "_", "~", "|", "`", "[", "]"]);

/** `<scheme:rest>` autolink, as a sticky regex (set `lastIndex`). */
export const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]*:[^\s<>]+)>/y;

/** What may follow `<` for the parser to try an autolink; the writer escapes `<` before it. */
export const AUTOLINK_START = /<[A-Za-z][A-Za-z0-9+.-]*:/y;

/** The whole text of a url entity that can be written as an autolink. */
export const AUTOLINK_BODY = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]+$/;

/**
 * `@name` mention, as a sticky regex: ASCII letters, digits and underscores, not ending in an
 * underscore, so that `_hi @bob_` closes the italic instead of mentioning "bob_".
 */
export const MENTION = /@[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?/y;

/** The whole text of a username entity that can be written as a mention. */
export const MENTION_BODY = /^@[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;

/** A fenced block's language: one word, no spaces, backticks or backslashes. */
export const LANGUAGE = /^[^\s`\\]*$/;

/** The characters a language may hold, as a sticky regex (set `lastIndex`): LANGUAGE, unanchored. */
export const LANGUAGE_RUN = /[^\s`\\]*/y;

/** Whether `c` is ASCII punctuation, the characters a backslash escapes. */
export function isAsciiPunctuation(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && /[!-/:-@[-`{-~]/.test(c);
}

/** Whether `c` is an ASCII letter or digit, the characters that glue `@` to a preceding word. */
export function isAsciiAlnum(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && /[A-Za-z0-9]/.test(c);
}

/**
 * Whether `body` at UTF-16 offset `at` of `message` reads as a mention in the message text
 * itself: not glued to a preceding letter or digit, and not running on into the name characters
 * after it. Both the parser and the writer decide by this, so a mention that markers alone set
 * apart ("**a**@bob") is text on both sides and survives a round trip.
 */
export function isMentionInText(message: string, at: number, body: string): boolean {
  if (isAsciiAlnum(message[at - 1])) return false;
  MENTION.lastIndex = at;
  return MENTION.exec(message)?.[0] === body;
}
