// The one reach into a dependency's private state on the client's hot path: BinaryWriter's
// `buffer` and `pos`. If a protobuf-es upgrade changes them, the copy-out switches itself off (every
// frame then takes the slower public finish()); this test makes that switch loud instead of silent.
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { describe, expect, it } from "vitest";
import { slabUsable, takeFrame } from "../../src/connection/frame-slab.js";

describe("the frame slab", () => {
  it("is in use with the installed protobuf-es (its BinaryWriter internals are what the copy-out reads)", () => {
    expect(slabUsable).toBe(true);
  });

  it("takes exactly the bytes finish() would, leaves the writer empty, and keeps earlier frames intact", () => {
    const writer = new BinaryWriter();
    const first = takeFrame(writer.uint32(300).string("osmium"));
    const second = takeFrame(writer.uint32(7).string("chat"));
    expect([...first]).toEqual([...new BinaryWriter().uint32(300).string("osmium").finish()]);
    expect([...second]).toEqual([...new BinaryWriter().uint32(7).string("chat").finish()]);
    expect(writer.finish()).toHaveLength(0);
    // The two frames share one slab: the second was appended, not written over the first.
    expect(first.buffer).toBe(second.buffer);
    expect(second.byteOffset).toBe(first.byteOffset + first.byteLength);
  });

  it("gives a large frame a buffer of its own", () => {
    const big = "x".repeat(4096);
    const frame = takeFrame(new BinaryWriter().string(big));
    expect(frame.byteLength).toBe(new BinaryWriter().string(big).finish().byteLength);
    expect(frame.byteOffset).toBe(0);
    expect(frame.buffer.byteLength).toBe(frame.byteLength);
  });
});
