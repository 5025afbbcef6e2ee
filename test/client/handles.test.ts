// Done when: "After close(), no handles stay open (the test process exits without --force)". Checked
// literally: a child process runs every timer- and socket-owning path, closes everything, and must
// exit on its own.
import { describe, expect, it } from "vitest";
import { runScenario } from "../support/run-scenario.js";

describe("no handles after close()", () => {
  it("lets the process exit by itself, over memory and over a real WebSocket", async () => {
    const result = await runScenario(new URL("./support/exit-scenario.ts", import.meta.url), 8_000);
    expect(result).toEqual({ code: 0, stdout: "scenario done\n", stderr: "", timedOut: false });
  });
});
