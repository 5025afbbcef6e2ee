// Display names of the users this page has seen. Messages carry author ids; names come along with
// history pages (`Messages.users`), sometimes with live messages (`author`), else from the member list.
import type { OsmiumClient } from "osmium-chat";

type User = { id: bigint; name: string; bot: boolean };

/** A cache of users by id, filled from whatever the server sent along. */
export class People {
  private readonly users = new Map<bigint, User>();

  constructor(private readonly client: OsmiumClient) {}

  /** Remembers users the server sent along with something else. */
  remember(users: Iterable<User | undefined>): void {
    for (const user of users) if (user) this.users.set(user.id, user);
  }

  /** The user, if known. */
  get(id: bigint): User | undefined {
    return this.users.get(id);
  }

  /** The user's name, asking the community's member list when it is not known yet. */
  async nameOf(id: bigint, communityId: bigint | undefined): Promise<string> {
    const known = this.users.get(id);
    if (known) return known.name;
    if (communityId !== undefined) {
      const { users } = await this.client.communities.getMembers({ communityId, memberIds: [id] });
      this.remember(users);
    }
    return this.users.get(id)?.name ?? `user ${id}`;
  }
}
