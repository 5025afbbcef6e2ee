// The frame slab: how the codec takes a finished frame out of its reused BinaryWriter.
import { BinaryWriter } from "@bufbuild/protobuf/wire";

// Frames up to SMALL_FRAME_BYTES are copied out of the writer into a shared slab instead of each
// getting an ArrayBuffer of its own (`finish()` slices one per frame): allocating and collecting
// ArrayBuffers was a quarter of the client's CPU per call in a profile of the bench's calls. A
// slab is only ever appended to, so a frame stays intact as long as anyone holds it; a full slab is
// dropped. This is the one module that reads BinaryWriter's private state;
// test/codec/frame-slab.test.ts fails loudly if a protobuf-es upgrade changes it.
const SLAB_BYTES = 16 * 1024;
const SMALL_FRAME_BYTES = 2 * 1024;
let slab = new Uint8Array(SLAB_BYTES);
let slabUsed = 0;

/** BinaryWriter's private state, read only where the self-test below proved its meaning. */
interface WriterState {
  buffer?: unknown;
  pos?: unknown;
}

// The copy-out reads BinaryWriter's private `buffer` and `pos` (protobuf-es 2.x). This checks once
// that they mean what the copy-out assumes — the bytes written so far — and otherwise every frame
// uses the public `finish()`.
/** Whether the copy-out is in use: BinaryWriter's private state means what it assumes. */
export const slabUsable = ((): boolean => {
  const probe = new BinaryWriter().uint32(300).string("osmium");
  const state = probe as unknown as WriterState;
  if (!(state.buffer instanceof Uint8Array) || typeof state.pos !== "number") return false;
  const seen = state.buffer.slice(0, state.pos);
  const expected = probe.finish();
  return seen.length === expected.length && seen.every((b, i) => b === expected[i]) && state.pos === 0;
})();

/** The finished frame of `w`, leaving `w` empty, as `finish()` does; small frames share the slab. */
export function takeFrame(w: BinaryWriter): Uint8Array {
  const state = w as unknown as { buffer: Uint8Array; pos: number };
  const length = state.pos;
  if (!slabUsable || length > SMALL_FRAME_BYTES) return w.finish();
  if (slabUsed + length > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const frame = slab.subarray(slabUsed, slabUsed + length);
  frame.set(state.buffer.subarray(0, length));
  slabUsed += length;
  // What finish() leaves behind: an empty writer (its fork stack is empty after the last join).
  state.pos = 0;
  return frame;
}
