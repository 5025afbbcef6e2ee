// Where the client stands: the newest message id it has seen, per chat and over all chats. Ids are
// snowflakes, and higher ids are newer across chats (docs/protocol.md#ids), so the newest id seen
// anywhere marks the moment after which every message of a chat it never heard of is new to it.

/** Newest message ids seen, per chat key and overall. */
export class Positions {
  private readonly newest = new Map<string, bigint>();
  private top: bigint | undefined;

  /** Records that message `id` of chat `key` was seen (delivered or in a result); never moves back. */
  note(key: string, id: bigint): void {
    const known = this.newest.get(key);
    if (known === undefined || id > known) this.newest.set(key, id);
    this.raise(id);
  }

  /**
   * Fixes where chat `key` stands to `id` unless it has a position of its own: a chat being caught
   * up must not follow the overall mark, which its recovered neighbours move past its own gap.
   */
  pin(key: string, id: bigint): void {
    if (!this.newest.has(key)) this.newest.set(key, id);
  }

  /** Raises the overall mark alone: `id` is the newest of a list of chats, each of which had nothing newer. */
  raise(id: bigint): void {
    if (this.top === undefined || id > this.top) this.top = id;
  }

  /** The newest id seen anywhere; `undefined` until something was seen or a starting point was taken. */
  get watermark(): bigint | undefined {
    return this.top;
  }

  /** Where chat `key`'s missed messages start (exclusive): its own newest id, else the watermark. */
  startOf(key: string): bigint | undefined {
    return this.newest.get(key) ?? this.top;
  }
}
