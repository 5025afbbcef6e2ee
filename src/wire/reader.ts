// Reading the protobuf binary format, for the generated decoders (gen/osmium/fast_codec.ts). Each
// function reads what protobuf-es's BinaryReader method of the same name reads and refuses what it
// refuses (a truncated field, a varint over 10 bytes, an illegal tag), so a decoder built on them
// takes exactly the bytes fromBinary() takes (test/codec proves it for every decoded type).
//
// Why not BinaryReader itself: free functions are dropped by a bundler when no decoder calls them,
// and a reader that makes no DataView per frame is cheaper for the small frames most updates are.

/** A position in the bytes of one message: the state the read functions advance. */
export class WireReader {
  /** The next byte to read. */
  pos = 0;
  /** The end of the bytes (reads past it throw). */
  readonly len: number;

  constructor(
    /** The bytes being read. */
    readonly buf: Uint8Array,
  ) {
    this.len = buf.length;
  }
}

// 64-bit and floating-point values go through eight bytes of scratch space: one DataView for the
// module, none per frame.
const scratch = /*@__PURE__*/ new Uint8Array(8);
const scratchView = /*@__PURE__*/ new DataView(scratch.buffer);

function eof(): RangeError {
  return new RangeError("premature EOF");
}

function checkBounds(r: WireReader): void {
  if (r.pos > r.len) throw eof();
}

/** Reads a varint as an unsigned 32-bit number (the higher bits of a longer varint are dropped). */
export function readUint32(r: WireReader): number {
  const buf = r.buf;
  let b = buf[r.pos++]!;
  if ((b & 0x80) === 0) {
    checkBounds(r);
    return b;
  }
  let value = b & 0x7f;
  for (let shift = 7; shift < 28; shift += 7) {
    b = buf[r.pos++]!;
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) {
      checkBounds(r);
      return value;
    }
  }
  b = buf[r.pos++]!;
  value |= (b & 0x0f) << 28;
  // A negative int32 is ten bytes long: skip the sign extension, up to the varint's limit.
  for (let read = 5; (b & 0x80) !== 0 && read < 10; read++) b = buf[r.pos++]!;
  if ((b & 0x80) !== 0) throw new Error("invalid varint");
  checkBounds(r);
  return value >>> 0;
}

/** Reads a tag (`field number << 3 | wire type`); throws for what is no tag: field 0, wire types 6 and 7, over 32 bits. */
export function readTag(r: WireReader): number {
  const start = r.pos;
  const tag = readUint32(r);
  const length = r.pos - start;
  if (length > 5 || (length === 5 && r.buf[r.pos - 1]! > 0x0f)) throw new Error("illegal tag: varint overflows uint32");
  if (tag < 8 || (tag & 7) > 5) throw new Error(`illegal tag: field no ${tag >>> 3} wire type ${tag & 7}`);
  return tag;
}

/** Reads an `int32` (or enum) varint. */
export function readInt32(r: WireReader): number {
  return readUint32(r) | 0;
}

/** Reads a zigzag `sint32`. */
export function readSint32(r: WireReader): number {
  const n = readUint32(r);
  return (n >>> 1) ^ -(n & 1);
}

let lo = 0;
let hi = 0;

// A varint of up to 64 bits, into `lo` and `hi`.
function readVarint64(r: WireReader): void {
  const buf = r.buf;
  let l = 0;
  let h = 0;
  let b = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    b = buf[r.pos++]!;
    l |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return done64(r, l, h);
  }
  b = buf[r.pos++]!;
  l |= (b & 0x0f) << 28;
  h = (b & 0x70) >> 4;
  if ((b & 0x80) === 0) return done64(r, l, h);
  for (let shift = 3; shift <= 31; shift += 7) {
    b = buf[r.pos++]!;
    h |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return done64(r, l, h);
  }
  throw new Error("invalid varint");
}

function done64(r: WireReader, l: number, h: number): void {
  checkBounds(r);
  lo = l;
  hi = h;
}

function unsigned64(): bigint {
  scratchView.setInt32(0, lo, true);
  scratchView.setInt32(4, hi, true);
  return scratchView.getBigUint64(0, true);
}

function signed64(): bigint {
  scratchView.setInt32(0, lo, true);
  scratchView.setInt32(4, hi, true);
  return scratchView.getBigInt64(0, true);
}

/** Reads a `uint64` varint. */
export function readUint64(r: WireReader): bigint {
  readVarint64(r);
  return unsigned64();
}

/** Reads an `int64` varint. */
export function readInt64(r: WireReader): bigint {
  readVarint64(r);
  return signed64();
}

/** Reads a zigzag `sint64`. */
export function readSint64(r: WireReader): bigint {
  readVarint64(r);
  const sign = -(lo & 1);
  lo = ((lo >>> 1) | ((hi & 1) << 31)) ^ sign;
  hi = (hi >>> 1) ^ sign;
  return signed64();
}

