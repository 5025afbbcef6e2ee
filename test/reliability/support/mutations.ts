// Byte-level mutations of valid frames, the classic fuzzing moves: truncation, bit flips, oversized
// varints (longer than the 10 bytes a uint64 can take, or overflowing it), length prefixes that run
// past the end of the frame, spliced garbage, and plain random bytes.
import fc from "fast-check";

/** An 11-byte varint for field 1: longer than any valid varint. */
export const OVERLONG_VARINT = new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
/** A 10-byte varint for field 1 whose value overflows 64 bits. */
export const OVERFLOWING_VARINT = new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
/** Field 2, length-delimited, announcing 2^32 − 1 bytes that are not there. */
export const HUGE_LENGTH = new Uint8Array([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function flipBits(bytes: Uint8Array, positions: number[]): Uint8Array {
  const out = bytes.slice();
  for (const bit of positions) if (out.length > 0) out[(bit >> 3) % out.length] ^= 1 << (bit & 7);
  return out;
}

/** How a frame was damaged, kept next to the bytes so a shrunk counterexample says what it is. */
export interface Frame {
  readonly how: string;
  readonly bytes: Uint8Array;
}

/** Valid frames from `valid` (`validWeight` times as likely as each kind of damage), and every kind of damaged one. */
export function frames(valid: fc.Arbitrary<Uint8Array>, validWeight = 1): fc.Arbitrary<Frame> {
  const at = (bytes: Uint8Array) => fc.nat(bytes.length);
  return fc.oneof(
    { weight: validWeight, arbitrary: valid.map((bytes) => ({ how: "valid", bytes })) },
    valid.chain((b) => at(b).map((n) => ({ how: `truncated to ${n}`, bytes: b.slice(0, n) }))),
    valid.chain((b) => fc.array(fc.nat(Math.max(0, b.length * 8 - 1)), { minLength: 1, maxLength: 3 }).map((bits) => ({ how: `bits ${bits} flipped`, bytes: flipBits(b, bits) }))),
    valid.chain((b) =>
      fc.tuple(at(b), fc.constantFrom(OVERLONG_VARINT, OVERFLOWING_VARINT, HUGE_LENGTH)).map(([n, bad]) => ({
        how: `bad varint or length inserted at ${n}`,
        bytes: concat(b.slice(0, n), bad, b.slice(n)),
      })),
    ),
    valid.chain((b) => fc.tuple(at(b), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, junk]) => ({ how: `junk spliced at ${n}`, bytes: concat(b.slice(0, n), junk, b.slice(n)) }))),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ how: "random bytes", bytes })),
  );
}
