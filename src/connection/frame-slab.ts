// The frame slab: how the codec takes a finished frame out of its reused writer.
import { type WireWriter, finish } from "../wire/writer.js";

// Frames up to SMALL_FRAME_BYTES are copied out of the writer into a shared slab instead of each
// getting an ArrayBuffer of its own (`finish()` slices one per frame): allocating and collecting
// ArrayBuffers was a quarter of the client's CPU per call in a profile of the bench's calls. A
// slab is only ever appended to, so a frame stays intact as long as anyone holds it; a full slab is
// dropped.
const SLAB_BYTES = 16 * 1024;
const SMALL_FRAME_BYTES = 2 * 1024;
let slab = new Uint8Array(SLAB_BYTES);
let slabUsed = 0;

/** The finished frame of `w`, leaving `w` empty, as `finish()` does; small frames share the slab. */
export function takeFrame(w: WireWriter): Uint8Array {
  const length = w.pos;
  if (length > SMALL_FRAME_BYTES) return finish(w);
  if (slabUsed + length > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const frame = slab.subarray(slabUsed, slabUsed + length);
  frame.set(w.buf.subarray(0, length));
  slabUsed += length;
  w.pos = 0;
  return frame;
}
