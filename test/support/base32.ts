// Test-side decoding of the secrets the reference server hands out in otpauth:// URLs.

/** RFC 4648 base32 (no padding) to bytes. */
export function fromBase32(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The TOTP secret of an otpauth:// URL (empty when the URL has none). */
export const secretOfOtpauthUrl = (url: string | undefined): Uint8Array => fromBase32(/secret=([A-Z2-7]+)/.exec(url ?? "")?.[1] ?? "");
