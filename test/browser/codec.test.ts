// The wire codec in Chromium: all 160 golden frames decoded and re-encoded byte for byte by the
// generated schemas in the page, every request case sent through a browser OsmiumClient as its
// golden frame's request, and every golden server frame delivered to it as its update or result.
import { toJson } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { REDACTED } from "../../src/index.js";
import { vectors } from "../wire/facts.js";
import type { HarnessWindow } from "./harness/api.js";
import { useHarnessPage } from "./support/harness-page.js";

const requests = vectors.filter((v) => v.type === "osmium.client.core.ClientMessage");
const frames = vectors.filter((v) => v.type === "osmium.client.core.ServerMessage");
/** The secret strings in the golden results, which listeners of `unsolicitedResult` see redacted. */
const EXPECTED_REDACTIONS = ["result.authorization.token", "result.roomInfo.token", "result.totp.url", "result.totp.backupCodes[].code"];
const withoutId = (json: unknown) => {
  const { id: _, ...rest } = json as Record<string, unknown>;
  return rest;
};

/**
 * Puts back the secrets the client redacted in what it received (unsolicited results reach
 * listeners as redacted copies), so the rest compares exactly; returns the paths put back.
 */
function unredact(received: unknown, expected: unknown, path: string, restored: string[]): unknown {
  if (received === REDACTED && typeof expected === "string" && expected !== REDACTED) {
    restored.push(path);
    return expected;
  }
  if (Array.isArray(received) && Array.isArray(expected)) return received.map((r, i) => unredact(r, expected[i], `${path}[]`, restored));
  if (received && expected && typeof received === "object" && typeof expected === "object") {
    const e = expected as Record<string, unknown>;
    return Object.fromEntries(Object.entries(received).map(([k, v]) => [k, unredact(v, e[k], `${path}.${k}`, restored)]));
  }
  return received;
}

describe("the wire codec in Chromium", () => {
  const h = useHarnessPage();

  it("has 95 request frames and 65 server frames", () => {
    expect([requests.length, frames.length]).toEqual([95, 65]);
  });

  it("decodes every golden frame to its JSON, and encodes it back to the same bytes", async () => {
    const results = await h.page.evaluate((vs) => (window as unknown as HarnessWindow).codec.roundTrip(vs), vectors);
    expect(results).toHaveLength(160);
    expect(results.map((r) => r.json)).toEqual(vectors.map((v) => v.json));
    expect(results.map((r) => r.reencoded)).toEqual(vectors.map((v) => v.binary));
    expect(results.map((r) => r.fromJson)).toEqual(vectors.map((v) => v.binary));
  });

  it("sends each request case through OsmiumClient.call as exactly the golden frame's request", async () => {
    const outcomes = await h.page.evaluate(
      ([context, jsons]) => (window as unknown as HarnessWindow).codec.sendRequests(context, jsons),
      [h.context, requests.map((v) => v.json)] as const,
    );
    // The scripted server answers the handshake's two cases and refuses the rest as unscripted.
    expect(outcomes.filter((o) => o !== "rpc_error")).toEqual(["ok"]);
    expect(outcomes).toHaveLength(95);
    const sent = h.server.last.requests.slice(2).map((r) => withoutId(toJson(ClientMessageSchema, r)));
    expect(sent).toEqual(requests.map((v) => withoutId(v.json)));
  });

  it("delivers each golden server frame as its update event or its unsolicited result", async () => {
    h.control((action) => {
      expect(action).toBe("sendFrames");
      for (const v of frames) h.server.last.sendRaw(new Uint8Array(Buffer.from(v.binary, "base64")));
    });
    const seen = await h.page.evaluate(
      ([context, count]) => (window as unknown as HarnessWindow).codec.receiveFrames(context, count),
      [h.context, frames.length] as const,
    );
    const expected = frames.map((v) => withoutId(v.json));
    const restored: string[] = [];
    expect(seen.map((s, i) => unredact(s, expected[i], `${i}`, restored))).toEqual(expected);
    // Exactly the secrets of unsolicited results were redacted: tokens and TOTP material.
    expect(restored.map((p) => p.replace(/^\d+\./, ""))).toEqual(EXPECTED_REDACTIONS);
  });
});
