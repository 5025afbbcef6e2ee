import { describe, expect, it, vi } from "vitest";
import { ChangeRelationship_RelationshipChangeType } from "../../gen/osmium/client/friends_pb.js";
import { ChannelType, CommunityPermission } from "../../gen/osmium/client/types_pb.js";
import { channelChat, dmWith, groupChat, guild, selfChat, settle } from "./messages-fixture.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

/** The guild fixture plus a voice channel "Lounge". */
async function withVoice() {
  const server = startServer();
  const g = await guild(server);
  await g.owner.peer.call("communitiesCreateChannel", { communityId: g.communityId, name: "Lounge", type: ChannelType.VOICE });
  const { channels } = await g.owner.peer.call("communitiesGetChannels", { communityId: g.communityId });
  const lounge = channels.find((c) => c.name === "Lounge");
  if (!lounge) throw new Error("fixture: voice channel missing");
  await settle(g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer);
  return { server, ...g, lounge: channelChat(g.communityId, lounge.id), loungeId: lounge.id };
}

describe("voice.requestRoom", () => {
  it("joins a voice channel's room and pushes the room state to the channel's viewers", async () => {
    const g = await withVoice();
    const quiet = await connect(g.server, { token: g.noor.token, noSubscribe: true });
    const info = await g.mia.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    expect(info.roomId).toBeGreaterThan(0n);
    expect(info.endpoint).toBe(`wss://127.0.0.1/voice/${info.roomId}`);
    expect(info.token).toMatch(/^[0-9a-f]{64}$/);
    expect(info.chatRef?.ref).toEqual({ case: "channel", value: expect.objectContaining({ channelId: g.loungeId }) });
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer, g.outsider.peer, quiet]) await p.sync();
    for (const p of [g.owner.peer, g.mia.peer, g.noor.peer]) {
      expect(p.received("roomState")).toEqual([
        expect.objectContaining({
          state: expect.objectContaining({ roomId: info.roomId, participants: [expect.objectContaining({ userId: g.mia.id, muted: false, deafened: false })] }),
        }),
      ]);
    }
    expect([...g.outsider.peer.updates, ...quiet.updates]).toEqual([]);

    // The same room for the next caller, with both listed; a fresh token each time.
    const again = await g.noor.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    expect(again.roomId).toBe(info.roomId);
    expect(again.token).not.toBe(info.token);
    await g.owner.peer.sync();
    expect(g.owner.peer.received("roomState").at(-1)?.state?.participants.map((p) => p.userId)).toEqual([g.mia.id, g.noor.id]);
    const states = await g.owner.peer.call("communitiesGetRoomStates", { communityId: g.communityId });
    expect(states.roomStates[0]?.state?.participants).toHaveLength(2);
  });

  it("joins muted without SPEAK_VOICE; refuses without CONNECT_VOICE and in text channels", async () => {
    const g = await withVoice();
    await expectRpcError(g.mia.peer.call("voiceRequestRoom", { chatRef: g.general }), 400, new RegExp(`^chat_ref: channel ${g.generalId} is not a voice channel$`));
    await g.owner.peer.call("communitiesEditDefaultPermissions", {
      communityId: g.communityId,
      permissions: BigInt(CommunityPermission.VIEW_CHANNEL | CommunityPermission.CONNECT_VOICE),
    });
    await g.mia.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    await g.mia.peer.sync();
    expect(g.mia.peer.received("roomState").at(-1)?.state?.participants[0]?.muted).toBe(true);
    await g.owner.peer.call("communitiesEditDefaultPermissions", { communityId: g.communityId, permissions: BigInt(CommunityPermission.VIEW_CHANNEL) });
    await expectRpcError(g.noor.peer.call("voiceRequestRoom", { chatRef: g.lounge }), 403, /^joining voice needs the CONNECT_VOICE permission$/);
    await expectRpcError(g.outsider.peer.call("voiceRequestRoom", { chatRef: g.lounge }), 404, /no community/);
  });

  it("calls in DMs and groups; never in the self chat or across a block", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const call = await ada.peer.call("voiceRequestRoom", { chatRef: dmWith(bob.id) });
    await bob.peer.sync();
    expect(bob.peer.received("roomState")[0]).toMatchObject({ chatRef: { ref: { case: "user", value: { userId: ada.id } } }, state: { roomId: call.roomId } });
    await carol.peer.sync();
    expect(carol.peer.updates).toEqual([]);

    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: carol.id }] });
    const room = await carol.peer.call("voiceRequestRoom", { chatRef: groupChat(group.id) });
    expect(room.roomId).not.toBe(call.roomId);

    await expectRpcError(ada.peer.call("voiceRequestRoom", { chatRef: selfChat }), 400, /^chat_ref: the self chat has no voice room$/);
    await bob.peer.call("friendsChangeRelationship", { user: { userId: ada.id }, change: ChangeRelationship_RelationshipChangeType.BLOCK });
    await expectRpcError(ada.peer.call("voiceRequestRoom", { chatRef: dmWith(bob.id) }), 403, /^calling is not possible: one of you has blocked the other$/);
  });
});

