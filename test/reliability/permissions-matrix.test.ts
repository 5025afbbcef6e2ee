// Security: the reference server enforces authorization and permissions, checked by a matrix generated
// from one table. The table covers every `communities.*` request case plus every call that acts in a
// channel (messages, reactions, typing, voice). For each row, by its rule:
// - a permission bit: refused with 403 when the actor lacks it (and, for channel actions, when a
//   channel override denies it, and 404 when the channel is hidden), with NOTHING changed (everything
//   the owner can read is compared) and nothing pushed to an observer; allowed once a role grants it;
// - members only: an outsider gets 404 (existence never leaks), a plain member succeeds;
// - owner only, author only: refused with 403 even to an ADMINISTRATOR, allowed to the owner/author;
// - the role hierarchy: a MODIFY_ROLES holder is refused a change that touches a role at or above its
//   rank or grants or revokes a bit it lacks (nothing changes, nothing is pushed); the owner may;
// - any user: an authorized non-member succeeds, with the row's outcome, and the guild does not change.
import { describe, expect, it } from "vitest";
import { ClientMessageSchema } from "../../gen/osmium/client/core_pb.js";
import { CommunityPermission as P } from "../../gen/osmium/client/types_pb.js";
import { RpcError } from "../../src/index.js";
import { DEFAULTS, type Guild, type Person, bit, createGuild, grant, snapshot, updatesSince } from "./support/guild.js";
import { type Row, rows } from "./support/permission-rows.js";

async function expectRefused(call: Promise<unknown>, code: number, message: RegExp): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(RpcError);
  expect((error as RpcError).errorCode).toBe(code);
  expect((error as RpcError).errorMessage).toMatch(message);
}

/** Runs `refuse` on a fresh guild and checks it changed nothing and pushed nothing; then `allow` must work. */
async function matrixCase(
  row: Row,
  setUp: (g: Guild) => Promise<void>,
  refuse: (g: Guild, prepared: bigint | undefined) => Promise<void>,
  allow: (g: Guild, prepared: bigint | undefined) => Promise<Person | undefined>,
): Promise<void> {
  const g = await createGuild();
  try {
    await setUp(g);
    const prepared = await row.prepare?.(g);
    const before = await snapshot(g);
    const mark = g.observer.updates.length;
    await refuse(g, prepared);
    expect(await snapshot(g), "a refused call changed the community").toEqual(before);
    expect(await updatesSince(g.observer, mark), "a refused call pushed updates").toEqual([]);
    const who = await allow(g, prepared);
    if (who === undefined) return;
    const ready = await snapshot(g);
    await row.act(g, who, prepared, 2);
    if (row.mutates !== false) expect(await snapshot(g), "an allowed call changed nothing").not.toEqual(ready);
  } finally {
    await g.close();
  }
}

const withoutDefault = (flag: P) => async (g: Guild) => {
  if ((DEFAULTS & bit(flag)) !== 0n) {
    await g.owner.client.communities.editDefaultPermissions({ communityId: g.communityId, permissions: DEFAULTS & ~bit(flag) });
  }
};
const overrideOnEveryone = (channel: (g: Guild) => bigint, neg: bigint) => async (g: Guild) => {
  await g.owner.client.communities.createChannelOverride({ communityId: g.communityId, channelId: channel(g), roleId: g.communityId, permissions: { pos: 0n, neg } });
};

describe("the permission matrix covers the surface", () => {
  it("every communities.* request case has at least one row", () => {
    const cases = ClientMessageSchema.oneofs[0]!.fields.map((f) => f.localName).filter((c) => c.startsWith("communities"));
    expect(cases.length).toBe(28);
    expect(cases.filter((c) => !rows.some((r) => r.requestCase === c))).toEqual([]);
  });

  it("every call that changes who holds which permission has a role-hierarchy row", () => {
    const changing = ["communitiesCreateRole", "communitiesEditRole", "communitiesDeleteRole", "communitiesEditMember", "communitiesEditDefaultPermissions", "communitiesCreateChannelOverride", "communitiesDeleteChannelOverride", "communitiesSyncChannelOverrides"];
    expect(changing.filter((c) => !rows.some((r) => r.requestCase === c && r.rule.kind === "hierarchy"))).toEqual([]);
  });

  it("every channel action is in the table: send, media, forward, delete, pin, react, type, voice, edit", () => {
    const channelCases = ["messagesSendMessage", "messagesForwardMessage", "messagesDeleteMessage", "messagesSetMessagePin", "messagesEditMessage", "reactionsAddReaction", "chatsSetTyping", "voiceRequestRoom"];
    expect(channelCases.filter((c) => !rows.some((r) => r.requestCase === c))).toEqual([]);
  });
});

