// The sidebar: the signed-in user's communities and their text channels, with unread counters.
import { ChatRefs, type OsmiumClient, chatRefKey } from "osmium-chat";
import { byId, el } from "./dom.js";

/** A channel the user can open. */
export interface ChannelEntry {
  readonly communityId: bigint;
  readonly channelId: bigint;
  readonly title: string;
  readonly key: string;
}

// `ChannelType.TEXT` on the wire; voice channels and categories are not chats.
const TEXT_CHANNEL = 0;

/** Lists communities and channels; calls `onOpen` when the user picks a channel. */
export class Sidebar {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly unread = new Map<string, number>();

  constructor(
    private readonly client: OsmiumClient,
    private readonly onOpen: (channel: ChannelEntry) => void,
  ) {}

  /** Fetches and shows every community with its text channels; returns the channels in order. */
  async load(): Promise<ChannelEntry[]> {
    const list = byId("communities");
    const { communities } = await this.client.communities.getCommunities({});
    const entries: ChannelEntry[] = [];
    const sections = await Promise.all(
      communities.map(async (community) => {
        const { channels } = await this.client.communities.getChannels({ communityId: community.id });
        const items = channels
          .filter((channel) => channel.type === TEXT_CHANNEL)
          .sort((a, b) => a.position - b.position)
          .map((channel) => {
            const key = chatRefKey(ChatRefs.channel(community.id, channel.id));
            const entry = { communityId: community.id, channelId: channel.id, title: `${community.name} #${channel.name}`, key };
            entries.push(entry);
            const button = el("button", "channel", `# ${channel.name}`);
            button.type = "button";
            button.dataset.key = key;
            button.addEventListener("click", () => this.onOpen(entry));
            this.buttons.set(key, button);
            return el("li", "", button);
          });
        return el("li", "community", el("h3", "", community.name), el("ul", "channels", ...items));
      }),
    );
    list.replaceChildren(...sections);
    return entries;
  }

  /** Marks `key` as the open channel and clears its unread counter. */
  select(key: string): void {
    for (const [k, button] of this.buttons) button.setAttribute("aria-current", String(k === key));
    this.unread.delete(key);
    this.render(key);
  }

  /** Counts one more unread message in a channel that is not open. */
  bump(key: string): void {
    if (!this.buttons.has(key)) return;
    this.unread.set(key, (this.unread.get(key) ?? 0) + 1);
    this.render(key);
  }

  private render(key: string): void {
    const button = this.buttons.get(key);
    if (!button) return;
    button.querySelector(".unread")?.remove();
    const count = this.unread.get(key);
    if (count) button.append(el("span", "unread", String(count)));
  }
}
