// The open channel: its history, live messages and edits, and sending (markdown in, entities out).
import { ChatRefs, type OsmiumClient, type UpdatePayload, chatRefKey, parseMarkdown, toHtml } from "osmium-chat";
import { byId, describeError, el, notify } from "./dom.js";
import { type MediaInit, imageUrl } from "./media.js";
import type { People } from "./people.js";
import type { ChannelEntry, Sidebar } from "./sidebar.js";
import { TypingSender, TypingView } from "./typing.js";

type Message = NonNullable<UpdatePayload<"messageCreated">["message"]>;

/** How many messages opening a channel shows. */
const HISTORY_LIMIT = 50;

/** The conversation pane: one channel at a time. */
export class Conversation {
  private channel: ChannelEntry | undefined;
  private readonly rendered = new Map<bigint, HTMLLIElement>();
  readonly typingSender: TypingSender;
  private readonly typingView: TypingView;

  constructor(
    private readonly client: OsmiumClient,
    private readonly people: People,
    private readonly sidebar: Sidebar,
    private readonly me: () => bigint | undefined,
  ) {
    this.typingSender = new TypingSender(client);
    this.typingView = new TypingView(people, me);
    client.on("messageCreated", (update) => this.created(update));
    client.on("message", ({ message }) => message && this.edited(message));
    client.on("chatTyping", (update) => {
      if (update.chatRef && this.channel && chatRefKey(update.chatRef) === this.channel.key) {
        this.typingView.update(update, this.channel.communityId);
      }
    });
  }

  /** The open channel's address, if one is open. */
  get chatRef() {
    return this.channel && ChatRefs.channel(this.channel.communityId, this.channel.channelId);
  }

  /** Opens a channel: shows its latest messages. */
  async open(channel: ChannelEntry): Promise<void> {
    this.typingSender.stop();
    this.typingView.clear();
    this.channel = channel;
    this.sidebar.select(channel.key);
    byId("channel-title").textContent = channel.title;
    await this.reload();
  }

  /** Re-reads the open channel's history (after a reconnect, updates sent meanwhile are lost). */
  async reload(): Promise<void> {
    const chatRef = this.chatRef;
    if (!chatRef) return;
    const page = await this.client.messages.getHistory({ chatRef, limit: HISTORY_LIMIT });
    this.people.remember(page.users);
    this.rendered.clear();
    // Pages come newest first; the list reads oldest first.
    byId("messages").replaceChildren(...page.messages.reverse().map((m) => this.render(m)));
    this.scrollToEnd();
  }

  /** Sends the draft (markdown) and any attachments to the open channel. */
  async send(markdown: string, media: MediaInit[] = []): Promise<void> {
    const chatRef = this.chatRef;
    if (!chatRef) throw new Error("open a channel first");
    this.typingSender.stop();
    // The message shows up when the server's `messageCreated` comes back, like everyone else's.
    await this.client.messages.sendMessage({ chatRef, ...parseMarkdown(markdown), media });
  }

  private created({ message, author }: UpdatePayload<"messageCreated">): void {
    if (!message?.chatRef) return;
    this.people.remember([author]);
    const key = chatRefKey(message.chatRef);
    if (key !== this.channel?.key) {
      if (message.authorId !== this.me()) this.sidebar.bump(key);
      return;
    }
    if (this.rendered.has(message.messageId)) return;
    this.typingView.remove(message.authorId);
    byId("messages").append(this.render(message));
    this.scrollToEnd();
  }

  private edited(message: Message): void {
    const shown = this.rendered.get(message.messageId);
    if (shown) shown.replaceWith(this.render(message));
  }

  private render(message: Message): HTMLLIElement {
    const author = this.people.get(message.authorId);
    const name = el("span", "author", author?.name ?? "…");
    if (!author) {
      this.people.nameOf(message.authorId, this.channel?.communityId).then((n) => (name.textContent = n), () => {});
    }
    const body = el("span", "body");
    // toHtml escapes the text and allows only safe link schemes, so its output may be set as HTML.
    body.innerHTML = toHtml(message);
    const item = el("li", author?.bot ? "message bot" : "message", name, body);
    item.dataset.id = String(message.messageId);
    if (message.editedAt !== undefined) item.append(el("span", "edited", "(edited)"));
    for (const media of message.media) {
      const url = imageUrl(this.client, media);
      if (!url) continue;
      const img = el("img");
      img.alt = media.media.case === "file" ? (media.media.value.file?.filename ?? "image") : "image";
      item.append(img);
      url.then(
        (src) => (img.src = src),
        (error: unknown) => notify(`could not load an image: ${describeError(error)}`),
      );
    }
    this.rendered.set(message.messageId, item);
    return item;
  }

  private scrollToEnd(): void {
    const list = byId("messages");
    list.scrollTop = list.scrollHeight;
  }
}
