// Load: 200 clients on one reference server over real WebSockets on loopback, talking in one community
// channel for a fixed number of rounds. Every `messageCreated` must reach every entitled session
// exactly once — members, including the sender's own sessions and members signed in twice — and
// nothing may reach the clients of users outside the community. Bounded in count; no timing asserted.
import { describe, expect, it } from "vitest";
import type { OsmiumClient } from "../../src/index.js";
import { useProcessWatch } from "./support/ledger.js";
import { useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const MEMBERS = 180; // users in the community, one session each...
const TWICE = 10; // ...of whom this many also sign in a second time (a second session)
const OUTSIDERS = 10; // connected users who are not members
const ROUNDS = 3; // every member session sends one message per round
const PASSWORD = "load-test-password";

interface Session {
  readonly client: OsmiumClient;
  readonly received: bigint[];
}

describe("load: 200 clients in one channel", () => {
  it(`${MEMBERS + TWICE + OUTSIDERS} WebSocket clients, ${ROUNDS} rounds: each message delivered exactly once to each member session, never to outsiders`, async () => {
    const server = world.server();
    const url = await server.listen({ port: 0 });
    const members = await Promise.all(
      Array.from({ length: MEMBERS }, (_, i) => server.createUser({ name: `Member ${i}`, ...(i < TWICE ? { email: `m${i}@load.test`, password: PASSWORD } : {}) })),
    );
    const outsiders = await Promise.all(Array.from({ length: OUTSIDERS }, (_, i) => server.createUser({ name: `Outsider ${i}` })));
    const { channels } = server.createCommunity({ owner: members[0]!.user.id, name: "Load", members: members.slice(1).map((m) => m.user.id) });
    const chatRef = { ref: { case: "channel" as const, value: { communityId: channels[0]!.communityId, channelId: channels[0]!.id } } };

    const open = (token: string | undefined): Session => {
      const client = world.client({ url, reconnect: false, ...(token === undefined ? {} : { token }) });
      const received: bigint[] = [];
      client.on("messageCreated", (u) => received.push(u.message?.messageId ?? 0n));
      return { client, received };
    };
    const memberSessions = members.map((m) => open(m.token));
    const secondSessions = members.slice(0, TWICE).map(() => open(undefined));
    const outsiderSessions = outsiders.map((o) => open(o.token));
    const all = [...memberSessions, ...secondSessions, ...outsiderSessions];
    let closes = 0;
    for (const s of all) s.client.on("close", () => closes++);
    // Connect in batches, so 200 handshakes do not all queue behind each other on a 2-core machine.
    for (let i = 0; i < all.length; i += 50) await Promise.all(all.slice(i, i + 50).map((s) => s.client.connect()));
    // The second sessions sign in with the password: a distinct session of the same user.
    const signedIn = await Promise.all(secondSessions.map((s, i) => s.client.auth.signIn({ email: `m${i}@load.test`, password: PASSWORD })));
    expect(new Set(signedIn.map((a) => a.sessionId)).size).toBe(TWICE);
    for (const [i, a] of signedIn.entries()) expect([a.user?.id, a.sessionId === members[i]!.sessionId]).toEqual([members[i]!.user.id, false]);

    const senders = [...memberSessions, ...secondSessions];
    const sent: bigint[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(senders.map((s, i) => s.client.messages.sendMessage({ chatRef, message: `round ${round} from ${i}` })));
      sent.push(...results.map((r) => r.messageId));
    }
    // A barrier per client: the server writes every push before it answers a later call on that connection.
    await Promise.all(all.map((s) => s.client.billing.getProducts({})));

    const expected = [...sent].sort((a, b) => (a < b ? -1 : 1));
    expect(new Set(sent).size).toBe(senders.length * ROUNDS);
    for (const [i, s] of senders.entries()) {
      const got = [...s.received].sort((a, b) => (a < b ? -1 : 1));
      // One toEqual per session, labelled, so a failure names the session instead of dumping 200 lists.
      expect(got, `member session ${i}`).toEqual(expected);
    }
    expect(outsiderSessions.map((s) => s.received.length)).toEqual(Array(OUTSIDERS).fill(0));
    expect(closes).toBe(0);
    expect(server.connectionCount).toBe(all.length);
  }, 60_000);
});
