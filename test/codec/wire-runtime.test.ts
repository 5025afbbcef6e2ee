// The wire runtime (src/wire/) against protobuf-es's BinaryWriter and BinaryReader, for every scalar
// type, including those no request or frame of today's protocol carries (the generated codecs of a
// future field would call them): the same bytes written, the same values refused with the same
// message, the same values read back, and the same bytes refused on the way in.
import { BinaryReader, BinaryWriter } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as read from "../../src/wire/reader.js";
import { WireReader } from "../../src/wire/reader.js";
import * as write from "../../src/wire/writer.js";
import { WireWriter } from "../../src/wire/writer.js";

type Scalar = "uint32" | "int32" | "sint32" | "fixed32" | "sfixed32" | "float" | "double" | "bool" | "string" | "bytes" | "int64" | "uint64" | "sint64" | "fixed64" | "sfixed64";

const capital = (type: Scalar): string => type[0]!.toUpperCase() + type.slice(1);

function ours(type: Scalar, value: unknown): Uint8Array {
  const w = new WireWriter();
  (write as unknown as Record<string, (w: WireWriter, v: unknown) => void>)[`write${capital(type)}`]!(w, value);
  return write.finish(w);
}

function theirs(type: Scalar, value: unknown): Uint8Array {
  const w = new BinaryWriter() as unknown as Record<Scalar, (v: unknown) => BinaryWriter>;
  return w[type](value).finish();
}

type Outcome = { value: unknown; pos: number } | { error: true };

function readOurs(type: Scalar, bytes: Uint8Array): Outcome {
  const r = new WireReader(bytes);
  try {
    const fn = (read as unknown as Record<string, (r: WireReader, strict?: boolean) => unknown>)[`read${capital(type)}`]!;
    return { value: fn(r, true), pos: r.pos };
  } catch {
    return { error: true };
  }
}

