// Pure units, where the public API cannot reach the edge cases: id allocation, backoff, the deadline heap,
// redaction and the codec. Everything else goes through the public API.
import { type Message, create, toBinary } from "@bufbuild/protobuf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthorizationSchema, SignInSchema } from "../../gen/osmium/client/auth_pb.js";
import { ClientMessageSchema, ServerMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { SendMessageSchema } from "../../gen/osmium/client/messages_pb.js";
import { BackupCodeSchema, TotpSchema } from "../../gen/osmium/client/settings_pb.js";
import { backoffDelayMs } from "../../src/connection/backoff.js";
import { decodeServerMessage, encodeKeepalive, encodeRequest } from "../../src/connection/codec.js";
import { Deadlines } from "../../src/connection/deadlines.js";
import { RequestIds, nextRequestId } from "../../src/connection/request-ids.js";
import { ProtocolError } from "../../src/errors.js";
import { InFlight } from "../../src/connection/in-flight.js";
import type { PendingCall } from "../../src/connection/pending-call.js";
import { REDACTED, redact } from "../../src/redact.js";
import { rpcTable } from "../../src/protocol/rpc-table.js";
import type { RpcEntry } from "../../src/rpc-client.js";

describe("RequestIds", () => {
  it("counts from 1, skips ids in flight and the reserved keepalive id", () => {
    const ids = new RequestIds();
    const inFlight = new Map<number, unknown>([[2, 0], [3, 0]]);
    expect([ids.next(inFlight, 0), ids.next(inFlight, 5), ids.next(inFlight, 5)]).toEqual([1, 4, 6]);
  });

  it("wraps from 2^32 - 1 to 1, never 0, and skips ids still in flight after the wrap", () => {
    const inFlight = new Map<number, unknown>([[1, 0]]);
    const first = nextRequestId(0xffff_fffe, inFlight, 0);
    const second = nextRequestId(first, inFlight, 0);
    expect([first, second, nextRequestId(second, inFlight, 0)]).toEqual([0xffff_ffff, 2, 3]);
  });

  it("restarts at 1 on reset", () => {
    const ids = new RequestIds();
    ids.next(new Map(), 0);
    ids.reset();
    expect(ids.next(new Map(), 0)).toBe(1);
  });
});

describe("backoffDelayMs", () => {
  const policy = { initialDelayMs: 100, maxDelayMs: 1_000 };
  it("draws uniformly below an exponential ceiling, capped", () => {
    expect([1, 2, 3, 4, 5, 60, 2000].map((n) => backoffDelayMs(n, policy, () => 0.5))).toEqual([50, 100, 200, 400, 500, 500, 500]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.999_999)).toBe(399);
  });
});

