// Case 2, dispatch and decode for every case: for each of the 25 `Update` cases, frames per second
// from a frame's bytes to the typed listener of that update (the client's whole receive path: link,
// decode, gap tracking, routing, the emitter) and our decoder alone; for each `RPCResult` case, our
// decoder alone; each next to protobufjs 7 decoding the same bytes (what the official SDK does
// with a frame). In-process (direct-transport.ts): no socket cost on either side. The table names
// the worst case; per-case figures go to bench/results.json and the --markdown output.
import { onUseCases, useCase } from "../gen/osmium/fast_codec.js";
import { decodeServerMessage } from "../src/connection/codec.js";
import { OsmiumClient, type UpdateCase } from "../src/index.js";
import { type CaseFrame, resultFrames, updateFrames, withServerId } from "./case-frames.js";
import { createDirectTransport } from "./direct-transport.js";
import { type Row, compare, median, row, rounds } from "./measure.js";
import type { PbCodec } from "./protobufjs.js";
import { roundOrder } from "./rpc-throughput.js";

// Every result case decoded, as in a client that may call every method (CoreClient): the decoder
// measured alone must not keep a result unknown for want of a call.
for (const c of onUseCases) useCase(c);

/** Distinct frames per case. */
const FRAMES = 20_000;

/**
 * Passes over the frames per round: enough that a round handles about 4 MB (at most 15 passes). A
 * 15-byte frame decodes in under 100 ns, and one pass of 20 000 took 2 ms, where one collection or
 * recompilation swung a round's figure 4×. Frames are not multiplied instead: a case's hundreds of
 * thousands of ArrayBuffers, collected during the next case, made that one's figures the noise.
 * A pass after the first starts again from server id 2, which the client takes as a server
 * restarting its count (no gap), and handles every frame as before.
 */
function passesFor(frameBytes: number): number {
  return Math.min(15, Math.max(1, Math.round(4_000_000 / (frameBytes * FRAMES))));
}

/** One case's medians (frames/s) and ratios. */
export interface CaseFigures {
  readonly kind: "update" | "result";
  readonly case: string;
  readonly frameBytes: number;
  /** Update cases only: bytes → typed listener, frames/s. */
  readonly dispatch?: number;
  /** Our decoder alone, frames/s. */
  readonly decode: number;
  /** protobufjs 7 decode, frames/s. */
  readonly protobufjs: number;
}

function rate(frames: readonly Uint8Array[], fn: (frame: Uint8Array) => void): number {
  const passes = passesFor(frames[0]!.byteLength);
  const t0 = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const frame of frames) fn(frame);
  return (frames.length * passes) / ((performance.now() - t0) / 1000);
}

async function dispatch(name: string, frames: readonly Uint8Array[]): Promise<number> {
  const direct = createDirectTransport();
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  let seen = 0;
  client.on(name as UpdateCase, () => {
    seen++;
  });
  let errors = 0;
  client.on("error", () => errors++);
  client.on("gap", () => errors++);
  const value = rate(frames, (frame) => direct.deliver(frame));
  await client.close();
  const expected = frames.length * passesFor(frames[0]!.byteLength);
  if (seen !== expected || errors !== 0) throw new Error(`${name}: dispatched ${seen} of ${expected}, ${errors} errors or gaps`);
  return value;
}

function decode(frames: readonly Uint8Array[]): number {
  let failed = 0;
  const value = rate(frames, (frame) => {
    if (decodeServerMessage(frame) instanceof Error) failed++;
  });
  if (failed !== 0) throw new Error(`${failed} frames did not decode`);
  return value;
}

function pbDecode(pb: PbCodec, frames: readonly Uint8Array[], kind: "update" | "result", name: string): number {
  let found = 0;
  const value = rate(frames, (frame) => {
    const message = pb.ServerMessage.decode(frame);
    // Read the case's value, as an application's handler would.
    if ((kind === "update" ? message.update?.[name] : message.result?.[name]) != null) found++;
  });
  const expected = frames.length * passesFor(frames[0]!.byteLength);
  if (found !== expected) throw new Error(`protobufjs: ${name} missing in ${expected - found} frames`);
  return value;
}

