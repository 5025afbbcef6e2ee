// Soak: a long run of calls through one client, with flat memory. The normal suite makes 50 000 calls;
// `OSMIUM_SOAK=1` (`npm run test:soak`) makes 1 000 000 and prints its figures. Calls go to the
// reference server in memory, 64 at a time; every 100th is aborted right after it is made, so the
// abort path (listener removal, id release) is soaked too. Memory is sampled after a forced GC at ten
// checkpoints; after the warm-up checkpoint, the heap may not grow by more than a fixed bound. Only
// memory and counts are asserted, never speed.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { AbortError } from "../../src/index.js";
import { useProcessWatch } from "./support/ledger.js";
import { useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const SOAK = process.env.OSMIUM_SOAK === "1";
const CALLS = SOAK ? 1_000_000 : 50_000;
const WINDOW = 64;
const ABORT_EVERY = 100;
const CHECKPOINTS = 10;
// Growth allowed after warm-up: a leak of 100 bytes per call would exceed it long before the end.
const MAX_GROWTH_BYTES = (SOAK ? 16 : 4) * 1024 * 1024;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

describe("soak: one client, many calls", () => {
  it(`${CALLS} calls (every ${ABORT_EVERY}th aborted) through one client: all settle, memory stays flat`, async () => {
    const server = world.server();
    const alice = await server.createUser({ name: "Alice" });
    const client = world.client({ transport: server.transport(), token: alice.token });
    await client.connect();

    let made = 0;
    let settled = 0;
    let ok = 0;
    let aborted = 0;
    const other: unknown[] = [];
    const heap: number[] = [];
    const started = Date.now();
    const worker = async (): Promise<void> => {
      while (made < CALLS) {
        const n = made++;
        const abort = n % ABORT_EVERY === ABORT_EVERY - 1 ? new AbortController() : undefined;
        const call = client.billing.getProducts({}, abort ? { signal: abort.signal } : undefined);
        abort?.abort("soak");
        try {
          await call;
          ok++;
        } catch (error) {
          if (error instanceof AbortError && error.reason === "soak") aborted++;
          else if (other.length < 5) other.push(error);
        }
        // Each settled call counts once, so every checkpoint is crossed exactly once.
        if (++settled % (CALLS / CHECKPOINTS) === 0) heap.push(heapAfterGc());
      }
    };
    await Promise.all(Array.from({ length: WINDOW }, worker));
    const seconds = (Date.now() - started) / 1000;

    expect(other).toEqual([]);
    expect({ ok, aborted }).toEqual({ ok: CALLS - CALLS / ABORT_EVERY, aborted: CALLS / ABORT_EVERY });
    expect(client.state).toBe("ready");
    const [warm, ...rest] = heap.slice(1); // the first checkpoint still includes warm-up garbage and JIT
    const growth = Math.max(...rest) - (warm ?? 0);
    if (SOAK) {
      console.info(
        `soak: ${CALLS} calls in ${seconds.toFixed(1)} s (${Math.round(CALLS / seconds)} calls/s), heap at checkpoints: ${heap.map(mib).join(", ")}; growth after warm-up ${mib(growth)}`,
      );
    }
    expect(heap.length).toBe(CHECKPOINTS);
    expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
  }, SOAK ? 600_000 : 60_000);
});
