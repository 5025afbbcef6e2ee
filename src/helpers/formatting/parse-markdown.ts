import type { MessageEntity } from "../../../gen/osmium/client/types_pb.js";
import type { FormattedText } from "./builder.js";
import { codePointLength } from "./code-points.js";
import { makeEntity, normalizeEntities } from "./entities.js";
import { type Token, lexMarkdown } from "./markdown-lexer.js";
import { isMentionInText, type ToggleKind } from "./markdown-syntax.js";

/** Options for {@link parseMarkdown}. */
export interface ParseMarkdownOptions {
  /**
   * Turn `@name` into a `username` entity (an @-mention the server resolves by username).
   * `@` must not follow an ASCII letter or digit, so `a@b.com` is not a mention. The name is
   * ASCII letters, digits and underscores, not ending in an underscore. Both are judged on the
   * resulting text, markers aside: `**a**@bob` reads "a@bob", no mention.
   *
   * Mentions by id (`user_mention`) have no markdown form: the protocol's `UserMentionEntity`
   * carries no user id (types.proto), so there is nothing a resolver could fill in. Build them
   * with `userMention()` instead.
   *
   * @default true
   */
  mentions?: boolean;
}

/**
 * Parses a small markdown dialect into a message and its entities, with offsets in Unicode
 * code points as the protocol requires.
 *
 * Supported: `**bold**`, `_italic_`, `__underline__`, `~~strike~~`, `||spoiler||`, `` `code` ``,
 * fenced blocks ```` ```lang\n...\n``` ````, `[text](url)`, `<https://autolink>` and `@username`.
 * A backslash makes the next ASCII punctuation literal (`\*`). Markers that are never closed
 * stay in the text as typed. Markers of different kinds may overlap (`**a _b** c_`), as the
 * protocol allows overlapping entities.
 *
 * @example
 * ```ts
 * const { message, entities } = parseMarkdown("**Hi** @alice, see [docs](https://x.dev) 🎉");
 * // message: "Hi @alice, see docs 🎉"
 * // entities: bold 0..2, username 3..9, textUrl 15..19 (url "https://x.dev")
 * await client.messages.sendMessage({ chatRef, message, entities });
 * ```
 */
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): FormattedText {
  const tokens = lexMarkdown(source, { mentions: options.mentions ?? true });
  const partner = pairMarkers(tokens);
  let message = "";
  let offset = 0;
  // Mentions are checked once the message is whole: see isMentionInText.
  const mentions: Array<{ entity: MessageEntity; at: number; body: string }> = [];
  const starts = new Map<number, number>();
  const entities: MessageEntity[] = [];
  tokens.forEach((token, i) => {
    switch (token.type) {
      case "text":
        message += token.text;
        offset += codePointLength(token.text);
        return;
      case "linkCancel":
        message += token.raw;
        offset += 1;
        return;
      case "atom": {
        const length = codePointLength(token.text);
        const entity = makeEntity(offset, length, token.entity);
        if (token.entity.case === "username") mentions.push({ entity, at: message.length, body: token.text });
        else entities.push(entity);
        message += token.text;
        offset += length;
        return;
      }
      case "linkOpen":
      case "linkClose":
      case "toggle": {
        const other = partner.get(i);
        if (other === undefined) {
          // Never closed: the marker was just text.
          message += token.raw;
          offset += codePointLength(token.raw);
        } else if (other > i) {
          starts.set(i, offset);
        } else if (token.type !== "linkOpen") {
          const start = starts.get(other) as number;
          const entity = token.type === "toggle" ? toggleEntity(token.kind) : linkEntity(token.url);
          entities.push(makeEntity(start, offset - start, entity));
        }
        return;
      }
    }
  });
  for (const { entity, at, body } of mentions) if (isMentionInText(message, at, body)) entities.push(entity);
  return { message, entities: normalizeEntities(message, entities) };
}

// Matches markers: a toggle closes the open one of its kind, wherever it is (so different kinds
// may overlap); a link close matches the innermost open bracket. A pair with nothing between
// ("****", "[](u)") stays literal text. Returns partners both ways; unpaired markers are absent.
function pairMarkers(tokens: Token[]): Map<number, number> {
  const partner = new Map<number, number>();
  const openToggle = new Map<ToggleKind, number>();
  const openLinks: number[] = [];
  const pair = (a: number, b: number) => {
    partner.set(a, b);
    partner.set(b, a);
  };
  tokens.forEach((token, i) => {
    if (token.type === "toggle") {
      const open = openToggle.get(token.kind);
      if (open === undefined) {
        openToggle.set(token.kind, i);
      } else {
        if (open !== i - 1) pair(open, i);
        openToggle.delete(token.kind);
      }
    } else if (token.type === "linkOpen") {
      openLinks.push(i);
    } else if (token.type === "linkCancel") {
      openLinks.pop();
    } else if (token.type === "linkClose") {
      // The lexer only emits a close while a bracket is open, so there is always one here.
      const open = openLinks.pop() as number;
      if (open !== i - 1) pair(open, i);
    }
  });
  return partner;
}

function linkEntity(url: string) {
  return { case: "textUrl", value: { url } } as const;
}

function toggleEntity(kind: ToggleKind) {
  return kind === "spoiler" ? ({ case: "spoiler", value: {} } as const) : ({ case: kind, value: true } as const);
}