describe("Deadlines", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("expires entries in deadline order with one timer, skipping removed ones", () => {
    vi.useFakeTimers();
    const now = Date.now();
    const expired: number[] = [];
    const heap = new Deadlines<{ deadline: number; heapIndex: number; name: number }>((e) => expired.push(e.name));
    const entries = [50, 10, 40, 20, 30].map((d) => ({ deadline: now + d, heapIndex: -1, name: d }));
    for (const e of entries) heap.add(e);
    expect(vi.getTimerCount()).toBe(1);
    heap.remove(entries[2] as (typeof entries)[number]); // 40
    vi.advanceTimersByTime(25);
    expect(expired).toEqual([10, 20]);
    vi.advanceTimersByTime(100);
    expect(expired).toEqual([10, 20, 30, 50]);
    vi.advanceTimersByTime(1_000);
    expect(expired).toEqual([10, 20, 30, 50]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("clears its timer once empty", () => {
    vi.useFakeTimers();
    const heap = new Deadlines<{ deadline: number; heapIndex: number }>(() => {});
    const e = { deadline: Date.now() + 1_000, heapIndex: -1 };
    heap.add(e);
    heap.remove(e);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps heap order under random adds and removes", () => {
    vi.useFakeTimers();
    const now = Date.now();
    const expired: number[] = [];
    const heap = new Deadlines<{ deadline: number; heapIndex: number }>((e) => expired.push(e.deadline - now));
    const entries = Array.from({ length: 500 }, (_, i) => ({ deadline: now + 1 + ((i * 7919) % 1000), heapIndex: -1 }));
    for (const e of entries) heap.add(e);
    for (const e of entries.filter((_, i) => i % 3 === 0)) heap.remove(e);
    vi.advanceTimersByTime(2_000);
    const kept = entries.filter((_, i) => i % 3 !== 0).map((e) => e.deadline - now);
    expect(expired).toEqual([...kept].sort((a, b) => a - b));
  });
});

describe("redact", () => {
  it("replaces secret strings in a copy and leaves the original alone", () => {
    const signIn = create(SignInSchema, { email: "a@b.c", password: "pw", totp: "123" });
    expect(redact(signIn)).toMatchObject({ email: "a@b.c", password: REDACTED, totp: REDACTED });
    expect(signIn.password).toBe("pw");
    expect(redact(create(AuthorizationSchema, { token: "t", user: { name: "Ada" } }))).toMatchObject({ token: REDACTED, user: { name: "Ada" } });
    const totp = redact(create(TotpSchema, { enabled: true, url: "otpauth://x", backupCodes: [create(BackupCodeSchema, { code: "c1" })] }));
    expect(totp).toMatchObject({ url: REDACTED, backupCodes: [{ code: REDACTED }] });
  });

  it("finds a secret in a nested object that does not name its type (a message built by hand)", () => {
    const subscription = { $typeName: "osmium.client.settings.RegisterPushSubscription", subscription: { case: "web", value: { endpoint: "https://push.example", p256dh: "key", auth: "SECRET" } } } as unknown as Message;
    expect(JSON.stringify(redact(subscription))).not.toContain("SECRET");
    expect(redact(subscription)).toMatchObject({ subscription: { value: { endpoint: "https://push.example", auth: REDACTED } } });
    const nested = { $typeName: "osmium.client.auth.SignIn", extra: { password: "pw", list: [{ token: "t" }] } } as unknown as Message;
    expect(redact(nested)).toMatchObject({ extra: { password: REDACTED, list: [{ token: REDACTED }] } });
  });

  it("returns messages without secrets as they are", () => {
    const send = create(SendMessageSchema, { message: "hi" });
    expect(redact(send)).toBe(send);
    const noSecretSet = create(SignInSchema, { email: "a@b.c" });
    expect(redact(noSecretSet)).toBe(noSecretSet);
  });
});

describe("codec", () => {
  it("encodes a request inside a ClientMessage, and a keepalive with no case", () => {
    const bytes = encodeRequest(7, rpcTable.get("messagesSendMessage") as RpcEntry, create(SendMessageSchema, { message: "x" }));
    expect(bytes).toEqual(toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 7, message: { case: "messagesSendMessage", value: { message: "x" } } })));
    expect(encodeKeepalive(9)).toEqual(new Uint8Array([0x08, 0x09]));
  });

  it("decodes a ServerMessage, or returns a ProtocolError with the length and the decoder's message", () => {
    const frame = toBinary(ServerMessageSchema, create(ServerMessageSchema, { id: 3 }));
    expect(decodeServerMessage(frame)).toMatchObject({ id: 3 });
    const error = decodeServerMessage(new Uint8Array([0x0a, 0x05, 0x01]));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ byteLength: 3, message: expect.stringMatching(/^could not decode a 3-byte server frame: /) });
  });
});

describe("InFlight", () => {
  const call = (id: number) => ({ id }) as PendingCall;

  it("lists the calls oldest first, also when their slots wrap around the table", () => {
    const table = new InFlight();
    // 64 slots: ids 63..70 take slots 63, 0..6.
    const calls = [63, 64, 65, 66, 67, 68, 69, 70].map(call);
    for (const c of calls) table.add(c);
    expect(table.values().map((c) => c.id)).toEqual([63, 64, 65, 66, 67, 68, 69, 70]);
  });

  it("says a slot is taken by any call, finds a call only by its own id, and forgets it on delete", () => {
    const table = new InFlight();
    const held = call(1);
    table.add(held);
    expect([table.has(1), table.has(65), table.get(1), table.get(65)]).toEqual([true, true, held, undefined]);
    table.delete(held);
    expect([table.has(1), table.size, table.values()]).toEqual([false, 0, []]);
  });
});
