import type { EntityValueInit } from "./entities.js";
import {
  AUTOLINK,
  LANGUAGE,
  MENTION,
  TOGGLE_MARKERS,
  type ToggleKind,
  isAsciiAlnum,
  isAsciiPunctuation,
} from "./markdown-syntax.js";

/** One piece of markdown source, before markers are paired. */
export type Token =
  | { type: "text"; text: string }
  | { type: "toggle"; kind: ToggleKind; raw: string }
  | { type: "linkOpen"; raw: string }
  | { type: "linkClose"; url: string; raw: string }
  | { type: "linkCancel"; raw: string }
  | { type: "atom"; text: string; entity: EntityValueInit };

/** Lexer options, a subset of the parser's. */
export interface LexOptions {
  mentions: boolean;
}

// Longest first: "__" must win over "_".
const TOGGLES = (Object.entries(TOGGLE_MARKERS) as [ToggleKind, string][]).sort((a, b) => b[1].length - a[1].length);

/**
 * Splits markdown source into tokens. Literal runs come out as text tokens; markers come out
 * unpaired, for the parser to match.
 */
export function lexMarkdown(source: string, options: LexOptions): Token[] {
  const tokens: Token[] = [];
  let text = "";
  const push = (token: Token) => {
    if (text) tokens.push({ type: "text", text });
    text = "";
    tokens.push(token);
  };
  let openBrackets = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === "\\" && isAsciiPunctuation(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === "`") {
      const block = source.startsWith("```", i) ? lexFence(source, i) : lexCode(source, i);
      if (block) {
        push(block.token);
        i = block.end;
      } else {
        const run = source.startsWith("```", i) ? "```" : "`";
        text += run;
        i += run.length;
      }
      continue;
    }
    const toggle = TOGGLES.find(([, marker]) => source.startsWith(marker, i));
    if (toggle) {
      push({ type: "toggle", kind: toggle[0], raw: toggle[1] });
      i += toggle[1].length;
      continue;
    }
    if (c === "[") {
      push({ type: "linkOpen", raw: "[" });
      openBrackets++;
      i++;
      continue;
    }
    if (c === "]" && openBrackets > 0) {
      const target = source[i + 1] === "(" ? lexUrl(source, i + 2) : undefined;
      openBrackets--;
      if (target) {
        push({ type: "linkClose", url: target.url, raw: source.slice(i, target.end) });
        i = target.end;
      } else {
        // As in CommonMark, a "]" that does not close a link makes its "[" plain text too, so
        // "[a] (b) c](d)" has no link.
        push({ type: "linkCancel", raw: "]" });
        i++;
      }
      continue;
    }
    if (c === "<") {
      AUTOLINK.lastIndex = i;
      const m = AUTOLINK.exec(source);
      if (m) {
        push({ type: "atom", text: m[1] as string, entity: { case: "url", value: true } });
        i += m[0].length;
        continue;
      }
    }
    if (c === "@" && options.mentions && !isAsciiAlnum(source[i - 1])) {
      MENTION.lastIndex = i;
      const m = MENTION.exec(source);
      if (m) {
        push({ type: "atom", text: m[0], entity: { case: "username", value: true } });
        i += m[0].length;
        continue;
      }
    }
    text += c;
    i++;
  }
  if (text) tokens.push({ type: "text", text });
  return tokens;
}

interface Lexed {
  token: Token;
  end: number;
}

// `code`: up to the next unescaped backtick; empty spans stay literal.
function lexCode(source: string, start: number): Lexed | undefined {
  const body = scanLiteral(source, start + 1, "`");
  if (!body || body.text === "") return undefined;
  return { token: { type: "atom", text: body.text, entity: { case: "code", value: true } }, end: body.end };
}

// ```lang\n...\n``` or ```...```: a first line that is one word is the language, and then one
// newline before the closing fence belongs to the fence, not the code.
function lexFence(source: string, start: number): Lexed | undefined {
  let from = start + 3;
  let language: string | undefined;
  const lineEnd = source.indexOf("\n", from);
  if (lineEnd !== -1 && LANGUAGE.test(source.slice(from, lineEnd))) {
    language = source.slice(from, lineEnd) || undefined;
    from = lineEnd + 1;
  }
  const body = scanLiteral(source, from, "```");
  if (!body) return undefined;
  const text = from !== start + 3 && body.text.endsWith("\n") ? body.text.slice(0, -1) : body.text;
  if (text === "") return undefined;
  const value = language === undefined ? {} : { language };
  return { token: { type: "atom", text, entity: { case: "pre", value } }, end: body.end };
}

// A link target: up to the next unescaped ")"; "\)" and "\\" are escapes.
function lexUrl(source: string, start: number): { url: string; end: number } | undefined {
  let url = "";
  for (let i = start; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "\\" && (next === ")" || next === "\\")) {
      url += next;
      i++;
    } else if (c === ")") {
      return { url, end: i + 1 };
    } else {
      url += c;
    }
  }
  return undefined;
}

// Literal text up to `close`; "\`" and "\\" are the only escapes, other backslashes are literal.
function scanLiteral(source: string, start: number, close: string): { text: string; end: number } | undefined {
  let text = "";
  for (let i = start; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "\\" && (next === "`" || next === "\\")) {
      text += next;
      i++;
    } else if (source.startsWith(close, i)) {
      return { text, end: i + close.length };
    } else {
      text += c;
    }
  }
  return undefined;
}