/** Reads a `bool` varint: any bit set is true. */
export function readBool(r: WireReader): boolean {
  const b = r.buf[r.pos]!;
  if ((b & 0x80) === 0) {
    r.pos++;
    checkBounds(r);
    return b !== 0;
  }
  readVarint64(r);
  return lo !== 0 || hi !== 0;
}

// Copies `n` (4 or 8) bytes at the position into the scratch space, unrolled: a loop here made
// large frames slower than a DataView of each frame, which costs small frames its allocation.
function toScratch(r: WireReader, n: 4 | 8): void {
  const p = r.pos;
  if (p + n > r.len) throw eof();
  const buf = r.buf;
  const s = scratch;
  s[0] = buf[p]!;
  s[1] = buf[p + 1]!;
  s[2] = buf[p + 2]!;
  s[3] = buf[p + 3]!;
  if (n === 8) {
    s[4] = buf[p + 4]!;
    s[5] = buf[p + 5]!;
    s[6] = buf[p + 6]!;
    s[7] = buf[p + 7]!;
  }
  r.pos = p + n;
}

/** Reads a `fixed32`. */
export function readFixed32(r: WireReader): number {
  toScratch(r, 4);
  return scratchView.getUint32(0, true);
}

/** Reads an `sfixed32`. */
export function readSfixed32(r: WireReader): number {
  toScratch(r, 4);
  return scratchView.getInt32(0, true);
}

/** Reads a `float`. */
export function readFloat(r: WireReader): number {
  toScratch(r, 4);
  return scratchView.getFloat32(0, true);
}

/** Reads a `fixed64`. */
export function readFixed64(r: WireReader): bigint {
  toScratch(r, 8);
  return scratchView.getBigUint64(0, true);
}

/** Reads an `sfixed64`. */
export function readSfixed64(r: WireReader): bigint {
  toScratch(r, 8);
  return scratchView.getBigInt64(0, true);
}

/** Reads a `double`. */
export function readDouble(r: WireReader): number {
  toScratch(r, 8);
  return scratchView.getFloat64(0, true);
}

/** Reads a length-delimited field: a view of its bytes (no copy). */
export function readBytes(r: WireReader): Uint8Array {
  const length = readUint32(r);
  const start = r.pos;
  r.pos += length;
  checkBounds(r);
  return r.buf.subarray(start, r.pos);
}

// Short ASCII text is decoded here: up to about 16 bytes, TextDecoder's call costs more than the loop.
const ASCII_MAX_LENGTH = 16;
let strictDecoder: TextDecoder | undefined;
let lenientDecoder: TextDecoder | undefined;

/**
 * Reads a string. `strict`: bytes that are not UTF-8 throw (TextDecoder's error); otherwise they
 * decode to U+FFFD. A leading U+FEFF is text, not a byte-order mark.
 */
export function readString(r: WireReader, strict: boolean): string {
  const length = readUint32(r);
  const start = r.pos;
  const end = start + length;
  r.pos = end;
  checkBounds(r);
  const buf = r.buf;
  if (length <= ASCII_MAX_LENGTH) {
    const codes: number[] = new Array(length);
    let i = 0;
    for (; i < length; i++) {
      const b = buf[start + i]!;
      if (b > 0x7f) break;
      codes[i] = b;
    }
    if (i === length) return String.fromCharCode.apply(null, codes);
  }
  const decoder = strict
    ? (strictDecoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }))
    : (lenientDecoder ??= new TextDecoder("utf-8", { ignoreBOM: true }));
  return decoder.decode(buf.subarray(start, end));
}

/**
 * Skips the field whose tag was just read, and returns its bytes (for `$unknown`). A group is
 * skipped whole, `depthLeft` groups deep at most.
 */
export function skipField(r: WireReader, wireType: number, fieldNo: number, depthLeft: number): Uint8Array {
  const start = r.pos;
  switch (wireType) {
    case 0:
      while (r.buf[r.pos++]! & 0x80) {
        // the varint's continuation bytes
      }
      break;
    case 1:
      r.pos += 8;
      break;
    case 5:
      r.pos += 4;
      break;
    case 2: {
      const length = readUint32(r);
      r.pos += length;
      break;
    }
    case 3:
      if (depthLeft <= 0) throw new Error("maximum recursion depth reached");
      for (;;) {
        const tag = readTag(r);
        if ((tag & 7) === 4) {
          if (tag >>> 3 !== fieldNo) throw new Error("invalid end group tag");
          break;
        }
        skipField(r, tag & 7, tag >>> 3, depthLeft - 1);
      }
      break;
    default:
      throw new Error(`cant skip wire type ${wireType}`);
  }
  checkBounds(r);
  return r.buf.subarray(start, r.pos);
}
