// Security: a `ws://` URL outside loopback sends the token in clear text, so constructing a client
// with one warns — on that client's debug log every time, and on the console once per host per
// process. Loopback (127.0.0.0/8, ::1, localhost) and `wss://` are quiet. Nothing here connects.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OsmiumClient, createMemoryTransport } from "../../src/index.js";

let warnings: string[] = [];
beforeEach(() => {
  warnings = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
});

function construct(url: string): string[] {
  const debug: string[] = [];
  new OsmiumClient({ url, debug: (line) => debug.push(line) });
  return debug;
}

describe("ws:// outside loopback is warned about", () => {
  it("on the debug log and once on the console, naming the host and the remedy", () => {
    expect(construct("ws://chat.example.com/socket")).toEqual([
      "warning: ws://chat.example.com is not encrypted: the token and every message travel in clear text; use wss:// outside loopback",
    ]);
    expect(warnings).toEqual([
      "[osmium-chat] ws://chat.example.com is not encrypted: the token and every message travel in clear text; use wss:// outside loopback",
    ]);
  });

  it("a second client for the same host logs it again but does not repeat the console warning; another host warns anew", () => {
    construct("ws://repeat.example.com:8080");
    expect(construct("ws://repeat.example.com:8080/other")).toHaveLength(1);
    construct("ws://10.0.0.7:9000");
    expect(warnings).toEqual([
      "[osmium-chat] ws://repeat.example.com:8080 is not encrypted: the token and every message travel in clear text; use wss:// outside loopback",
      "[osmium-chat] ws://10.0.0.7:9000 is not encrypted: the token and every message travel in clear text; use wss:// outside loopback",
    ]);
  });

  it.each([
    "ws://0.0.0.0:1234",
    "ws://128.0.0.1",
    "ws://[2001:db8::1]:80",
    "ws://localhost.example.com",
    "ws://[::ffff:10.0.0.1]",
  ])("%s is not loopback: warned", (url) => {
    expect(construct(url)).toHaveLength(1);
  });

  it.each([
    "ws://127.0.0.1:41234",
    "ws://127.45.6.7",
    "ws://127.1",
    "ws://localhost:8080",
    "ws://LOCALHOST",
    "ws://app.localhost",
    "ws://[::1]:9000",
    "ws://[0:0::1]",
    "ws://[::ffff:127.0.0.1]",
    "wss://chat.example.com",
    "wss://10.0.0.7",
  ])("%s is quiet", (url) => {
    expect(construct(url)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("a client given a transport is quiet whatever its url says (the url is not used)", () => {
    const debug: string[] = [];
    new OsmiumClient({ url: "ws://ignored.example.com", transport: createMemoryTransport(() => ({ onFrame() {}, onClose() {} })), debug: (l) => debug.push(l) });
    expect([debug, warnings]).toEqual([[], []]);
  });
});
