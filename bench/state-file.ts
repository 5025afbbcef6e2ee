// Case 7, the reference server's state file under a large upload: one user uploads 60 MiB over a
// loopback socket in 1 MiB parts while another user keeps calling and the state is saved with
// `saveStateFile` every 200 ms, as `serve --state` would (it saves every second). Measured: the
// other user's call latency, the longest event-loop stall, how long a save takes, and the JSON's
// size; for comparison, the in-memory `saveState()` string of the same state.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { OsmiumClient } from "../src/index.js";
import { createTestServer } from "../src/testing/index.js";
import { median, type Row, row } from "./measure.js";

const MIB = 1024 * 1024;
const PARTS = 60;

interface Round {
  victimP50Ms: number;
  victimMaxMs: number;
  loopMaxMs: number;
  saveMs: number;
  jsonKiB: number;
  stringSaveMs: number;
  stringMiB: number;
}

async function round(): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), "osmium-bench-state-"));
  const path = join(dir, "state.json");
  const server = createTestServer();
  const url = await server.listen({ port: 0 });
  const [uploader, victim] = await Promise.all(["Uploader", "Victim"].map((name) => server.createUser({ name })));
  const connect = async (token: string) => {
    const c = new OsmiumClient({ url, token, reconnect: false, keepalive: false });
    await c.connect();
    return c;
  };
  const up = await connect(uploader?.token ?? "");
  const other = await connect(victim?.token ?? "");
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let uploading = true;
  const saves: number[] = [];
  const saver = (async () => {
    while (uploading) {
      const t0 = performance.now();
      await server.saveStateFile(path);
      saves.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const latencies: number[] = [];
  const calls = (async () => {
    while (uploading) {
      const t0 = performance.now();
      await other.billing.getProducts({});
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const data = new Uint8Array(MIB).fill(7);
  for (let part = 0; part < PARTS; part++) await up.media.uploadFilePart({ uploadId: 1n, part, data });
  uploading = false;
  await Promise.all([saver, calls]);
  const t0 = performance.now();
  await server.saveStateFile(path);
  const lastSave = performance.now() - t0;
  loop.disable();
  const s0 = performance.now();
  const text = server.saveState();
  const stringSaveMs = performance.now() - s0;
  const result: Round = {
    victimP50Ms: median(latencies),
    victimMaxMs: Math.max(...latencies),
    loopMaxMs: loop.max / 1e6,
    saveMs: median([...saves, lastSave]),
    jsonKiB: statSync(path).size / 1024,
    stringSaveMs,
    stringMiB: text.length / MIB,
  };
  await Promise.all([up.close(), other.close()]);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Runs case 7. */
export async function stateFile(roundCount: number): Promise<Row[]> {
  const results: Round[] = [];
  for (let i = 0; i < roundCount; i++) results.push(await round());
  const name = "7 state file (60 MiB upload)";
  const pick = (key: keyof Round) => results.map((r) => r[key]);
  return [
    row(name, "other user's call latency, median", "ms", pick("victimP50Ms")),
    row(name, "other user's call latency, max", "ms", pick("victimMaxMs")),
    row(name, "longest event-loop stall (uploads + saves)", "ms", pick("loopMaxMs")),
    row(name, "saveStateFile, median save", "ms", pick("saveMs")),
    row(name, "saveStateFile JSON size", "KiB", pick("jsonKiB")),
    row(name, "saveState() string of the same state", "ms", pick("stringSaveMs"), { note: "in-memory snapshot with base64 file contents, for comparison" }),
    row(name, "saveState() string length", "Mi chars", pick("stringMiB")),
  ];
}
