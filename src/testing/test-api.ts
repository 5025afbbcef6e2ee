import type { Channel, Community, User } from "../../gen/osmium/client/types_pb.js";
import { ChannelType } from "../../gen/osmium/client/types_pb.js";
import { createAccount } from "./model/accounts/accounts.js";
import { createSession } from "./model/accounts/sessions.js";
import { addChannel } from "./model/communities/channels.js";
import { createCommunityRecord } from "./model/communities/communities.js";
import type { ServerCore } from "./model/core/server-core.js";
import { expireUploads } from "./model/media/file-store.js";
import { loadState, saveState } from "./model/state/persistence.js";
import type { IssuedCode } from "./model/state/server-state.js";
import { communityView } from "./model/views/communities.js";
import { userView } from "./model/views/users.js";

/** A user made by {@link TestServer.createUser}, with a token ready for `new OsmiumClient({ token })`. */
export interface CreatedUser {
  user: User;
  token: string;
  sessionId: bigint;
}

/** What {@link TestServer.createUser} takes. */
export interface CreateUserOptions {
  name: string;
  username?: string;
  bot?: boolean;
  email?: string;
  password?: string;
}

/** What {@link TestServer.createCommunity} takes. */
export interface CreateCommunityOptions {
  /** The owner's user id. */
  owner: bigint;
  name: string;
  /** Text channels to create besides `general`. */
  channels?: string[];
  /** User ids to add as members. */
  members?: bigint[];
}

/**
 * The reference server's test API: seed state and inject faults directly, without a client.
 * Nothing here pushes updates; connect clients after seeding.
 */
export class TestApi {
  constructor(protected readonly core: ServerCore) {}

  /** Creates a user and a session for it. */
  async createUser(options: CreateUserOptions): Promise<CreatedUser> {
    const account = await createAccount(this.core, options);
    if (options.email) account.emailConfirmed = true;
    const session = createSession(this.core, account.user.id);
    return { user: userView(this.core.state, account.user.id), token: session.token, sessionId: session.id };
  }

  /** Creates a community with `general` plus the named text channels, and adds members. */
  createCommunity(options: CreateCommunityOptions): { community: Community; channels: Channel[] } {
    if (!this.core.state.accounts.has(options.owner)) throw new Error(`createCommunity: no user ${options.owner}`);
    const community = createCommunityRecord(this.core, options.owner, options.name);
    for (const name of options.channels ?? []) addChannel(this.core, community, { name, type: ChannelType.TEXT });
    for (const userId of options.members ?? []) {
      if (!this.core.state.accounts.has(userId)) throw new Error(`createCommunity: no user ${userId}`);
      community.members.set(userId, { roleIds: [] });
    }
    return { community: communityView(this.core.state, community, options.owner), channels: [...community.channels.values()] };
  }

  /** Codes the server "emailed" (verification, password reset), oldest first. */
  codes(email?: string): IssuedCode[] {
    const wanted = email?.toLowerCase();
    return this.core.state.issuedCodes.filter((c) => wanted === undefined || c.email === wanted);
  }

  /** The newest code of a kind sent to `email`, or `undefined`. */
  lastCode(email: string, kind: IssuedCode["kind"]): string | undefined {
    return this.codes(email).filter((c) => c.kind === kind).at(-1)?.code;
  }

  /** Closes every client connection abruptly (fault injection: clients should reconnect). */
  dropConnections(code = 1012, reason = "dropped by test"): void {
    for (const connection of [...this.core.connections]) connection.close(code, reason);
    this.core.connections.clear();
  }

  /**
   * Takes a user offline (fault injection): closes their connections like `dropConnections`, and
   * until the returned function is called, closes each new connection of theirs with 1013 ("try
   * again later") as it authorizes, so their clients keep reconnecting. Everyone else stays
   * connected, so a test can act while the user is away, then let them back.
   */
  holdOffline(userId: bigint, code = 1012, reason = "dropped by test"): () => void {
    this.core.offline.add(userId);
    for (const connection of [...this.core.connectionsOf(userId)]) {
      connection.close(code, reason);
      this.core.connections.delete(connection);
    }
    return () => {
      this.core.offline.delete(userId);
    };
  }

  /** Delays every answer by `ms` from now on (fault injection). */
  setLatency(ms: number): void {
    this.core.latencyMs = ms;
  }

  /**
   * The whole server state as one JSON string (users, sessions with their tokens, password hashes,
   * communities, messages, file contents in base64...). It grows with the files stored; to keep
   * state on disk, use `saveStateFile`, which keeps file contents out of the JSON.
   */
  saveState(): string {
    expireUploads(this.core);
    return saveState(this.core.state);
  }

  /** Replaces the server state with one from {@link saveState}. Connected clients keep their connections. */
  loadState(json: string): void {
    loadState(this.core.state, json);
  }

  /** How many clients are connected right now. */
  get connectionCount(): number {
    return this.core.connections.size;
  }
}
