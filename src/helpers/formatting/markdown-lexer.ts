import type { EntityValueInit } from "./entities.js";
import {
  AUTOLINK,
  LANGUAGE_RUN,
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
const TOGGLES = /* @__PURE__ */ (Object.entries(TOGGLE_MARKERS) as [ToggleKind, string][]).sort((a, b) => b[1].length - a[1].length);

// What earlier scans of the same source learnt, so that no stretch of it is scanned twice.
//
// A scan for a closer (a link's ")", a code span's "`", a fence's "```") that reaches the end
// without finding one fails; a later scan for the same closer starts further on, at a place
// the earlier scan passed in the same state (right after "(", "`" or "```", never inside an
// escape), so it would fail too. Remembering the first failure keeps hostile input such as
// "[a](" × n linear instead of rescanning the rest of the text for every opener.
interface ScanMemo {
  /** Start of the earliest failed scan, per closer: scans from there on fail as well. */
  readonly failedFrom: Map<string, number>;
}

/**
 * Splits markdown source into tokens. Literal runs come out as text tokens; markers come out
 * unpaired, for the parser to match. Linear in the length of `source`.
 */
export function lexMarkdown(source: string, options: LexOptions): Token[] {
  const memo: ScanMemo = { failedFrom: new Map() };
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
      const block = source.startsWith("```", i) ? lexFence(source, i, memo) : lexCode(source, i, memo);
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
      const target = source[i + 1] === "(" ? lexUrl(source, i + 2, memo) : undefined;
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
function lexCode(source: string, start: number, memo: ScanMemo): Lexed | undefined {
  const body = scanLiteral(source, start + 1, "`", memo);
  if (!body || body.text === "") return undefined;
  return { token: { type: "atom", text: body.text, entity: { case: "code", value: true } }, end: body.end };
}

// ```lang\n...\n``` or ```...```: a first line that is one word is the language, and then one
// newline before the closing fence belongs to the fence, not the code.
function lexFence(source: string, start: number, memo: ScanMemo): Lexed | undefined {
  let from = start + 3;
  let language: string | undefined;
  // The language word is read up to the first character a language cannot hold, which is the
  // line's end exactly when the whole first line is one word (never a scan of the whole line).
  LANGUAGE_RUN.lastIndex = from;
  LANGUAGE_RUN.test(source);
  const wordEnd = LANGUAGE_RUN.lastIndex;
  if (source[wordEnd] === "\n") {
    language = source.slice(from, wordEnd) || undefined;
    from = wordEnd + 1;
  }
  const body = scanLiteral(source, from, "```", memo);
  if (!body) return undefined;
  const text = from !== start + 3 && body.text.endsWith("\n") ? body.text.slice(0, -1) : body.text;
  if (text === "") return undefined;
  const value = language === undefined ? {} : { language };
  return { token: { type: "atom", text, entity: { case: "pre", value } }, end: body.end };
}

// A link target: up to the next unescaped ")"; "\)" and "\\" are escapes.
function lexUrl(source: string, start: number, memo: ScanMemo): { url: string; end: number } | undefined {
  if (start >= (memo.failedFrom.get(")") ?? Number.POSITIVE_INFINITY)) return undefined;
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
  memo.failedFrom.set(")", start);
  return undefined;
}

// Literal text up to `close`; "\`" and "\\" are the only escapes, other backslashes are literal.
function scanLiteral(source: string, start: number, close: string, memo: ScanMemo): { text: string; end: number } | undefined {
  if (start >= (memo.failedFrom.get(close) ?? Number.POSITIVE_INFINITY)) return undefined;
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
  memo.failedFrom.set(close, start);
  return undefined;
}

