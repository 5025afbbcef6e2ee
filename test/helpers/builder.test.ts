import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors.js";
import {
  bold,
  code,
  concat,
  customEmoji,
  fmt,
  italic,
  join,
  link,
  mention,
  pre,
  spoiler,
  strikethrough,
  underline,
  plainLink,
  userMention,
} from "../../src/helpers/formatting/builder.js";
import { summarize } from "./summary.js";

describe("formatting builder", () => {
  it("builds with a tagged template, offsets in code points", () => {
    const text = fmt`😀 Hello ${bold("wörld")}, ${italic("𝒳")}!`;
    expect(text.message).toBe("😀 Hello wörld, 𝒳!");
    expect(summarize(text.entities)).toEqual([
      ["bold", 8, 5],
      ["italic", 15, 1],
    ]);
  });

  it("nests, outer entity first", () => {
    const text = bold("a ", italic("b ", underline("c")), strikethrough("d"));
    expect(text.message).toBe("a b cd");
    expect(summarize(text.entities)).toEqual([
      ["bold", 0, 6],
      ["italic", 2, 3],
      ["underline", 4, 1],
      ["strikethrough", 5, 1],
    ]);
  });

  it("counts ZWJ sequences and combining marks as their code points", () => {
    const text = concat("👨‍👩‍👧", spoiler("x"), "e\u0301", code("y"));
    expect(text.message).toBe("👨‍👩‍👧xe\u0301y");
    expect(summarize(text.entities)).toEqual([
      ["spoiler", 5, 1],
      ["code", 8, 1],
    ]);
  });

  it("takes strings literally and numbers as text", () => {
    const text = fmt`**${"_x_"}** ${42} ${7n}`;
    expect(text).toEqual({ message: "**_x_** 42 7", entities: [] });
  });

  it("builds links, code blocks, urls, mentions and custom emoji", () => {
    const text = join(
      [
        link(bold("docs"), "https://x.dev"),
        pre("let a = 1;", "ts"),
        pre("plain"),
        plainLink("https://y.dev"),
        mention("alice"),
        mention("@bob"),
        userMention("Carol"),
        customEmoji("🙂", "99"),
      ],
      " ",
    );
    expect(text.message).toBe("docs let a = 1; plain https://y.dev @alice @bob Carol 🙂");
    expect(summarize(text.entities)).toEqual([
      ["textUrl", 0, 4, "https://x.dev"],
      ["bold", 0, 4],
      ["pre", 5, 10, "ts"],
      ["pre", 16, 5],
      ["url", 22, 13],
      ["username", 36, 6],
      ["username", 43, 4],
      ["userMention", 48, 5],
      ["customEmoji", 54, 1, "99"],
    ]);
  });

  it("adds no entity for empty content", () => {
    expect(bold("")).toEqual({ message: "", entities: [] });
    expect(fmt`a${italic()}b`).toEqual({ message: "ab", entities: [] });
  });

  it("does not share entity objects with its inputs", () => {
    const inner = bold("x");
    const outer = concat("ab", inner);
    expect(summarize(inner.entities)).toEqual([["bold", 0, 1]]);
    expect(summarize(outer.entities)).toEqual([["bold", 2, 1]]);
  });

  it("rejects a bad custom emoji id", () => {
    expect(() => customEmoji("🙂", "x1")).toThrow(InvalidArgumentError);
    expect(() => customEmoji("🙂", "x1")).toThrow('emojiId must be a bigint or a string of decimal digits, got "x1"');
  });
});
