// The reference server as the server fuzzer's target: a populated community (channels, a category, a
// message) owned by a well-behaved client, and fuzzers — administrators of that community, each on a
// raw connection — made on demand. Every id created goes into the pool the generators draw from.
import { ChannelType, CommunityPermission } from "../../../gen/osmium/client/types_pb.js";
import { OsmiumClient } from "../../../src/index.js";
import { type CreatedUser, type TestServer, createTestServer } from "../../../src/testing/index.js";
import type { IdPool } from "./message-arbitrary.js";
import { RawConnection } from "./raw-connection.js";

/** The server under fuzz, its owner's client, and the ids worth hitting. */
export class FuzzTarget {
  /** Ids the generators favour: every user, session, community, channel, role and message made here. */
  readonly pool: IdPool = [0n, 1n, 2n ** 64n - 1n];
  /** Every user made here, owner first. */
  readonly users: bigint[] = [];
  /** The current fuzzer. */
  fuzzer: CreatedUser | undefined;

  private constructor(
    readonly server: TestServer,
    readonly owner: CreatedUser,
    readonly ownerClient: OsmiumClient,
    readonly communityId: bigint,
  ) {}

  /** A server with `limits.frameBytes = frameBytes` and the community "Fuzzland". */
  static async create(frameBytes: number): Promise<FuzzTarget> {
    const server = createTestServer({ limits: { frameBytes } });
    const owner = await server.createUser({ name: "Owner" });
    const other = await server.createUser({ name: "Other" });
    const { community, channels } = server.createCommunity({ owner: owner.user.id, name: "Fuzzland", channels: ["random"], members: [other.user.id] });
    const ownerClient = new OsmiumClient({ transport: server.transport(), token: owner.token, keepalive: false, reconnect: false });
    await ownerClient.connect();
    const target = new FuzzTarget(server, owner, ownerClient, community.id);
    target.users.push(owner.user.id, other.user.id);
    await ownerClient.communities.createChannel({ communityId: community.id, name: "cat", type: ChannelType.CATEGORY });
    const chatRef = { ref: { case: "channel" as const, value: { communityId: community.id, channelId: channels[0]?.id ?? 0n } } };
    const { messageId } = await ownerClient.messages.sendMessage({ chatRef, message: "hello fuzz" });
    const all = (await ownerClient.communities.getChannels({ communityId: community.id })).channels.map((c) => c.id);
    target.pool.push(owner.user.id, other.user.id, community.id, messageId, ...all);
    return target;
  }

  /** A new fuzzer: a user added to the community as an administrator, on a fresh, authorized raw connection. */
  async newFuzzer(): Promise<RawConnection> {
    const fuzzer = await this.server.createUser({ name: `Fuzzer ${this.users.length}` });
    this.fuzzer = fuzzer;
    this.users.push(fuzzer.user.id);
    const communities = this.ownerClient.communities;
    await communities.addMember({ communityId: this.communityId, userId: fuzzer.user.id });
    const role = await this.adminRole();
    await communities.editMember({ communityId: this.communityId, memberId: fuzzer.user.id, roleIds: { roleIds: [role] } });
    this.pool.push(fuzzer.user.id, fuzzer.sessionId, role);
    const raw = await RawConnection.open(this.server.transport());
    const initialized = await raw.call(1, { case: "coreInitialize", value: { deviceType: "fuzzer" } });
    const authorized = await raw.call(2, { case: "authAuthorize", value: { token: fuzzer.token } });
    if (initialized?.result.case !== "initialized" || authorized?.result.case !== "authorization") throw new Error("fuzz target: the fuzzer could not connect");
    return raw;
  }

  /** Closes the owner's client and the server. */
  async close(): Promise<void> {
    await this.ownerClient.close();
    await this.server.close();
  }

  // The administrators' role; recreated if a fuzzer deleted it.
  private async adminRole(): Promise<bigint> {
    const communities = this.ownerClient.communities;
    const find = async () => (await communities.getRoles({ communityId: this.communityId })).roles.find((r) => r.name === "fuzz-admin")?.id;
    const existing = await find();
    if (existing !== undefined) return existing;
    await communities.createRole({ communityId: this.communityId, name: "fuzz-admin", permissions: BigInt(CommunityPermission.ADMINISTRATOR), priority: 50 });
    return (await find()) ?? 0n;
  }
}
