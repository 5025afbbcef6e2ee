//
// Entity offsets and lengths are Unicode code points, not UTF-16 code units (docs/protocol.md "Text",
// types.proto `MessageEntity.start_index`). JavaScript strings index UTF-16 units, so every
// helper converts through these functions: an emoji such as 😀 or 𝒳 is 1 code point but 2 units.
//

/**
 * The length of `text` in Unicode code points, the unit of entity offsets.
 *
 * @example
 * ```ts
 * codePointLength("a😀");        // 2 (while "a😀".length is 3)
 * codePointLength("👨‍👩‍👧");        // 5: three people joined by two zero-width joiners
 * ```
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single astral code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Converts a UTF-16 index into `text` (what `String.prototype.indexOf` returns) to a code point
 * offset (what entities use).
 *
 * @example
 * ```ts
 * const text = "😀 hi";
 * utf16ToCodePoint(text, text.indexOf("hi")); // 2
 * ```
 */
export function utf16ToCodePoint(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

/**
 * Converts a code point offset (from an entity) to a UTF-16 index into `text`, for `slice`.
 * Offsets past the end give `text.length`.
 *
 * @example
 * ```ts
 * const text = "😀 hi";
 * text.slice(codePointToUtf16(text, 2)); // "hi"
 * ```
 */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  let i = 0;
  for (let n = 0; n < codePointOffset && i < text.length; n++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length;
    i += pair && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/**
 * The part of `text` an entity covers, given its code point `start` and `length`.
 *
 * @example
 * ```ts
 * sliceCodePoints("𝒳 bold", 2, 4); // "bold"
 * ```
 */
export function sliceCodePoints(text: string, start: number, length: number): string {
  const from = codePointToUtf16(text, start);
  const to = from + codePointToUtf16(text.slice(from), length);
  return text.slice(from, to);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
