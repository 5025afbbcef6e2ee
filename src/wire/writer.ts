// Writing the protobuf binary format, for the generated encoders (gen/osmium/fast_codec.ts) and the
// request envelope (src/connection/codec.ts). Each function writes the bytes protobuf-es's
// BinaryWriter method of the same name writes, and refuses the values it refuses, with its message
// ("invalid uint32: -1"), so an encoder built on them writes exactly the bytes of toBinary()
// (test/codec proves it for every request type).
//
// Why not BinaryWriter itself: free functions are dropped by a bundler when no encoder calls them,
// and the frame's bytes are the writer's own to hand out (src/connection/frame-slab.ts).

/** A growing buffer of encoded bytes, with the starts of the messages still open (`fork`). */
export class WireWriter {
  /** The bytes; those before `pos` are written. */
  buf: Uint8Array = new Uint8Array(INITIAL_BYTES);
  /** How many bytes are written. */
  pos = 0;
  /** Where each open length-delimited field's length goes. */
  readonly forks: number[] = [];
}

const INITIAL_BYTES = 256;

// Floating-point and 64-bit values go through eight bytes of scratch space: one DataView for the module.
const scratch = /*@__PURE__*/ new Uint8Array(8);
const scratchView = /*@__PURE__*/ new DataView(scratch.buffer);

function room(w: WireWriter, n: number): void {
  if (w.pos + n <= w.buf.length) return;
  let size = w.buf.length * 2;
  while (size < w.pos + n) size *= 2;
  const grown = new Uint8Array(size);
  grown.set(w.buf);
  w.buf = grown;
}

/** The written bytes, as a copy; the writer is empty again. */
export function finish(w: WireWriter): Uint8Array {
  const bytes = w.buf.slice(0, w.pos);
  w.pos = 0;
  w.forks.length = 0;
  return bytes;
}

// As protobuf-es checks a 32-bit value: a number, or a string of one (which it then writes).
function integerValue(value: unknown, min: number, max: number, type: string): number {
  let n = value;
  if (typeof n === "string") n = Number(n);
  else if (typeof n !== "number") throw new Error(`invalid ${type}: ${typeof n}`);
  if (!Number.isInteger(n) || (n as number) > max || (n as number) < min) throw new Error(`invalid ${type}: ${n as number}`);
  return n as number;
}

const uint32Value = (value: unknown): number => integerValue(value, 0, 0xffffffff, "uint32");
const int32Value = (value: unknown): number => integerValue(value, -0x80000000, 0x7fffffff, "int32");

