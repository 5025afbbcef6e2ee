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
import { toMarkdown } from "../../src/helpers/formatting/to-markdown.js";
import { summarize } from "./summary.js";

describe("toMarkdown", () => {
  it("writes every kind the parser reads", () => {
    const text = fmt`${bold("b")} ${italic("i")} ${underline("u")} ${strikethrough("s")} ${spoiler("p")} ${code("c")} ${link("l", "https://x.dev")} ${plainLink("https://y.dev")} ${mention("bob")}`;
    expect(toMarkdown(text)).toBe("**b** _i_ __u__ ~~s~~ ||p|| `c` [l](https://x.dev) <https://y.dev> @bob");
    expect(toMarkdown(pre("const x = 1;", "ts"))).toBe("```ts\nconst x = 1;\n```");
    expect(toMarkdown(pre("plain"))).toBe("```\nplain\n```");
  });

  it("escapes literal markers", () => {
    expect(toMarkdown({ message: "a_b *c* [d] ~e~ |f| `g` \\h \\", entities: [] })).toBe(
      "a\\_b \\*c\\* \\[d\\] \\~e\\~ \\|f\\| \\`g\\` \\h \\",
    );
    expect(toMarkdown(fmt`${bold("5 * 3")} is ${code("15")}`)).toBe("**5 \\* 3** is `15`");
    expect(toMarkdown({ message: "\\*", entities: [] })).toBe("\\\\\\*");
  });

  it("escapes @ and < only where they would start a mention or an autolink", () => {
    expect(toMarkdown({ message: "@alice a@b @ x<y <https://x>", entities: [] })).toBe("\\@alice a@b @ x<y \\<https://x>");
  });

  it("escapes a backslash before closing markers", () => {
    expect(toMarkdown(bold("a\\"))).toBe("**a\\\\**");
  });

  it("escapes backticks in code and ) in link targets", () => {
    expect(toMarkdown(code("a`b\\"))).toBe("`a\\`b\\\\`");
    expect(toMarkdown(pre("x ``` y", "sh"))).toBe("```sh\nx \\`\\`\\` y\n```");
    expect(toMarkdown(link("a", "https://x.dev/(1)\\"))).toBe("[a](https://x.dev/(1\\)\\\\)");
  });

  it("keeps offsets in code points", () => {
    const text = concat("👨‍👩‍👧 ", bold("𝒳"), " e\u0301", italic("😀"));
    expect(toMarkdown(text)).toBe("👨‍👩‍👧 **𝒳** e\u0301_😀_");
  });

  it("nests markers like the entities and writes overlaps as they are", () => {
    expect(toMarkdown(bold("a ", italic("b")))).toBe("**a _b_**");
    expect(toMarkdown(parseMarkdown("**a _b** c_"))).toBe("**a _b** c_");
    expect(toMarkdown(link(bold("x"), "u"))).toBe("**[x](u)**");
  });

  it("splits links that overlap without nesting", () => {
    const text = {
      message: "abcdef",
      entities: [makeEntity(0, 4, { case: "textUrl", value: { url: "u" } }), makeEntity(2, 4, { case: "textUrl", value: { url: "v" } })],
    };
    expect(toMarkdown(text)).toBe("[ab[cd](v)](u)[ef](v)");
    expect(summarize(parseMarkdown(toMarkdown(text)).entities)).toEqual([
      ["textUrl", 0, 4, "u"],
      ["textUrl", 2, 2, "v"],
      ["textUrl", 4, 2, "v"],
    ]);
  });

  it("widens styling that starts or ends inside code to the whole code", () => {
    const text = { message: "abc", entities: [makeEntity(0, 3, { case: "code", value: true }), makeEntity(1, 1, { case: "bold", value: true })] };
    expect(toMarkdown(text)).toBe("**`abc`**");
  });

  it("drops what markdown cannot say, keeping the text", () => {
    expect(toMarkdown(concat(customEmoji("🙂", 5n), userMention("Carol"), plainLink("example.com")))).toBe("🙂Carolexample.com");
  });

  it("writes a mention that would not read back as one as escaped text", () => {
    expect(toMarkdown(concat("x", mention("bob")))).toBe("x@bob");
    expect(toMarkdown(concat(mention("bob"), "x"))).toBe("\\@bobx");
    expect(toMarkdown(concat(mention("bob"), italic("x")))).toBe("\\@bob_x_");
    // Markers do not set a mention apart: the message reads "@bobx", so "@bob" is text on both sides.
    expect(toMarkdown(concat(mention("bob"), bold("x")))).toBe("\\@bob**x**");
    expect(toMarkdown(mention("bob_"))).toBe("\\@bob\\_");
  });
});
