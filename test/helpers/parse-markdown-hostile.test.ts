// parseMarkdown on input built to defeat it: openers that never close, repeated by the hundred
// thousand. Each scan for a closer used to run to the end of the text, once per opener, so
// "[a](" × 25 000 took 34 s; at the million characters used here that is hours, while a linear
// parse takes well under a second. The sizes give the suite's timeout a margin of 100× or more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../../src/helpers/formatting/code-points.js";
import { parseMarkdown } from "../../src/helpers/formatting/parse-markdown.js";
import { toMarkdown } from "../../src/helpers/formatting/to-markdown.js";
import { summarize } from "./summary.js";

const MILLION = 1_000_000;
const repeat = (piece: string, length = MILLION) => piece.repeat(Math.ceil(length / piece.length));

describe("parseMarkdown on hostile input", () => {
  it.each([
    ["[a](", "a link close with no ')' anywhere after it"],
    ["[`](", "brackets around stray backticks"],
    ["```a", "fences on one endless line"],
  ])("%s repeated to a million characters makes no link (%s)", (piece) => {
    const source = repeat(piece);
    const { message, entities } = parseMarkdown(source);
    if (piece === "```a") {
      // "```a```" pairs up: every second fence wraps an "a" in a pre entity.
      expect(entities.length).toBe(Math.floor(source.length / 8));
      expect(entities.every((e) => e.entity.case === "pre")).toBe(true);
    } else if (piece === "[a](") {
      expect(message).toBe(source);
      expect(entities).toEqual([]);
    } else {
      // "[`](" "[`](": the backticks pair into code spans "](["; the brackets never make a link.
      expect(entities.length).toBe(Math.floor(source.length / 8));
      expect(entities.every((e) => e.entity.case === "code")).toBe(true);
    }
  });

  it("'[' × n then '](' × n: no link, the text kept as typed", () => {
    const n = MILLION / 3;
    const source = "[".repeat(n) + "](".repeat(n);
    const { message, entities } = parseMarkdown(source);
    expect(message).toBe(source);
    expect(entities).toEqual([]);
  });

  it.each(["`", "```\n", "```ts\n", "\\`", "<a:", "<https://x"])("%j repeated never closes: the text stays as typed", (piece) => {
    const source = repeat(piece, 300_000);
    const { message, entities } = parseMarkdown(source);
    expect(entities).toEqual([]);
    expect(message).toBe(piece === "\\`" ? "`".repeat(source.length / 2) : source);
  });

  it("'**a** ' × 160 000: every bold kept, none merged (no stack overflow on many entities)", () => {
    const source = repeat("**a** ", 960_000);
    const { message, entities } = parseMarkdown(source);
    expect(message).toBe("a ".repeat(160_000));
    expect(entities.length).toBe(160_000);
    expect(summarize(entities.slice(0, 2))).toEqual(summarize(parseMarkdown("**a** **a**").entities));
  });

  // Random hostile shapes: a few markers repeated thousands of times with closers sprinkled in.
  // What is parsed must survive a round trip through toMarkdown, whatever was skipped as unclosed.
  const OPENERS = ["[", "](", "(", ")", "`", "```", "```ts\n", "\\", "<a:", "@a_", "**", "_", "||", "~~", "a", " ", "\n"];
  const hostile = fc
    .tuple(fc.array(fc.constantFrom(...OPENERS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 500, max: 3_000 }), fc.array(fc.constantFrom(...OPENERS), { maxLength: 3 }))
    .map(([unit, times, tail]) => unit.join("").repeat(times) + tail.join(""));

  it("random repeated markers parse in linear time and round-trip through toMarkdown", () => {
    fc.assert(
      fc.property(hostile, (source) => {
        const parsed = parseMarkdown(source);
        const length = codePointLength(parsed.message);
        for (const e of parsed.entities) expect(e.startIndex + e.length).toBeLessThanOrEqual(length);
        const again = parseMarkdown(toMarkdown(parsed));
        expect(again.message).toBe(parsed.message);
        expect(summarize(again.entities)).toEqual(summarize(parsed.entities));
      }),
      { numRuns: 100 },
    );
  });
});
