// "No timer or socket left behind" after every fault, checked literally as the client suite does
// (test/client/handles.test.ts): a child process runs the fault matrix over real sockets, closes
// everything, and must exit on its own.
import { describe, expect, it } from "vitest";
import { runScenario } from "../support/run-scenario.js";

describe("no handles left behind by the fault matrix", () => {
  it("half-open, restart, slow answers, storms, close() at every stage, a dead server, an unreachable first connect, an unanswered close, a client never closed: the process exits by itself", async () => {
    const result = await runScenario(new URL("./support/fault-exit-scenario.ts", import.meta.url), 15_000);
    expect(result).toEqual({ code: 0, stdout: "scenario done\n", stderr: "", timedOut: false });
  });
});
