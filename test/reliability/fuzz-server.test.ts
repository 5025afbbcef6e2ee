// Fuzzing the reference server: random ClientMessages of every request case (contents drawn from the
// schema, ids biased towards real ones) and damaged frames, sent by an authorized administrator of a
// populated community. Properties, per frame: the server answers it exactly once — with the frame's
// own id, or 0 when it does not decode — or closes the connection for a stated reason; it never
// answers 500 (a handler crashing on input it should have refused); and afterwards its state is
// consistent: it saves and reloads to the same state, every read of the community still succeeds with
// coherent answers, and new users can use it normally.
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { ChannelType } from "../../gen/osmium/client/types_pb.js";
import { OsmiumClient } from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { FuzzTarget } from "./support/fuzz-target.js";
import { useProcessWatch } from "./support/ledger.js";
import { clientMessages } from "./support/message-arbitrary.js";
import { frames } from "./support/mutations.js";

useProcessWatch();

// OSMIUM_FUZZ_RUNS=100000 fuzzes longer (docs/reliability.md); CI runs the default.
const RUNS = Number(process.env.OSMIUM_FUZZ_RUNS ?? 10_000);
const FRAME_BYTES = 2_048;
const SENTINEL = 0xffff_ffff; // the generators never pick this request id
const ROTATE_EVERY = 1_000; // a fresh fuzzer now and then, so one that left the community stops nothing
// Closes a fuzzed frame may cause: too big (1009), or the fuzzer revoked its own session (4001).
const ALLOWED_CLOSES = [1009, 4001];

let target: FuzzTarget;
const stats = { runs: 0, answered: 0, errors: new Map<number, number>(), closes: new Map<number, number>() };

function decodedId(bytes: Uint8Array): number | undefined {
  try {
    return fromBinary(ClientMessageSchema, bytes).id;
  } catch {
    return undefined;
  }
}

