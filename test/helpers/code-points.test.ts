import { describe, expect, it } from "vitest";
import { codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from "../../src/helpers/formatting/code-points.js";

describe("code points", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["a😀", 2],
    ["𝒳", 1],
    ["👨‍👩‍👧", 5], // man, ZWJ, woman, ZWJ, girl
    ["e\u0301", 2], // e + combining acute
    ["🇫🇷", 2], // two regional indicators
    ["\ud800", 1], // a lone surrogate counts as one
    ["\ud800a", 2],
  ])("codePointLength(%j) is %i", (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });

  it("converts between UTF-16 indexes and code point offsets", () => {
    const text = "😀 👨‍👩‍👧 hi";
    expect(text.indexOf("hi")).toBe(12);
    expect(utf16ToCodePoint(text, 12)).toBe(8);
    expect(codePointToUtf16(text, 8)).toBe(12);
    expect(codePointToUtf16(text, 1)).toBe(2);
    expect(codePointToUtf16(text, 100)).toBe(text.length);
  });

  it("slices by code points", () => {
    expect(sliceCodePoints("𝒳 bold", 2, 4)).toBe("bold");
    expect(sliceCodePoints("👨‍👩‍👧!", 0, 5)).toBe("👨‍👩‍👧");
    expect(sliceCodePoints("👨‍👩‍👧!", 2, 1)).toBe("👩");
    expect(sliceCodePoints("ab", 1, 10)).toBe("b");
  });
});
