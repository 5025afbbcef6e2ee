// Graceful shutdown: on SIGINT or SIGTERM a running bot stops taking updates, lets the running
// handler finish, closes its client, and the process exits by itself with code 0. One listener per
// signal serves every bot of a process and goes away when the last bot stops; handleSignals: false
// leaves signals alone.
import { describe, expect, it } from "vitest";
import { startScenario } from "./support/child.js";
import { botWorld } from "./support/world.js";

const scenario = new URL("./support/signal-scenario.ts", import.meta.url);

describe("shutdown signals (a bot process)", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s: finishes the running handler, stops, and the process exits 0 by itself", async (signal) => {
    const child = await startScenario(scenario, [signal]);
    await child.line(/^bot 0: handling$/);
    child.child.kill(signal);
    expect(await child.exit()).toEqual({ code: 0, signal: null, killed: false });
    expect(child.stdout.split("\n")).toEqual([
      "listeners: SIGINT 1, SIGTERM 1",
      "bot 0: handling",
      "bot 0: replied",
      "bot 0: stopped, client closed",
      "listeners: SIGINT 0, SIGTERM 0",
      "all closed",
      "",
    ]);
    expect(child.stderr).toBe("");
  });

  it("stops every bot of the process on one signal, through one listener", async () => {
    const child = await startScenario(scenario, ["two-bots"]);
    await child.line(/^bot 1: handling$/);
    child.child.kill("SIGINT");
    expect(await child.exit()).toEqual({ code: 0, signal: null, killed: false });
    const lines = child.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("listeners: SIGINT 1, SIGTERM 1");
    expect(lines.filter((l) => l.startsWith("bot 0"))).toEqual(["bot 0: handling", "bot 0: replied", "bot 0: stopped, client closed"]);
    expect(lines.filter((l) => l.startsWith("bot 1"))).toEqual(["bot 1: handling", "bot 1: replied", "bot 1: stopped, client closed"]);
    expect(lines.slice(-2)).toEqual(["listeners: SIGINT 0, SIGTERM 0", "all closed"]);
  });

  it("leaves signals alone with handleSignals: false (Node's default: the process dies)", async () => {
    const child = await startScenario(scenario, ["opt-out"]);
    await child.line(/^bot 0: handling$/);
    child.child.kill("SIGINT");
    expect(await child.exit()).toEqual({ code: null, signal: "SIGINT", killed: false });
    expect(child.stdout.split("\n")).toEqual(["listeners: SIGINT 0, SIGTERM 0", "bot 0: handling", ""]);
  });
});

describe("signal listeners (in process)", () => {
  it("are added while running and removed on stop, also when the start failed", async () => {
    const before = [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    const { bot } = await botWorld({ handleSignals: true });
    await bot.start();
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before.map((n) => n + 1));
    await bot.stop();
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before);
    const refused = await botWorld({ handleSignals: true, token: "not-a-token" });
    await expect(refused.bot.start()).rejects.toMatchObject({ code: "rpc_error", errorCode: 401 });
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before);
  });
});