describe("voice rooms: leaving", () => {
  it("a session leaves every room when its last connection closes; the chat's audience gets the new roomState", async () => {
    const g = await withVoice();
    // A second connection of Mia's session (same token).
    const miaSpare = await connect(g.server, { token: g.mia.token, noSubscribe: true });
    await g.mia.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    const { roomId } = await g.noor.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    await settle(g.owner.peer, g.noor.peer, g.outsider.peer);
    const open = g.server.connectionCount;

    // The session still has a connection: Mia stays in the room and nothing is pushed.
    miaSpare.close();
    await vi.waitFor(() => expect(g.server.connectionCount).toBe(open - 1));
    await g.owner.peer.sync();
    expect(g.owner.peer.updates).toEqual([]);

    g.mia.peer.close();
    await vi.waitFor(() => expect(g.server.connectionCount).toBe(open - 2));
    for (const p of [g.owner.peer, g.noor.peer, g.outsider.peer]) await p.sync();
    for (const p of [g.owner.peer, g.noor.peer]) {
      expect(p.received("roomState")).toEqual([
        expect.objectContaining({
          chatRef: expect.objectContaining({ ref: { case: "channel", value: expect.objectContaining({ communityId: g.communityId, channelId: g.loungeId }) } }),
          state: expect.objectContaining({ roomId, participants: [expect.objectContaining({ roomId, sessionId: String(g.noor.sessionId), userId: g.noor.id })] }),
        }),
      ]);
    }
    expect(g.outsider.peer.updates).toEqual([]);
    const states = await g.owner.peer.call("communitiesGetRoomStates", { communityId: g.communityId });
    expect(states.roomStates.map((r) => [r.channelId, r.state?.participants.map((p) => p.userId)])).toEqual([[g.loungeId, [g.noor.id]]]);
  });

  it("a revoked session leaves its rooms: the others get roomState, the closed connection nothing", async () => {
    const g = await withVoice();
    await g.mia.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    const { roomId } = await g.noor.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    await settle(g.owner.peer, g.mia.peer, g.noor.peer);
    const open = g.server.connectionCount;

    await g.noor.peer.call("authRevokeSessions", { sessionIds: [g.noor.sessionId] });
    await vi.waitFor(() => expect(g.server.connectionCount).toBe(open - 1));
    for (const p of [g.owner.peer, g.mia.peer]) {
      await p.sync();
      expect(p.received("roomState").map((u) => [u.state?.roomId, u.state?.participants.map((x) => x.sessionId)])).toEqual([[roomId, [String(g.mia.sessionId)]]]);
    }
    expect(g.noor.peer.received("roomState")).toEqual([]);
    expect(g.noor.peer.received("sessionDeleted")).toHaveLength(1);
  });

  it("a DM call ends for the peer when the caller disconnects; dropConnections empties every room", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const { roomId } = await ada.peer.call("voiceRequestRoom", { chatRef: dmWith(bob.id) });
    await settle(bob.peer);
    ada.peer.close();
    await vi.waitFor(() => expect(server.connectionCount).toBe(1));
    await bob.peer.sync();
    expect(bob.peer.received("roomState")).toEqual([
      expect.objectContaining({ chatRef: expect.objectContaining({ ref: { case: "user", value: expect.objectContaining({ userId: ada.id }) } }), state: expect.objectContaining({ roomId, participants: [] }) }),
    ]);

    const g = await withVoice();
    await g.mia.peer.call("voiceRequestRoom", { chatRef: g.lounge });
    g.server.dropConnections();
    const owner = await connect(g.server, { token: g.owner.token });
    await vi.waitFor(async () => {
      const states = await owner.call("communitiesGetRoomStates", { communityId: g.communityId });
      expect(states.roomStates.map((r) => [r.channelId, r.state?.participants])).toEqual([[g.loungeId, []]]);
    });
  });

  it("a user removed from a group leaves its room; the last one out deletes the group and its room", async () => {
    const server = startServer();
    const ada = await user(server, "Ada");
    const bob = await user(server, "Bob");
    const carol = await user(server, "Carol");
    const group = await ada.peer.call("chatsCreateChat", { name: "G", users: [{ userId: bob.id }, { userId: carol.id }] });
    await bob.peer.call("voiceRequestRoom", { chatRef: groupChat(group.id) });
    const { roomId } = await carol.peer.call("voiceRequestRoom", { chatRef: groupChat(group.id) });
    await settle(ada.peer, bob.peer, carol.peer);

    await ada.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: bob.id });
    for (const p of [ada.peer, bob.peer, carol.peer]) await p.sync();
    for (const p of [ada.peer, carol.peer]) {
      expect(p.received("roomState").map((u) => [u.state?.roomId, u.state?.participants.map((x) => x.userId)])).toEqual([[roomId, [carol.id]]]);
    }
    expect(bob.peer.received("roomState")).toEqual([]);

    expect(server.saveState()).toContain(`"group:${group.id}"`);
    await carol.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: carol.id });
    await ada.peer.call("chatsRemoveChatMember", { chatRef: groupChat(group.id), userId: ada.id });
    expect(server.saveState()).not.toContain(`"group:${group.id}"`);
  });
});

