// Making a bot: from client options (it owns that client) or on a client (it does not), and
// every bad option refused with InvalidArgumentError naming it.
import { describe, expect, it } from "vitest";
import { Bot, DEFAULT_PREFIXES } from "../../src/bot/index.js";
import { OsmiumClient } from "../../src/index.js";

const transportless = { url: "ws://127.0.0.1:1" };

describe("new Bot()", () => {
  it("makes its own client from client options, or uses the one it is given", () => {
    const own = new Bot({ ...transportless, token: "t", appVersion: "my-bot/1.0", prefixes: ["?"] });
    expect(own.client).toBeInstanceOf(OsmiumClient);
    expect(own.client.state).toBe("idle");
    const client = new OsmiumClient(transportless);
    const given = new Bot(client, { concurrency: 4 });
    expect(given.client).toBe(client);
    expect([given.status, given.me, given.pending]).toEqual(["stopped", undefined, 0]);
    expect(DEFAULT_PREFIXES).toEqual(["!", "/"]);
  });

  it.each([
    [{ prefixes: [] }, "prefixes", "prefixes must be a non-empty list of strings"],
    [{ prefixes: "!" }, "prefixes", "prefixes must be a non-empty list of strings"],
    [{ prefixes: ["!", ""] }, "prefixes[1]", "prefixes[1] must be a non-empty string without whitespace"],
    [{ prefixes: ["a b"] }, "prefixes[0]", "prefixes[0] must be a non-empty string without whitespace"],
    [{ concurrency: 0 }, "concurrency", "concurrency must be a positive integer"],
    [{ concurrency: 1.5 }, "concurrency", "concurrency must be a positive integer"],
    [{ maxPending: -1 }, "maxPending", "maxPending must be a positive integer"],
    [{ stopTimeoutMs: 0 }, "stopTimeoutMs", "stopTimeoutMs must be a positive number or Infinity"],
    [{ handleSignals: "yes" }, "handleSignals", "handleSignals must be a boolean"],
  ])("refuses %j, naming %s", (settings, argument, message) => {
    const error = expect.objectContaining({ name: "InvalidArgumentError", code: "invalid_argument", argument, message });
    expect(() => new Bot({ ...transportless, ...(settings as object) })).toThrow(error);
    expect(() => new Bot(new OsmiumClient(transportless), settings as never)).toThrow(error);
  });

  it("refuses what is neither options nor a client, settings beside options, and a bad error handler", () => {
    expect(() => new Bot(null as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "options" }));
    expect(() => new Bot(transportless as never, {})).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "settings" }));
    expect(() => new Bot({ url: "http://example.com" })).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "url" }));
    expect(() => new Bot(transportless).catch("log" as never)).toThrow(expect.objectContaining({ code: "invalid_argument", argument: "handler" }));
  });
});