function readTheirs(type: Scalar, bytes: Uint8Array): Outcome {
  const r = new BinaryReader(bytes);
  try {
    const value = (r as unknown as Record<Scalar, (strict?: boolean) => unknown>)[type](true);
    return { value, pos: r.pos };
  } catch {
    return { error: true };
  }
}

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
const VALUES: Record<Scalar, fc.Arbitrary<unknown>> = {
  uint32: fc.oneof(fc.nat({ max: 0xffffffff }), fc.constantFrom(0, 127, 128, 16383, 16384, 0xffffffff)),
  int32: fc.oneof(fc.integer(), fc.constantFrom(-1, -(2 ** 31), 2 ** 31 - 1)),
  sint32: fc.oneof(fc.integer(), fc.constantFrom(-1, -(2 ** 31), 2 ** 31 - 1)),
  fixed32: fc.nat({ max: 0xffffffff }),
  sfixed32: fc.integer(),
  float: fc.oneof(fc.float(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5)),
  double: fc.oneof(fc.double(), fc.constantFrom(Number.NaN, -0, Number.MAX_VALUE)),
  bool: fc.boolean(),
  string: fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 300 }), fc.string({ maxLength: 140 })),
  bytes: fc.uint8Array({ maxLength: 300 }),
  int64: fc.oneof(int64, int64.map(String)),
  uint64: fc.oneof(uint64, uint64.map(String)),
  sint64: fc.oneof(int64, int64.map(String)),
  fixed64: fc.oneof(uint64, uint64.map(String)),
  sfixed64: fc.oneof(int64, int64.map(String)),
};
const SCALARS = Object.keys(VALUES) as Scalar[];

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the wire runtime, against protobuf-es", () => {
  it.each(SCALARS)("%s: writes the bytes BinaryWriter writes, and reads back what BinaryReader reads", (type) => {
    fc.assert(
      fc.property(VALUES[type], (value) => {
        const bytes = ours(type, value);
        expect([...bytes]).toEqual([...theirs(type, value)]);
        const back = readOurs(type, bytes);
        expect(back).toStrictEqual(readTheirs(type, bytes));
        expect(back).toMatchObject({ pos: bytes.length });
      }),
      { numRuns: 300 },
    );
  });

  it.each(SCALARS)("%s: reads what BinaryReader reads from damaged and random bytes, and fails where it fails", (type) => {
    const damaged = fc.tuple(VALUES[type], fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat()).map(([value, at, byte, cut]) => {
      const bytes = theirs(type, value).slice();
      if (bytes.length > 0) bytes[at % bytes.length] = byte;
      return bytes.subarray(0, bytes.length - (cut % 3));
    });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.uint8Array({ maxLength: 16 })), (bytes) => {
        expect(readOurs(type, bytes)).toStrictEqual(readTheirs(type, bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses the values BinaryWriter refuses, with its message", () => {
    const cases: Array<[Scalar, unknown]> = [
      ["uint32", -1],
      ["uint32", 2 ** 32],
      ["uint32", 1.5],
      ["uint32", "x"],
      ["uint32", 5n],
      ["int32", 2 ** 31],
      ["int32", Number.NaN],
      ["sint32", -(2 ** 31) - 1],
      ["fixed32", -1],
      ["sfixed32", 2 ** 31],
      ["float", 1e39],
      ["float", "abc"],
      ["float", true],
      ["uint64", -1n],
      ["uint64", 2n ** 64n],
      ["int64", 2n ** 63n],
      ["sint64", -(2n ** 63n) - 1n],
      ["fixed64", "-1"],
      ["sfixed64", "9223372036854775808"],
    ];
    for (const [type, value] of cases) {
      const expected = refusal(() => theirs(type, value));
      expect(expected, `${type} ${String(value)}`).toBeDefined();
      expect(refusal(() => ours(type, value)), `${type} ${String(value)}`).toBe(expected);
    }
    // And takes what it takes: a uint32 or float given as a string of a number.
    expect([...ours("uint32", "300")]).toEqual([...theirs("uint32", "300")]);
    expect([...ours("float", "NaN")]).toEqual([...theirs("float", "NaN")]);
    expect([...ours("string", 42)]).toEqual([...theirs("string", 42)]);
  });

  it("writes nested length-delimited values as BinaryWriter does, whatever their lengths", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), fc.string({ unit: "grapheme", maxLength: 90 })), { maxLength: 12 }), (steps) => {
        const w = new WireWriter();
        const b = new BinaryWriter();
        let open = 0;
        for (const [op, text] of steps) {
          if (op === 0) {
            write.fork(w);
            b.fork();
            open++;
          } else if (op === 1 && open > 0) {
            write.join(w);
            b.join();
            open--;
          } else {
            write.writeTag(w, 10);
            write.writeString(w, text.repeat(op));
            b.uint32(10).string(text.repeat(op));
          }
        }
        for (; open > 0; open--) {
          write.join(w);
          b.join();
        }
        expect([...write.finish(w)]).toEqual([...b.finish()]);
      }),
      { numRuns: 300 },
    );
  });

  it("moves a value whose length outgrows its one reserved byte, also when the buffer is full to the byte", () => {
    // The writer starts with 256 bytes: a fork after `lead` bytes, then `size` raw bytes, fill it
    // exactly or overflow it by one, and join() must grow the buffer before moving the value.
    for (const lead of [0, 1, 2, 100]) {
      for (const size of [127, 128, 254, 255, 256, 300, 16383, 16384]) {
        const w = new WireWriter();
        const b = new BinaryWriter();
        const payload = Uint8Array.from({ length: size }, (_, i) => (i * 7 + 1) & 0xff);
        for (let i = 0; i < lead; i++) {
          write.writeTag(w, 8);
          b.uint32(8);
        }
        write.fork(w);
        write.writeRaw(w, payload);
        write.join(w);
        b.fork().raw(payload).join();
        expect([...write.finish(w)], `lead ${lead}, size ${size}`).toEqual([...b.finish()]);
      }
    }
  });

  it("skips fields, groups included, as BinaryReader does, and refuses what it refuses", () => {
    const field = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 7 }), fc.uint8Array({ maxLength: 24 }));
    fc.assert(
      fc.property(field, fc.integer({ min: 0, max: 3 }), ([no, wireType, rest], depthLeft) => {
        const bytes = rest;
        const ourReader = new WireReader(bytes);
        const theirReader = new BinaryReader(bytes);
        const mine = refusal(() => read.skipField(ourReader, wireType, no, depthLeft));
        const theirsSkip = refusal(() => theirReader.skip(wireType, no, depthLeft));
        expect(mine === undefined).toBe(theirsSkip === undefined);
        if (mine === undefined) expect(ourReader.pos).toBe(theirReader.pos);
      }),
      { numRuns: 1000 },
    );
    // A group: its fields skipped to the matching end tag.
    const group = new Uint8Array([0x08, 0x96, 0x01, 0x13, 0x18, 0x01, 0x14, 0x0c, 0x99]);
    const r = new WireReader(group);
    expect([...read.skipField(r, 3, 1, 100)]).toEqual([...group.subarray(0, 8)]);
    expect(r.pos).toBe(8);
    expect(() => read.skipField(new WireReader(group), 3, 2, 100)).toThrow("invalid end group tag");
    expect(() => read.skipField(new WireReader(group), 3, 1, 0)).toThrow("maximum recursion depth reached");
  });

  it("reads tags as BinaryReader does, refusing field 0, wire types 6 and 7, and varints over 32 bits", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 11 }), (bytes) => {
        const r = new WireReader(bytes);
        const b = new BinaryReader(bytes);
        const mine = refusal(() => read.readTag(r));
        const theirsTag = refusal(() => b.tag());
        expect(mine).toBe(theirsTag);
      }),
      { numRuns: 2000 },
    );
  });

  it("decodes invalid UTF-8 leniently when asked, and refuses it when strict", () => {
    const bytes = new Uint8Array([3, 0x61, 0xff, 0x62]);
    expect(() => read.readString(new WireReader(bytes), true)).toThrow(TypeError);
    expect(read.readString(new WireReader(bytes), false)).toBe(new BinaryReader(bytes).string(false));
    // A leading U+FEFF is text, not a byte-order mark.
    const bom = new Uint8Array([4, 0xef, 0xbb, 0xbf, 0x61]);
    expect(read.readString(new WireReader(bom), true)).toBe("\ufeffa");
  });
});