describe("the permission matrix", () => {
  for (const row of rows) {
    const rule = row.rule;
    if (rule.kind === "bit") {
      const flag = P[rule.flag];
      const needs = new RegExp(`needs the ${flag} permission`);
      it(`${row.what}: 403 without ${flag}, nothing changes; allowed with it through a role`, () =>
        matrixCase(row, withoutDefault(rule.flag), (g, p) => expectRefused(row.act(g, g.actor, p, 1), 403, needs), async (g) => {
          await grant(g, g.actor, bit(rule.flag));
          return g.actor;
        }));
      const channel = rule.channel;
      if (channel === undefined) continue;
      it(`${row.what}: 403 when a channel override denies ${flag} to everyone; allowed by a role override`, () =>
        matrixCase(row, overrideOnEveryone(channel, bit(rule.flag)), (g, p) => expectRefused(row.act(g, g.actor, p, 1), 403, needs), async (g) => {
          const role = await grant(g, g.actor, 0n);
          await g.owner.client.communities.createChannelOverride({ communityId: g.communityId, channelId: channel(g), roleId: role, permissions: { pos: bit(rule.flag), neg: 0n } });
          return g.actor;
        }));
      it(`${row.what}: 404 in a channel hidden from everyone (VIEW_CHANNEL denied), nothing changes`, () =>
        matrixCase(row, overrideOnEveryone(channel, bit(P.VIEW_CHANNEL)), (g, p) => expectRefused(row.act(g, g.actor, p, 1), 404, /no channel/), async () => undefined));
    } else if (rule.kind === "member") {
      it(`${row.what}: an outsider gets 404, nothing changes; a plain member may`, () =>
        matrixCase(row, async () => {}, (g, p) => expectRefused(row.act(g, g.outsider, p, 1), 404, new RegExp(`no community`)), async (g) => g.actor));
    } else if (rule.kind === "owner" || rule.kind === "author") {
      const only = rule.kind === "owner" ? /only the owner/ : /only the author/;
      it(`${row.what}: refused (403) even to an ADMINISTRATOR, nothing changes; the ${rule.kind} may`, () =>
        matrixCase(row, async (g) => void (await grant(g, g.actor, bit(P.ADMINISTRATOR))), (g, p) => expectRefused(row.act(g, g.actor, p, 1), 403, only), async (g) =>
          rule.kind === "owner" ? g.owner : g.zed,
        ));
    } else if (rule.kind === "hierarchy") {
      it(`${row.what}: refused (403) to a MODIFY_ROLES holder of rank 10, nothing changes; the owner may`, () =>
        matrixCase(row, async (g) => void (await grant(g, g.actor, bit(P.MODIFY_ROLES))), (g, p) => expectRefused(row.act(g, g.actor, p, 1), 403, rule.refusal), async (g) => g.owner));
    } else {
      it(`${row.what}: any authorized user may, even outside the community`, async () => {
        const g = await createGuild();
        try {
          const before = await snapshot(g);
          const result = await row.act(g, g.outsider, undefined, 1);
          await rule.outcome(g.outsider, result);
          expect(await snapshot(g), "an outsider's call changed the guild").toEqual(before);
        } finally {
          await g.close();
        }
      });
    }
  }

  it("voice without SPEAK_VOICE: the member joins muted; a role with SPEAK_VOICE unmutes the next join", async () => {
    const g = await createGuild();
    try {
      await withoutDefault(P.SPEAK_VOICE)(g);
      const muted = async () => {
        await g.actor.client.voice.requestRoom({ chatRef: g.ref(g.voice) });
        const { roomStates } = await g.owner.client.communities.getRoomStates({ communityId: g.communityId });
        return roomStates.flatMap((r) => r.state?.participants ?? []).filter((p) => p.userId === g.actor.id).map((p) => p.muted);
      };
      expect(await muted()).toEqual([true]);
      await grant(g, g.actor, bit(P.SPEAK_VOICE));
      expect(await muted()).toEqual([false]);
    } finally {
      await g.close();
    }
  });
});