async function measureCase(pb: PbCodec, kind: "update" | "result", frame: CaseFrame, roundCount: number) {
  // Sequential server ids from 2, as a server numbers its frames (the handshake used 1).
  const frames = Array.from({ length: FRAMES }, (_, i) => withServerId(frame.body, i + 2));
  type Runner = "dispatch" | "decode" | "protobufjs";
  const runners: Runner[] = kind === "update" ? ["dispatch", "decode", "protobufjs"] : ["decode", "protobufjs"];
  const run = (runner: Runner): Promise<number> =>
    runner === "dispatch" ? dispatch(frame.case, frames) : Promise.resolve(runner === "decode" ? decode(frames) : pbDecode(pb, frames, kind, frame.case));
  // One untimed pass each warms the JIT.
  for (const runner of runners) await run(runner);
  const values: Record<Runner, number[]> = { dispatch: [], decode: [], protobufjs: [] };
  await rounds(roundCount, async (round) => {
    for (const runner of roundOrder(runners, round)) values[runner].push(await run(runner));
    return 0;
  });
  return { frameBytes: frames[0]!.byteLength, values };
}

/** Runs case 2 over every Update and RPCResult case: summary rows for the table, and every case's figures. */
export async function caseDispatch(pb: PbCodec, roundCount: number): Promise<{ rows: Row[]; cases: CaseFigures[] }> {
  const cases: CaseFigures[] = [];
  const rowsByCase = new Map<string, { dispatch?: Row; decode: Row; pb: Row }>();
  const name = "2 dispatch and decode";
  for (const [kind, frames] of [
    ["update", updateFrames()],
    ["result", resultFrames()],
  ] as const) {
    for (const frame of frames) {
      const { frameBytes, values } = await measureCase(pb, kind, frame, roundCount);
      const label = `${kind === "update" ? "Update" : "RPCResult"} ${frame.case} (${frameBytes} B)`;
      const pbRow = row(name, `protobufjs 7 decode, ${label}`, "frames/s", values.protobufjs);
      const decodeRow = row(name, `osmium-chat decode, ${label}`, "frames/s", values.decode);
      const dispatchRow = kind === "update" ? row(name, `osmium-chat, bytes → ${frame.case} listener (${frameBytes} B)`, "frames/s", values.dispatch) : undefined;
      rowsByCase.set(`${kind}:${frame.case}`, { ...(dispatchRow && { dispatch: dispatchRow }), decode: decodeRow, pb: pbRow });
      cases.push({
        kind,
        case: frame.case,
        frameBytes,
        ...(dispatchRow && { dispatch: dispatchRow.median }),
        decode: median(values.decode),
        protobufjs: median(values.protobufjs),
      });
    }
  }
  const ratio = (c: CaseFigures, of: "dispatch" | "decode"): number => (c[of] ?? 0) / c.protobufjs;
  const worst = (list: CaseFigures[], of: "dispatch" | "decode"): CaseFigures => list.reduce((a, b) => (ratio(b, of) < ratio(a, of) ? b : a));
  const updates = cases.filter((c) => c.kind === "update");
  const results = cases.filter((c) => c.kind === "result");
  const worstDispatch = rowsByCase.get(`update:${worst(updates, "dispatch").case}`)!;
  const created = rowsByCase.get("update:messageCreated")!;
  const worstResult = rowsByCase.get(`result:${worst(results, "decode").case}`)!;
  const named = (r: Row, prefix: string): Row => ({ ...r, name: `${prefix}: ${r.name}` });
  const rows: Row[] = [
    created.pb,
    compare(created.dispatch!, created.pb, 1.0),
    worstDispatch.pb,
    compare(named(worstDispatch.dispatch!, `worst of ${updates.length} Update cases`), worstDispatch.pb, 1.0),
    worstResult.pb,
    compare(named(worstResult.decode, `worst of ${results.length} RPCResult cases`), worstResult.pb),
  ];
  return { rows, cases };
}

/** Every case's figures as a Markdown table, worst ratio first. */
export function caseTable(cases: readonly CaseFigures[]): string {
  const ratioOf = (c: CaseFigures): number => (c.dispatch ?? c.decode) / c.protobufjs;
  const sorted = [...cases].sort((a, b) => ratioOf(a) - ratioOf(b));
  const k = (v: number): string => `${Math.round(v / 1000).toLocaleString("en-US")}k`;
  const lines = [
    "| case | frame | osmium-chat dispatch | osmium-chat decode | protobufjs 7 decode | ratio (dispatch, or decode, vs protobufjs 7) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...sorted.map(
      (c) =>
        `| ${c.kind === "update" ? "Update" : "RPCResult"} \`${c.case}\` | ${c.frameBytes} B | ${c.dispatch === undefined ? "" : `${k(c.dispatch)}/s`} | ${k(c.decode)}/s | ${k(c.protobufjs)}/s | ${ratioOf(c).toFixed(2)}× |`,
    ),
  ];
  return lines.join("\n");
}