function varint32(w: WireWriter, n: number): void {
  room(w, 5);
  const buf = w.buf;
  let pos = w.pos;
  while (n > 0x7f) {
    buf[pos++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  buf[pos++] = n;
  w.pos = pos;
}

/** Writes a tag, or a length the caller computed: a varint of a number known to be a uint32 (no check). */
export function writeTag(w: WireWriter, tag: number): void {
  varint32(w, tag);
}

/** Writes a `uint32` varint. */
export function writeUint32(w: WireWriter, value: number): void {
  varint32(w, uint32Value(value));
}

/** Writes an `int32` (or enum) varint: a negative value takes ten bytes, sign-extended to 64 bits. */
export function writeInt32(w: WireWriter, value: number): void {
  let n = int32Value(value);
  if (n >= 0) return varint32(w, n);
  room(w, 10);
  for (let i = 0; i < 9; i++) {
    w.buf[w.pos++] = (n & 0x7f) | 0x80;
    n >>= 7;
  }
  w.buf[w.pos++] = 1;
}

/** Writes a zigzag `sint32`. */
export function writeSint32(w: WireWriter, value: number): void {
  const n = int32Value(value);
  varint32(w, ((n << 1) ^ (n >> 31)) >>> 0);
}

/** Writes a `bool`: 1 for a truthy value, else 0. */
export function writeBool(w: WireWriter, value: boolean): void {
  room(w, 1);
  w.buf[w.pos++] = value ? 1 : 0;
}

/** Writes bytes as they are (a tag and length must come before them). */
export function writeRaw(w: WireWriter, bytes: Uint8Array): void {
  room(w, bytes.length);
  w.buf.set(bytes, w.pos);
  w.pos += bytes.length;
}

/** Writes a length-delimited `bytes` field's value. */
export function writeBytes(w: WireWriter, value: Uint8Array): void {
  // Checked as protobuf-es checks it: a string or a number here has no byteLength ("invalid uint32: undefined").
  varint32(w, uint32Value(value.byteLength));
  writeRaw(w, value);
}

function varint32Size(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

// Moves the `length` bytes after `from` so they start at `to`.
function shift(w: WireWriter, from: number, to: number, length: number): void {
  room(w, to - from);
  w.buf.copyWithin(to, from, from + length);
}

let encoder: TextEncoder | undefined;

/** Writes a string as UTF-8 (a value of another type as `String(value)`, as TextEncoder would). */
export function writeString(w: WireWriter, value: string): void {
  const text = typeof value === "string" ? value : String(value);
  const n = text.length;
  // Short ASCII text, the most common kind, is copied here; its length is one byte.
  if (n < 0x80) {
    room(w, n + 1);
    const buf = w.buf;
    let pos = w.pos + 1;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) break;
      buf[pos++] = c;
    }
    if (i === n) {
      buf[w.pos] = n;
      w.pos = pos;
      return;
    }
  }
  // A UTF-16 unit is at most 3 bytes of UTF-8; the length's size is guessed from the text's, and
  // the bytes are moved when the guess was short or long.
  room(w, n * 3 + 5);
  const guess = varint32Size(n);
  const start = w.pos;
  const { written } = (encoder ??= new TextEncoder()).encodeInto(text, w.buf.subarray(start + guess));
  const size = varint32Size(written);
  if (size !== guess) shift(w, start + guess, start + size, written);
  varint32(w, written);
  w.pos += written;
}

/** Starts a length-delimited field's value (a message, a packed list): its length comes with `join`. */
export function fork(w: WireWriter): void {
  w.forks.push(w.pos);
  // One byte is kept for the length: the bytes move only for a value of 128 bytes or more.
  room(w, 1);
  w.pos++;
}

/** Ends the value `fork` started, writing its length before it. */
export function join(w: WireWriter): void {
  const start = w.forks.pop();
  if (start === undefined) throw new Error("invalid state, fork stack empty");
  // Checked as protobuf-es checks it: a value written wrong (an ArrayBuffer as bytes) leaves a
  // length that is no number, and the frame must fail here rather than go out broken.
  const length = uint32Value(w.pos - start - 1);
  const size = varint32Size(length);
  if (size > 1) shift(w, start + 1, start + size, length);
  w.pos = start;
  varint32(w, length);
  w.pos += length;
}

// Scratch bytes to the buffer.
function fromScratch(w: WireWriter, n: number): void {
  room(w, n);
  for (let i = 0; i < n; i++) w.buf[w.pos++] = scratch[i]!;
}

/** Writes a `fixed32`. */
export function writeFixed32(w: WireWriter, value: number): void {
  scratchView.setUint32(0, uint32Value(value), true);
  fromScratch(w, 4);
}

/** Writes an `sfixed32`. */
export function writeSfixed32(w: WireWriter, value: number): void {
  scratchView.setInt32(0, int32Value(value), true);
  fromScratch(w, 4);
}

/** Writes a `float`; a finite value beyond float32's range is refused (NaN and the infinities are floats). */
export function writeFloat(w: WireWriter, value: number): void {
  let n: unknown = value;
  if (typeof n === "string") {
    const text = n;
    n = Number(text);
    if (Number.isNaN(n) && text !== "NaN") throw new Error(`invalid float32: ${text}`);
  } else if (typeof n !== "number") throw new Error(`invalid float32: ${typeof n}`);
  if (!Number.isFinite(Math.fround(n as number)) && Number.isFinite(n)) throw new Error(`invalid float32: ${n as number}`);
  scratchView.setFloat32(0, n as number, true);
  fromScratch(w, 4);
}

/** Writes a `double`. */
export function writeDouble(w: WireWriter, value: number): void {
  scratchView.setFloat64(0, value, true);
  fromScratch(w, 8);
}

const INT64_MIN = -0x8000_0000_0000_0000n;
const INT64_MAX = 0x7fff_ffff_ffff_ffffn;
const UINT64_MAX = 0xffff_ffff_ffff_ffffn;

// A 64-bit value (a bigint, or its decimal digits) into the scratch space; out of range is refused.
function int64ToScratch(value: bigint | string, signed: boolean): void {
  const n = typeof value === "bigint" ? value : BigInt(value);
  if (signed ? n < INT64_MIN || n > INT64_MAX : n < 0n || n > UINT64_MAX) throw new Error(`invalid ${signed ? "int64" : "uint64"}: ${value}`);
  scratchView.setBigInt64(0, BigInt.asIntN(64, n), true);
}

/** Writes a `fixed64`. */
export function writeFixed64(w: WireWriter, value: bigint | string): void {
  int64ToScratch(value, false);
  fromScratch(w, 8);
}

/** Writes an `sfixed64`. */
export function writeSfixed64(w: WireWriter, value: bigint | string): void {
  int64ToScratch(value, true);
  fromScratch(w, 8);
}

// The 64 bits in `lo` and `hi` (two's complement), as a varint of up to ten bytes.
function varint64(w: WireWriter, lo: number, hi: number): void {
  room(w, 10);
  const buf = w.buf;
  while (hi !== 0 || lo >>> 0 > 0x7f) {
    buf[w.pos++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  buf[w.pos++] = lo;
}

/** Writes an `int64` varint (a negative value takes ten bytes). */
export function writeInt64(w: WireWriter, value: bigint | string): void {
  int64ToScratch(value, true);
  varint64(w, scratchView.getUint32(0, true), scratchView.getUint32(4, true));
}

/** Writes a `uint64` varint. */
export function writeUint64(w: WireWriter, value: bigint | string): void {
  int64ToScratch(value, false);
  varint64(w, scratchView.getUint32(0, true), scratchView.getUint32(4, true));
}

/** Writes a zigzag `sint64`. */
export function writeSint64(w: WireWriter, value: bigint | string): void {
  int64ToScratch(value, true);
  const lo = scratchView.getInt32(0, true);
  const hi = scratchView.getInt32(4, true);
  const sign = hi >> 31;
  varint64(w, ((lo << 1) ^ sign) >>> 0, (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0);
}
