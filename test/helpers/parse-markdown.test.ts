import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/helpers/formatting/parse-markdown.js";
import { type EntitySummary, summarize } from "./summary.js";

function parsed(source: string, options?: Parameters<typeof parseMarkdown>[1]): [string, EntitySummary[]] {
  const { message, entities } = parseMarkdown(source, options);
  return [message, summarize(entities)];
}

describe("parseMarkdown", () => {
  it.each<[string, string, EntitySummary[]]>([
    ["**bold**", "bold", [["bold", 0, 4]]],
    ["_italic_", "italic", [["italic", 0, 6]]],
    ["__under__", "under", [["underline", 0, 5]]],
    ["~~gone~~", "gone", [["strikethrough", 0, 4]]],
    ["||secret||", "secret", [["spoiler", 0, 6]]],
    ["`x + 1`", "x + 1", [["code", 0, 5]]],
    ["[docs](https://x.dev/a)", "docs", [["textUrl", 0, 4, "https://x.dev/a"]]],
    ["<https://x.dev/a_b*c>", "https://x.dev/a_b*c", [["url", 0, 19]]],
    ["hi @alice!", "hi @alice!", [["username", 3, 6]]],
  ])("parses %j", (source, message, entities) => {
    expect(parsed(source)).toEqual([message, entities]);
  });

  it("parses fenced blocks with and without a language", () => {
    expect(parsed("```ts\nconst x = 1;\n```")).toEqual(["const x = 1;", [["pre", 0, 12, "ts"]]]);
    expect(parsed("```\nplain\n```")).toEqual(["plain", [["pre", 0, 5]]]);
    expect(parsed("```one line```")).toEqual(["one line", [["pre", 0, 8]]]);
    expect(parsed("a```c++\nx\n\n```b")).toEqual(["ax\nb", [["pre", 1, 2, "c++"]]]);
    expect(parsed("```sh\necho `date` **x**\n```")).toEqual(["echo `date` **x**", [["pre", 0, 17, "sh"]]]);
  });

  it("counts offsets in code points: emoji, astral, ZWJ, combining marks", () => {
    expect(parsed("😀 **𝒳y**")).toEqual(["😀 𝒳y", [["bold", 2, 2]]]);
    expect(parsed("👨‍👩‍👧 _hi_ 👨‍👩‍👧")).toEqual(["👨‍👩‍👧 hi 👨‍👩‍👧", [["italic", 6, 2]]]);
    expect(parsed("e\u0301 __u__")).toEqual(["e\u0301 u", [["underline", 3, 1]]]);
    expect(parsed("[🇫🇷](https://fr)`𝒳`")).toEqual(["🇫🇷𝒳", [["textUrl", 0, 2, "https://fr"], ["code", 2, 1]]]);
  });

  it("nests and overlaps different kinds", () => {
    expect(parsed("**bold _both_**")).toEqual(["bold both", [["bold", 0, 9], ["italic", 5, 4]]]);
    expect(parsed("**a _b** c_")).toEqual(["a b c", [["bold", 0, 3], ["italic", 2, 3]]]);
    expect(parsed("[a **b**](u)")).toEqual(["a b", [["textUrl", 0, 3, "u"], ["bold", 2, 1]]]);
    expect(parsed("[a [b](v) c](u)")).toEqual(["a b c", [["textUrl", 0, 5, "u"], ["textUrl", 2, 1, "v"]]]);
    expect(parsed("___both___")).toEqual(["both", [["italic", 0, 4], ["underline", 0, 4]]]);
  });

  it("keeps unclosed and empty markup as text", () => {
    expect(parsed("**a")).toEqual(["**a", []]);
    expect(parsed("a_b")).toEqual(["a_b", []]);
    expect(parsed("****")).toEqual(["****", []]);
    expect(parsed("[](u)")).toEqual(["[](u)", []]);
    expect(parsed("``")).toEqual(["``", []]);
    expect(parsed("```ts\nno end")).toEqual(["```ts\nno end", []]);
    expect(parsed("[a] (b) a](b) [c")).toEqual(["[a] (b) a](b) [c", []]);
    expect(parsed("[[a](u)")).toEqual(["[a", [["textUrl", 1, 1, "u"]]]);
    expect(parsed("<not a link> a < b")).toEqual(["<not a link> a < b", []]);
  });

  it("reads underscores between words as italic markers, so snake_case needs escapes", () => {
    expect(parsed("snake_case_name")).toEqual(["snakecasename", [["italic", 5, 4]]]);
    expect(parsed("snake\\_case\\_name")).toEqual(["snake_case_name", []]);
  });

  it("makes ASCII punctuation literal after a backslash", () => {
    expect(parsed("\\*\\*not bold\\*\\*")).toEqual(["**not bold**", []]);
    expect(parsed("\\[x\\](y) \\@bob \\<https://x>")).toEqual(["[x](y) @bob <https://x>", []]);
    expect(parsed("a\\\\b \\a \\😀")).toEqual(["a\\b \\a \\😀", []]);
    expect(parsed("**a\\**")).toEqual(["**a**", []]);
  });

  it("has only \\` and \\\\ as escapes inside code, and \\) \\\\ in link targets", () => {
    expect(parsed("`a\\`b\\\\c\\d`")).toEqual(["a`b\\c\\d", [["code", 0, 7]]]);
    expect(parsed("[a](https://x.dev/(1\\)\\\\)")).toEqual(["a", [["textUrl", 0, 1, "https://x.dev/(1)\\"]]]);
  });

  it("maps @name to a username entity, not after a letter or digit, not ending in _", () => {
    expect(parsed("@bob_smith, a@b.com, 1@x")).toEqual(["@bob_smith, a@b.com, 1@x", [["username", 0, 10]]]);
    expect(parsed("_hi @bob_")).toEqual(["hi @bob", [["italic", 0, 7], ["username", 3, 4]]]);
    expect(parsed("**@bob**")).toEqual(["@bob", [["bold", 0, 4], ["username", 0, 4]]]);
    expect(parsed("@ @_x")).toEqual(["@ @_x", []]);
    expect(parsed("hi @alice", { mentions: false })).toEqual(["hi @alice", []]);
  });

  it("decides a mention by the message text, not by markers between: a@bob is no mention in any markup", () => {
    // The writer cannot put markers back between "a" and "@bob" once equal spoilers merge, so a
    // mention seen only thanks to a marker would not survive toMarkdown and parseMarkdown again.
    expect(parsed("||a||||@bob||")).toEqual(["a@bob", [["spoiler", 0, 5]]]);
    expect(parsed("**a**@bob")).toEqual(["a@bob", [["bold", 0, 1]]]);
    expect(parsed("**a** @bob")).toEqual(["a @bob", [["bold", 0, 1], ["username", 2, 4]]]);
  });
});
