// The frame slab: small frames are copied out of the codec's writer into one shared slab, large
// ones get a buffer of their own; either way a frame is exactly the written bytes and stays intact.
import { describe, expect, it } from "vitest";
import { takeFrame } from "../../src/connection/frame-slab.js";
import { WireWriter, finish, writeString, writeUint32 } from "../../src/wire/writer.js";

function written(number: number, text: string, w = new WireWriter()): WireWriter {
  writeUint32(w, number);
  writeString(w, text);
  return w;
}

describe("the frame slab", () => {
  it("takes exactly the bytes finish() would, leaves the writer empty, and keeps earlier frames intact", () => {
    const writer = new WireWriter();
    const first = takeFrame(written(300, "osmium", writer));
    const second = takeFrame(written(7, "chat", writer));
    expect([...first]).toEqual([...finish(written(300, "osmium"))]);
    expect([...second]).toEqual([...finish(written(7, "chat"))]);
    expect(finish(writer)).toHaveLength(0);
    // The two frames share one slab: the second was appended, not written over the first.
    expect(first.buffer).toBe(second.buffer);
    expect(second.byteOffset).toBe(first.byteOffset + first.byteLength);
  });

  it("gives a large frame a buffer of its own", () => {
    const big = "x".repeat(4096);
    const frame = takeFrame(written(1, big));
    expect(frame.byteLength).toBe(finish(written(1, big)).byteLength);
    expect(frame.byteOffset).toBe(0);
    expect(frame.buffer.byteLength).toBe(frame.byteLength);
  });
});