/** Resolves with `promise`, or fails the run with `what` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  target = await FuzzTarget.create(FRAME_BYTES);
});

afterAll(async () => {
  await target?.close();
});

describe("fuzzing the reference server with client frames", () => {
  it(`${RUNS} random and damaged ClientMessages: each answered once with its id (or closed for a reason), never a 500`, async () => {
    let raw = await target.newFuzzer();
    let reauthorize = false;
    const valid = clientMessages(target.pool).map((m) => toBinary(ClientMessageSchema, m));
    const oversized = fc.uint8Array({ minLength: FRAME_BYTES + 1, maxLength: FRAME_BYTES + 64 }).map((bytes) => ({ how: "oversized", bytes }));
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 200, arbitrary: frames(valid, 6) }, { weight: 1, arbitrary: oversized }), async ({ how, bytes }) => {
        if (raw.closed || stats.runs % ROTATE_EVERY === 0) {
          raw.close();
          raw = await target.newFuzzer();
        } else if (reauthorize) {
          // The frame was a sign-in or sign-up: the connection now belongs to someone else.
          await raw.call(2, { case: "authAuthorize", value: { token: target.fuzzer?.token ?? "" } });
        }
        stats.runs++;
        const from = raw.results.length;
        raw.send(bytes);
        await within(raw.call(SENTINEL, undefined), 5_000, `no answer and no close after a frame (${how}, ${bytes.byteLength} bytes)`);
        if (raw.closed) {
          stats.closes.set(raw.closed.code, (stats.closes.get(raw.closed.code) ?? 0) + 1);
          expect(ALLOWED_CLOSES).toContain(raw.closed.code);
          if (raw.closed.code === 1009) expect(bytes.byteLength).toBeGreaterThan(FRAME_BYTES);
          return;
        }
        const answers = raw.results.slice(from);
        expect(answers.map((a) => a.reqId)).toEqual([decodedId(bytes) ?? 0, SENTINEL]);
        const answer = answers[0]!;
        if (answer.result.case === "error") {
          const { errorCode, errorMessage } = answer.result.value;
          stats.errors.set(errorCode, (stats.errors.get(errorCode) ?? 0) + 1);
          expect(errorCode, `500 for a frame (${how}): ${errorMessage}`).not.toBe(500);
        } else stats.answered++;
        reauthorize = answer.result.case === "authorization";
      }),
      { numRuns: RUNS },
    );
    raw.close();
    expect(stats.runs).toBe(RUNS);
    // The fuzzing must reach handlers, not stop at decoding: plenty of calls succeed.
    expect(stats.answered).toBeGreaterThan(RUNS / 20);
  }, Math.max(30_000, RUNS * 2));

  it("after fuzzing, the state saves and reloads unchanged", async () => {
    const saved = target.server.saveState();
    const copy = createTestServer();
    try {
      copy.loadState(saved);
      expect(copy.saveState()).toBe(saved);
    } finally {
      await copy.close();
    }
  });

  it("after fuzzing, every read of the community succeeds and is coherent", async () => {
    const { ownerClient, communityId, users, owner } = target;
    const { channels } = await ownerClient.communities.getChannels({ communityId });
    for (const channel of channels) {
      // A parent is a category of the same community (deleting a category moves its children up).
      if (channel.parentId !== undefined) expect(channels.find((c) => c.id === channel.parentId)?.type).toBe(ChannelType.CATEGORY);
      expect(channel.communityId).toBe(communityId);
      await ownerClient.communities.getChannelOverrides({ communityId, channelId: channel.id });
      if (channel.type === ChannelType.CATEGORY) continue;
      await ownerClient.communities.getChannelMembers({ communityId, channelId: channel.id });
      if (channel.type === ChannelType.TEXT) {
        const chatRef = { ref: { case: "channel" as const, value: { communityId, channelId: channel.id } } };
        const { messages } = await ownerClient.messages.getHistory({ chatRef });
        for (const m of messages) expect(m.chatRef?.ref).toEqual({ case: "channel", value: expect.objectContaining({ communityId, channelId: channel.id }) });
      }
    }
    const { roles } = await ownerClient.communities.getRoles({ communityId });
    const roleIds = new Set(roles.map((r) => r.id));
    const members = [];
    // In batches: a request naming every fuzzer ever made could exceed the server's 2 KiB frame limit.
    for (let i = 0; i < users.length; i += 100) {
      members.push(...(await ownerClient.communities.getMembers({ communityId, memberIds: users.slice(i, i + 100) })).members);
    }
    expect(members.map((m) => m.id)).toContain(owner.user.id);
    for (const member of members) for (const roleId of member.roleIds) expect(roleIds.has(roleId)).toBe(true);
    await ownerClient.communities.getRoomStates({ communityId });
    await ownerClient.communities.getCommunities({});
  });

  it("after fuzzing, new users work normally: a message is sent, delivered once and stored", async () => {
    const server = target.server;
    const alice = await server.createUser({ name: "Alice" });
    const bob = await server.createUser({ name: "Bob" });
    const { channels } = server.createCommunity({ owner: alice.user.id, name: "After", members: [bob.user.id] });
    const chatRef = { ref: { case: "channel" as const, value: { communityId: channels[0]!.communityId, channelId: channels[0]!.id } } };
    const a = new OsmiumClient({ transport: server.transport(), token: alice.token, keepalive: false });
    const b = new OsmiumClient({ transport: server.transport(), token: bob.token, keepalive: false });
    try {
      await Promise.all([a.connect(), b.connect()]);
      const delivered: string[] = [];
      b.on("messageCreated", (u) => delivered.push(u.message?.message ?? ""));
      const { messageId } = await a.messages.sendMessage({ chatRef, message: "still works" });
      const history = await b.messages.getHistory({ chatRef });
      expect(history.messages.map((m) => [m.messageId, m.message])).toEqual([[messageId, "still works"]]);
      expect(delivered).toEqual(["still works"]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
