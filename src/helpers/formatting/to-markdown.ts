import type { MessageEntity } from "../../../gen/osmium/client/types_pb.js";
import type { FormattedText } from "./builder.js";
import { compareEntities, entityEnd, normalizeEntities } from "./entities.js";
import { listAt, pickAtoms, widenAroundAtoms } from "./markdown-layout.js";
import {
  ALWAYS_ESCAPED,
  AUTOLINK_START,
  LANGUAGE,
  TOGGLE_MARKERS,
  type ToggleKind,
  isAsciiAlnum,
  isAsciiPunctuation,
  isMentionInText,
} from "./markdown-syntax.js";

/**
 * Writes a message and its entities as markdown that {@link parseMarkdown} reads back to the same
 * entities (after {@link normalizeEntities}), escaping literal markers with backslashes.
 *
 * Some entities have no markdown form and are dropped, keeping their text: `custom_emoji`,
 * `user_mention`, a `url` whose text has no scheme (`example.com`), and anything that starts or
 * ends inside code, a code block, an autolink or a mention (it is widened to cover all of it).
 * Links that overlap without nesting are split in two.
 *
 * @example
 * ```ts
 * toMarkdown(fmt`${bold("5 * 3")} is ${code("15")}`); // "**5 \* 3** is `15`"
 * ```
 */
export function toMarkdown(text: FormattedText): string {
  const chars = Array.from(text.message);
  const n = chars.length;
  const normalized = normalizeEntities(text.message, text.entities);
  const atoms = pickAtoms(chars, normalized);
  const atomAt = new Map(atoms.map((a) => [a.startIndex, a]));
  const others = widenAroundAtoms(text.message, atoms, normalized);

  const startsAt = new Map<number, MessageEntity[]>();
  const endsAt = new Map<number, MessageEntity[]>();
  for (const entity of others) {
    listAt(startsAt, entity.startIndex).push(entity);
    listAt(endsAt, entityEnd(entity)).push(entity);
  }
  const hasMarkup = (p: number) => startsAt.has(p) || endsAt.has(p) || atomAt.has(p);
  let out = "";
  // The last character written, kept apart: reading `out[out.length - 1]` would flatten the
  // string being built on every character, which made long messages quadratic.
  let last: string | undefined;
  const write = (piece: string) => {
    if (piece === "") return;
    out += piece;
    last = piece[piece.length - 1];
  };
  let utf16 = 0;
  let p = 0;
  for (;;) {
    // Innermost closes first and outermost opens first, so the markup nests like the entities.
    // Links need this (brackets pair innermost first); for the others it is only tidier.
    for (const entity of [...(endsAt.get(p) ?? [])].sort(compareEntities).reverse()) write(closeMarker(entity));
    for (const entity of startsAt.get(p) ?? []) write(openMarker(entity));
    if (p >= n) break;

    const atom = atomAt.get(p);
    const end = atom ? entityEnd(atom) : p + 1;
    const body = chars.slice(p, end).join("");
    // A username is written as a mention only where the message text reads as one (see isMentionInText).
    if (atom && !(atom.entity.case === "username" && (isAsciiAlnum(last) || !isMentionInText(text.message, utf16, body)))) {
      write(writeAtom(atom, body));
      utf16 += body.length;
      p = end;
      continue;
    }
    // Plain text (or a mention that would not read back as one, written as text).
    for (; p < end; p++) {
      const c = chars[p] as string;
      write(escapeChar(c, chars[p + 1], hasMarkup(p + 1), last, text.message, utf16));
      utf16 += c.length;
    }
  }
  return out;
}

function escapeChar(
  c: string,
  next: string | undefined,
  markupNext: boolean,
  previous: string | undefined,
  message: string,
  utf16: number,
): string {
  if (c === "\\") return markupNext || isAsciiPunctuation(next) ? "\\\\" : c;
  if (ALWAYS_ESCAPED.has(c)) return `\\${c}`;
  if (c === "@") return !isAsciiAlnum(previous) && isAsciiAlnum(next) ? "\\@" : c;
  if (c === "<") {
    AUTOLINK_START.lastIndex = utf16;
    return AUTOLINK_START.test(message) ? "\\<" : c;
  }
  return c;
}

function writeAtom(atom: MessageEntity, body: string): string {
  const e = atom.entity;
  switch (e.case) {
    case "code":
      return `\`${escapeLiteral(body)}\``;
    case "pre": {
      const language = e.value.language !== undefined && LANGUAGE.test(e.value.language) ? e.value.language : "";
      return `\`\`\`${language}\n${escapeLiteral(body)}\n\`\`\``;
    }
    case "url":
      return `<${body}>`;
    default:
      return body;
  }
}

function openMarker(entity: MessageEntity): string {
  const kind = entity.entity.case;
  return kind === "textUrl" ? "[" : TOGGLE_MARKERS[kind as ToggleKind];
}

function closeMarker(entity: MessageEntity): string {
  const e = entity.entity;
  return e.case === "textUrl" ? `](${escapeUrl(e.value.url)})` : TOGGLE_MARKERS[e.case as ToggleKind];
}

// Inside code: every backtick, and a backslash where it could be read as an escape.
function escapeLiteral(body: string): string {
  return escapeWith(body, "`");
}

function escapeUrl(url: string): string {
  return escapeWith(url, ")");
}

function escapeWith(body: string, special: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    const next = body[i + 1];
    if (c === special) out += `\\${c}`;
    else if (c === "\\" && (next === undefined || next === special || next === "\\")) out += "\\\\";
    else out += c;
  }
  return out;
}
