// "No handle left after stop()", checked literally: a process runs a bot, stops it, closes the rest,
// and must exit by itself (counting handles inside the vitest worker is unreliable).
import { describe, expect, it } from "vitest";
import { startScenario } from "./support/child.js";

const scenario = new URL("./support/handles-scenario.ts", import.meta.url);

describe("no handle left after stop()", () => {
  it.each([
    ["socket", "over a real WebSocket"],
    ["memory", "in memory"],
    ["timeout", "when stop() gave up on a handler that never finishes"],
    ["given", "for a bot on a client it was given, once that client is closed"],
  ])("%s: the process exits by itself (%s)", async (mode) => {
    const child = await startScenario(scenario, [mode]);
    expect(await child.exit(15_000)).toEqual({ code: 0, signal: null, killed: false });
    expect(child.stdout).toBe(`done: ${mode}, bot stopped, client closed\n`);
    expect(child.stderr).toBe("");
  });
});
