// The cache's storage: one least-recently-used map over every kind of entry, so a single
// `maxEntries` bounds the whole cache. A `Map` keeps insertion order; touching an entry moves it
// to the end, and the first key is the least recently used.
import type { Channel, Community, CommunityMember, CommunityRole, Conversation, Group, User } from "../../gen/osmium/client/types_pb.js";

/** What the cache holds, by kind (internal). */
export interface CachedKinds {
  user: User;
  community: Community;
  channel: Channel;
  role: CommunityRole;
  member: CommunityMember;
  conversation: Conversation;
  group: Group;
  defaultPermissions: bigint;
}

/** A kind of cached entry (internal). */
export type CachedKind = keyof CachedKinds;

/** A bounded LRU store of entries keyed by kind and id (internal). */
export class CacheStore {
  private readonly map = new Map<string, unknown>();

  constructor(readonly maxEntries: number) {}

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }

  /** Looks an entry up and marks it most recently used. */
  get<K extends CachedKind>(kind: K, id: string): CachedKinds[K] | undefined {
    const key = `${kind}:${id}`;
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value as CachedKinds[K];
  }

  /** Looks an entry up without marking it used (for updates that patch what is already there). */
  peek<K extends CachedKind>(kind: K, id: string): CachedKinds[K] | undefined {
    return this.map.get(`${kind}:${id}`) as CachedKinds[K] | undefined;
  }

  /** Stores an entry as most recently used, evicting the least recently used beyond `maxEntries`. */
  put<K extends CachedKind>(kind: K, id: string, value: CachedKinds[K]): void {
    const key = `${kind}:${id}`;
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  /** Replaces an entry only if present, keeping its place (an update about something nobody asked for is not kept). */
  patch<K extends CachedKind>(kind: K, id: string, change: (value: CachedKinds[K]) => CachedKinds[K]): void {
    const key = `${kind}:${id}`;
    const value = this.map.get(key);
    if (value !== undefined) this.map.set(key, change(value as CachedKinds[K]));
  }

  /** Removes one entry. */
  remove(kind: CachedKind, id: string): void {
    this.map.delete(`${kind}:${id}`);
  }

  /** Removes every entry of `kind` whose id starts with `prefix`, or for which `keep` says false. */
  removeWhere<K extends CachedKind>(kind: K, prefix: string, keep: (value: CachedKinds[K]) => boolean = () => false): void {
    const start = `${kind}:${prefix}`;
    for (const [key, value] of this.map) {
      if (key.startsWith(start) && !keep(value as CachedKinds[K])) this.map.delete(key);
    }
  }

  /** Removes a community and everything inside it. */
  removeCommunity(communityId: bigint): void {
    this.remove("community", `${communityId}`);
    this.remove("defaultPermissions", `${communityId}`);
    for (const kind of ["channel", "role", "member"] as const) this.removeWhere(kind, `${communityId}:`);
    this.removeWhere("conversation", `channel:${communityId}:`);
  }

  /** Removes everything. */
  clear(): void {
    this.map.clear();
  }
}
