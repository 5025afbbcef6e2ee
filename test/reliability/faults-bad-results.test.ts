// Fault matrix, part 3: the server answers wrongly — results for ids nobody asked for, the same result
// twice, results of the wrong case, and updates, results and messages of cases from a newer protocol.
// None of it is fatal: each is reported once, the calls involved settle once, the connection stays up.
import type { RPCResult } from "../../gen/osmium/client/core_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { describe, expect, it } from "vitest";
import { type OsmiumError, ProtocolError } from "../../src/index.js";
import { ScriptedServer } from "../client/support/scripted-server.js";
import { NEW_UPDATE_FIELD, unknownResultBody, unknownServerMessageBody, unknownUpdateBody } from "./support/frames.js";
import { CallLedger, codesOf, useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const products = (plan: string) => ({ result: { case: "products" as const, value: { products: [{ plan }] } } });

describe.each(endpoints)("bad results and newer cases (%s)", (endpoint) => {
  async function start() {
    const server = world.own(new ScriptedServer());
    const url = endpoint === "websocket" ? await server.listen() : undefined;
    const ledger = new CallLedger();
    const debug: string[] = [];
    const client = world.client({
      ...(url === undefined ? { transport: server.transport() } : { url }),
      interceptors: [ledger.interceptor],
      debug: (line) => debug.push(line),
    });
    const seen = { unsolicited: [] as RPCResult[], unknown: [] as Update[], errors: [] as OsmiumError[], closes: 0, updates: 0 };
    client.on("unsolicitedResult", (r) => seen.unsolicited.push(r));
    client.on("unknownUpdate", (u) => seen.unknown.push(u));
    client.on("error", (e) => seen.errors.push(e));
    client.on("close", () => seen.closes++);
    client.on("update", () => seen.updates++);
    await client.connect();
    return { server, ledger, client, seen, debug };
  }

  it("results for unknown ids and duplicate results are reported as unsolicitedResult; the call gets the first", async () => {
    const { server, ledger, client, seen } = await start();
    server.on("billingGetProducts", (request, conn) => {
      conn.reply(9_999, products("stray"));
      conn.reply(request.id, products("first"));
      return products("duplicate");
    });
    const result = await ledger.track(client.billing.getProducts({}));
    expect(result.ok && result.value.products.map((p) => p.plan)).toEqual(["first"]);
    // The duplicate is written after the first; one more round trip makes sure it arrived.
    server.on("billingGetProducts", () => products("next"));
    const next = await ledger.track(client.billing.getProducts({}));
    expect(next.ok && next.value.products.map((p) => p.plan)).toEqual(["next"]);

    const firstId = ledger.outcomes[0]?.requestId;
    expect(seen.unsolicited.map((r) => [r.reqId, r.result.case === "products" && r.result.value.products[0]?.plan])).toEqual([
      [9_999, "stray"],
      [firstId, "duplicate"],
    ]);
    expect({ errors: seen.errors, closes: seen.closes, state: client.state }).toEqual({ errors: [], closes: 0, state: "ready" });
    ledger.expectAllSettledOnce();
  });

  it("a result of the wrong case rejects that call with ProtocolError; the connection carries on", async () => {
    const { server, ledger, client, seen } = await start();
    server.on("billingGetProducts", () => ({ result: { case: "initialized", value: {} } }));
    server.on("messagesEditMessage", () => products("not empty"));
    const [wrong, notEmpty] = await Promise.all([
      ledger.track(client.billing.getProducts({})),
      ledger.track(client.messages.editMessage({ messageId: 1n, message: "x" })),
    ]);
    const [wrongId, notEmptyId] = ledger.outcomes.map((o) => o.requestId);
    expect(!wrong.ok && wrong.error).toBeInstanceOf(ProtocolError);
    expect(!wrong.ok && (wrong.error as Error).message).toBe(`billing.getProducts expects products but the server answered initialized (request ${wrongId})`);
    expect(!notEmpty.ok && (notEmpty.error as Error).message).toBe(`messages.editMessage expects no result but the server answered products (request ${notEmptyId})`);

    server.on("billingGetProducts", () => products("fine"));
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    expect({ errors: seen.errors, closes: seen.closes, unsolicited: seen.unsolicited }).toEqual({ errors: [], closes: 0, unsolicited: [] });
    ledger.expectAllSettledOnce();
  });

  it("an update of a newer case is surfaced as unknownUpdate (fields kept in $unknown), never as an error", async () => {
    const { server, ledger, client, seen } = await start();
    const typing: unknown[] = [];
    client.on("chatTyping", (u) => typing.push(u.userId));
    server.last.sendWithId(unknownUpdateBody());
    server.last.sendWithId(unknownUpdateBody(NEW_UPDATE_FIELD + 100));
    server.last.push({ update: { case: "chatTyping", value: { userId: 5n, typing: true } } });
    server.on("billingGetProducts", () => products("after"));
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);

    expect(seen.unknown.map((u) => [u.update.case, u.$unknown?.map((f) => f.no)])).toEqual([
      [undefined, [NEW_UPDATE_FIELD]],
      [undefined, [NEW_UPDATE_FIELD + 100]],
    ]);
    expect({ typing, updates: seen.updates, errors: seen.errors, closes: seen.closes }).toEqual({ typing: [5n], updates: 1, errors: [], closes: 0 });
    ledger.expectAllSettledOnce();
  });

  it("a result of a newer case fails only its call; a ServerMessage of a newer case is skipped and logged", async () => {
    const { server, ledger, client, seen, debug } = await start();
    server.on("billingGetProducts", (request, conn) => {
      conn.sendWithId(unknownServerMessageBody());
      conn.sendWithId(unknownResultBody(request.id));
      return undefined;
    });
    const result = await ledger.track(client.billing.getProducts({}));
    const id = ledger.outcomes[0]?.requestId;
    expect(!result.ok && (result.error as Error).message).toBe(`billing.getProducts expects products but the server answered no result (request ${id})`);
    // Server message 1 answered core.initialize; the unknown one is number 2.
    expect(debug).toContain("server message 2 has no case this SDK knows");

    server.on("billingGetProducts", () => products("after"));
    expect(codesOf([await ledger.track(client.billing.getProducts({}))])).toEqual(["ok"]);
    expect({ errors: seen.errors, closes: seen.closes, unknown: seen.unknown, unsolicited: seen.unsolicited }).toEqual({
      errors: [],
      closes: 0,
      unknown: [],
      unsolicited: [],
    });
    ledger.expectAllSettledOnce();
  });
});
