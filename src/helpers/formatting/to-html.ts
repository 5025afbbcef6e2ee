import type { MessageEntity } from "../../../gen/osmium/client/types_pb.js";
import type { FormattedText } from "./builder.js";
import { entityEnd, normalizeEntities } from "./entities.js";

/** Options for {@link toHtml}. */
export interface ToHtmlOptions {
  /**
   * Decides whether a link target may become an `href`. Links that fail are rendered as their
   * text only, so a message cannot smuggle in `javascript:` URLs. Targets without a scheme get
   * `https://` first.
   *
   * @default accepts http:, https:, mailto: and tel: URLs
   */
  isSafeUrl?: (url: string) => boolean;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '`.
 *
 * @example
 * ```ts
 * escapeHtml(`<a href="x">`); // "&lt;a href=&quot;x&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${ENTITY_NAMES[c as keyof typeof ENTITY_NAMES]};`);
}

const ENTITY_NAMES = { "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" } as const;

/**
 * Renders a message and its entities as HTML, with all message text escaped.
 *
 * Tags: `<b>`, `<i>`, `<u>`, `<s>`, `<code>`, `<pre><code class="language-…">`, `<a href>` for
 * links and plain URLs, `<span class="spoiler">`, `<span class="mention">` for both kinds of
 * mention, and `<span class="custom-emoji" data-emoji-id="…">`. Entities may overlap in the
 * protocol; HTML must nest, so an entity that crosses another's end is closed and reopened
 * around it (`<b>a<i>b</i></b><i>c</i>`). Newlines are kept as `\n`: style the container with
 * `white-space: pre-wrap`.
 *
 * @example
 * ```ts
 * toHtml(fmt`${bold("<hi>")} ${link("docs", "https://x.dev")}`);
 * // '<b>&lt;hi&gt;</b> <a href="https://x.dev">docs</a>'
 * ```
 */
export function toHtml(text: FormattedText, options: ToHtmlOptions = {}): string {
  const isSafeUrl = options.isSafeUrl ?? ((url: string) => SAFE_SCHEME.test(url));
  const chars = Array.from(text.message);
  const entities = normalizeEntities(text.message, text.entities);
  const tags = new Map(entities.map((e) => [e, tagsFor(e, chars, isSafeUrl)] as const));
  const opensAt = new Map<number, MessageEntity[]>();
  for (const e of entities) {
    const list = opensAt.get(e.startIndex) ?? [];
    list.push(e);
    opensAt.set(e.startIndex, list);
  }

  let out = "";
  const stack: MessageEntity[] = [];
  for (let p = 0; p <= chars.length; p++) {
    // Close everything down to the deepest entity ending here; what was closed on the way and
    // still continues is reopened below, innermost last.
    const deepest = stack.findIndex((e) => entityEnd(e) === p);
    const reopen: MessageEntity[] = [];
    if (deepest !== -1) {
      while (stack.length > deepest) {
        const e = stack.pop() as MessageEntity;
        out += tags.get(e)?.[1] ?? "";
        if (entityEnd(e) !== p) reopen.unshift(e);
      }
    }
    // Longest first, so that what ends last is outermost and needs no splitting.
    const opening = [...reopen, ...(opensAt.get(p) ?? [])].sort((a, b) => entityEnd(b) - entityEnd(a));
    for (const e of opening) {
      out += tags.get(e)?.[0] ?? "";
      stack.push(e);
    }
    if (p < chars.length) out += escapeHtml(chars[p] as string);
  }
  return out;
}

function tagsFor(entity: MessageEntity, chars: string[], isSafeUrl: (url: string) => boolean): [string, string] {
  const e = entity.entity;
  switch (e.case) {
    case "bold":
      return ["<b>", "</b>"];
    case "italic":
      return ["<i>", "</i>"];
    case "underline":
      return ["<u>", "</u>"];
    case "strikethrough":
      return ["<s>", "</s>"];
    case "code":
      return ["<code>", "</code>"];
    case "pre":
      return e.value.language
        ? [`<pre><code class="language-${escapeHtml(e.value.language)}">`, "</code></pre>"]
        : ["<pre><code>", "</code></pre>"];
    case "spoiler":
      return ['<span class="spoiler">', "</span>"];
    case "url":
      return anchor(chars.slice(entity.startIndex, entityEnd(entity)).join(""), isSafeUrl);
    case "textUrl":
      return anchor(e.value.url, isSafeUrl);
    case "customEmoji":
      return [`<span class="custom-emoji" data-emoji-id="${e.value.emojiId}">`, "</span>"];
    case "userMention":
    case "username":
      return ['<span class="mention">', "</span>"];
    default:
      return ["", ""];
  }
}

function anchor(target: string, isSafeUrl: (url: string) => boolean): [string, string] {
  const href = SCHEME.test(target) ? target : `https://${target}`;
  return isSafeUrl(href) ? [`<a href="${escapeHtml(href)}">`, "</a>"] : ["", ""];
}
