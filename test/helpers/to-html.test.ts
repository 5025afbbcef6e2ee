import { describe, expect, it } from "vitest";
import {
  bold,
  code,
  concat,
  customEmoji,
  fmt,
  italic,
  link,
  mention,
  pre,
  spoiler,
  strikethrough,
  underline,
  plainLink,
  userMention,
} from "../../src/helpers/formatting/builder.js";
import { makeEntity } from "../../src/helpers/formatting/entities.js";
import { parseMarkdown } from "../../src/helpers/formatting/parse-markdown.js";
import { escapeHtml, toHtml } from "../../src/helpers/formatting/to-html.js";

describe("toHtml", () => {
  it("escapes & < > \" '", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(toHtml({ message: `<script>alert("x" & 'y')</script>`, entities: [] })).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
  });

  it("renders every kind", () => {
    const text = fmt`${bold("b")}${italic("i")}${underline("u")}${strikethrough("s")}${spoiler("p")}${code("<c>")}${mention("bob")}${userMention("Al")}${customEmoji("🙂", 7n)}`;
    expect(toHtml(text)).toBe(
      '<b>b</b><i>i</i><u>u</u><s>s</s><span class="spoiler">p</span><code>&lt;c&gt;</code>' +
        '<span class="mention">@bob</span><span class="mention">Al</span><span class="custom-emoji" data-emoji-id="7">🙂</span>',
    );
    expect(toHtml(pre("a < b", "c++"))).toBe('<pre><code class="language-c++">a &lt; b</code></pre>');
    expect(toHtml(pre("x"))).toBe("<pre><code>x</code></pre>");
    expect(toHtml(pre("x", '"><img>'))).toBe('<pre><code class="language-&quot;&gt;&lt;img&gt;">x</code></pre>');
  });

  it("renders links with escaped, safe hrefs", () => {
    expect(toHtml(link("docs", `https://x.dev/?a=1&b="2"`))).toBe('<a href="https://x.dev/?a=1&amp;b=&quot;2&quot;">docs</a>');
    expect(toHtml(plainLink("https://y.dev"))).toBe('<a href="https://y.dev">https://y.dev</a>');
    expect(toHtml(plainLink("example.com"))).toBe('<a href="https://example.com">example.com</a>');
    expect(toHtml(link("mail", "mailto:a@b.c"))).toBe('<a href="mailto:a@b.c">mail</a>');
  });

  it("renders unsafe links as their text only", () => {
    expect(toHtml(link(bold("click"), "javascript:alert(1)"))).toBe("<b>click</b>");
    expect(toHtml(link("x", "data:text/html,<b>"))).toBe("x");
    expect(toHtml(link("x", "ftp://h"), { isSafeUrl: (u) => u.startsWith("ftp:") })).toBe('<a href="ftp://h">x</a>');
  });

  it("nests, and closes and reopens tags where entities overlap", () => {
    expect(toHtml(bold("a ", italic("b")))).toBe("<b>a <i>b</i></b>");
    expect(toHtml(parseMarkdown("**a _b** c_"))).toBe("<b>a <i>b</i></b><i> c</i>");
    expect(toHtml(parseMarkdown("_a **b_ c**"))).toBe("<i>a <b>b</b></i><b> c</b>");
  });

  it("places tags by code points", () => {
    expect(toHtml(concat("😀", bold("𝒳"), "👨‍👩‍👧", italic("e\u0301")))).toBe("😀<b>𝒳</b>👨‍👩‍👧<i>e\u0301</i>");
  });

  it("clamps entities past the end and ignores empty ones", () => {
    const text = {
      message: "ab",
      entities: [makeEntity(1, 10, { case: "bold", value: true }), makeEntity(5, 1, { case: "italic", value: true }), makeEntity(0, 0, { case: "code", value: true })],
    };
    expect(toHtml(text)).toBe("a<b>b</b>");
  });

  it("keeps newlines as they are", () => {
    expect(toHtml(bold("a\nb"))).toBe("<b>a\nb</b>");
  });
});
