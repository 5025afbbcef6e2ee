// Fuzzing the client: random and damaged ServerMessage frames (truncated, bit-flipped, oversized
// varints, lengths past the end, spliced junk, random bytes, and frames over `maxFrameBytes`) pushed
// into one connected client. Properties, per frame: nothing is thrown out of the event loop; a frame
// that cannot be accepted is reported exactly once, as a ProtocolError naming its length (a frame
// whose only fault is a string that is not valid UTF-8 is accepted with U+FFFD, and the first such is
// reported); and the good frame sent right behind it is still served. At least 10 000 frames, all on one connection.
import { toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { describe, expect, it } from "vitest";
import { type OsmiumError, ProtocolError } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { MessageArbitraries } from "./support/message-arbitrary.js";
import { frames } from "./support/mutations.js";
import { useWorld } from "./support/world.js";
import { reference } from "../codec/support/lenient.js";

const world = useWorld();
useProcessWatch();

// OSMIUM_FUZZ_RUNS=100000 fuzzes longer (docs/reliability.md); CI runs the default.
const RUNS = Number(process.env.OSMIUM_FUZZ_RUNS ?? 10_000);
const MAX_FRAME_BYTES = 512;
// Sentinel updates carry user ids far from anything the generators pick.
const MARK = 0xf00d_0000_0000_0000n;

/**
 * The client's verdict on a frame, predicted independently: too big or not a ServerMessage ("bad"), a
 * ServerMessage but for a string that is not valid UTF-8 (decoded with U+FFFD, "utf8": reported on the
 * first such frame of the connection only), or fine.
 */
function verdict(frame: Uint8Array): "bad" | "utf8" | "ok" {
  if (frame.byteLength > MAX_FRAME_BYTES) return "bad";
  const decoded = reference(ServerMessageSchema, frame);
  if (decoded.kind === "error") return "bad";
  return decoded.invalidUtf8 ? "utf8" : "ok";
}

describe("fuzzing the client with server frames", () => {
  it(`${RUNS} random and damaged frames: each bad one reported once, the next good one served, the client never breaks`, async () => {
    const server = world.own(new ScriptedServer());
    server.on("billingGetProducts", () => ({ result: { case: "products", value: { products: [{ plan: "still here" }] } } }));
    const ledger = new CallLedger();
    const client = world.client({ transport: server.transport(), maxFrameBytes: MAX_FRAME_BYTES, interceptors: [ledger.interceptor] });
    const errors: OsmiumError[] = [];
    let closes = 0;
    let marker = 0n;
    let wake: (() => void) | undefined;
    client.on("error", (e) => errors.push(e));
    client.on("close", () => closes++);
    client.on("userStatus", (u) => {
      if (u.userId === MARK + marker) wake?.();
    });
    await client.connect();
    const conn = server.last;

    const valid = new MessageArbitraries([1n, 2n, 42n]).of(ServerMessageSchema).map((m) => toBinary(ServerMessageSchema, m));
    let bad = 0;
    let invalidUtf8 = 0;
    await fc.assert(
      fc.asyncProperty(frames(valid), async ({ bytes }) => {
        const before = errors.length;
        const expected = verdict(bytes);
        const expectBad = expected === "bad" || (expected === "utf8" && invalidUtf8 === 0);
        if (expected === "utf8") invalidUtf8++;
        if (expectBad) bad++;
        conn.sendRaw(bytes);
        marker++;
        const served = new Promise<void>((resolve) => (wake = resolve));
        conn.push({ update: { case: "userStatus", value: { userId: MARK + marker } } });
        await served;
        const reported = errors.slice(before);
        expect(reported.length).toBe(expectBad ? 1 : 0);
        if (expectBad) {
          expect(reported[0]).toBeInstanceOf(ProtocolError);
          expect((reported[0] as ProtocolError).byteLength).toBe(bytes.byteLength);
        }
      }),
      { numRuns: RUNS },
    );

    expect({ state: client.state, closes, errors: errors.length }).toEqual({ state: "ready", closes: 0, errors: bad });
    // A sizeable share of the frames must have been bad, or the fuzzing proved little.
    expect(bad).toBeGreaterThan(RUNS / 4);
    const after = await ledger.track(client.billing.getProducts({}));
    expect(codesOf([after])).toEqual(["ok"]);
    ledger.expectAllSettledOnce();
  }, Math.max(30_000, RUNS * 2));
});
