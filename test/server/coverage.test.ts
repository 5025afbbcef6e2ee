import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rpcTable } from "../../src/protocol/rpc-table.js";

// Every one of the 95 request cases must be driven by at least one behavioural test of the
// reference server: a `peer.call("<case>", ...)` somewhere in test/server.
const dir = new URL("./", import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".test.ts") && f !== "coverage.test.ts")
  .map((f) => readFileSync(new URL(f, dir), "utf8"))
  .join("\n");

describe("reference server test coverage", () => {
  it.each([...rpcTable.keys()])("%s has a behavioural test", (requestCase) => {
    expect(sources.includes(`call("${requestCase}"`), `no test calls ${requestCase}`).toBe(true);
  });
});
