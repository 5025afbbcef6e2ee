// The opt-in state cache: users, communities, channels, roles, members, groups
// and conversations, kept current from call results (through an interceptor) and from updates,
// bounded by one LRU over all entries.
import type { RequestInit } from "../protocol/request-init.js";
import type { ChatRefSchema } from "../../gen/osmium/client/refs_pb.js";
import type { Channel, Community, CommunityMember, CommunityRole, Conversation, Group, User } from "../../gen/osmium/client/types_pb.js";
import type { Update } from "../../gen/osmium/client/updates_pb.js";
import { InvalidArgumentError } from "../errors.js";
import { type IdInput, parseId } from "../helpers/ids.js";
import { chatRef as chatRefMessage, chatRefKey } from "../helpers/refs.js";
import type { InterceptedOutcome, Interceptor } from "../interceptors.js";
import { applyResult } from "./apply-results.js";
import { applyUpdate } from "./apply-updates.js";
import { CacheStore } from "./store.js";

/** Options of the state cache (`new OsmiumClient({ cache: { maxEntries } })`). */
export interface StateCacheOptions {
  /** Entries kept in all (users, channels, members... together); the least recently used go first. @default 10_000 */
  readonly maxEntries?: number;
}

/**
 * StateCache holds what the client has seen of users, communities, channels, roles, members,
 * groups and conversations, so a bot can name a channel or an author without another call.
 *
 * It learns from results (`getHistory` brings authors and members, `getChats` conversations,
 * `getRoles` a community's roles...) and from updates (`user`, `channel`, `communityMember`,
 * deletions...). Lookups return `undefined` for what it has not seen or has evicted. Roles only
 * refresh from `getRoles` results: the protocol pushes no role updates. Entries are the objects
 * as received: treat them as read-only.
 */
export class StateCache {
  private readonly store: CacheStore;

  /** The interceptor that feeds results to this cache; installed by the client's `cache` option. */
  readonly interceptor: Interceptor = {
    onOutcome: (outcome: InterceptedOutcome) => {
      if (outcome.error === undefined) this.applyResult(outcome);
    },
  };

  /** Creates an empty cache; throws InvalidArgumentError for a bad `maxEntries`. */
  constructor(options: StateCacheOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new InvalidArgumentError("cache.maxEntries", "must be a positive integer");
    this.store = new CacheStore(maxEntries);
  }

  /** The bound on entries. */
  get maxEntries(): number {
    return this.store.maxEntries;
  }

  /** Entries held now. */
  get size(): number {
    return this.store.size;
  }

  /** A user by id. */
  user(userId: IdInput): User | undefined {
    return this.store.get("user", `${parseId(userId, "userId")}`);
  }

  /** A community by id (as the current user sees it: `owner`, `permissions`). */
  community(communityId: IdInput): Community | undefined {
    return this.store.get("community", `${parseId(communityId, "communityId")}`);
  }

  /** A channel of a community. */
  channel(communityId: IdInput, channelId: IdInput): Channel | undefined {
    return this.store.get("channel", `${parseId(communityId, "communityId")}:${parseId(channelId, "channelId")}`);
  }

  /** A role of a community (from the last `getRoles` of that community). */
  role(communityId: IdInput, roleId: IdInput): CommunityRole | undefined {
    return this.store.get("role", `${parseId(communityId, "communityId")}:${parseId(roleId, "roleId")}`);
  }

  /** A community's default permissions (from the last `getRoles` of that community). */
  defaultPermissions(communityId: IdInput): bigint | undefined {
    return this.store.get("defaultPermissions", `${parseId(communityId, "communityId")}`);
  }

  /** A member of a community: roles and nickname. */
  member(communityId: IdInput, userId: IdInput): CommunityMember | undefined {
    return this.store.get("member", `${parseId(communityId, "communityId")}:${parseId(userId, "userId")}`);
  }

  /** A group chat by id. */
  group(groupId: IdInput): Group | undefined {
    return this.store.get("group", `${parseId(groupId, "groupId")}`);
  }

  /** The conversation (read state, unread counts, overrides) of a chat. */
  conversation(chatRef: RequestInit<typeof ChatRefSchema>): Conversation | undefined {
    return this.store.get("conversation", chatRefKey(chatRefMessage(chatRef)));
  }

  /** Learns from one call's result (the interceptor calls this; call it yourself to feed other results). */
  applyResult(outcome: Pick<InterceptedOutcome, "request" | "result">): void {
    if (outcome.result !== undefined) applyResult(this.store, outcome.request, outcome.result);
  }

  /** Learns from one update (the client calls this before dispatching it to listeners). */
  applyUpdate(update: Update): void {
    applyUpdate(this.store, update);
  }

  /** Forgets everything (for instance after `resync`, when updates were missed). */
  clear(): void {
    this.store.clear();
  }
}

/** The cache for the client's `cache` option: `true` or options enable it (internal). */
export function createStateCache(option: boolean | StateCacheOptions | undefined): StateCache | undefined {
  if (option === undefined || option === false) return undefined;
  if (option === true) return new StateCache();
  if (typeof option !== "object" || option === null) throw new InvalidArgumentError("cache", "must be a boolean or { maxEntries }");
  return new StateCache(option);
}
