// OsmiumClient: the batteries-included client. CoreClient (every RPC, every event) with the helpers
// and the opt-in state cache composed on top: each helper is a function over the narrow RpcClient
// interface (src/rpc-client.ts), bound here as a method, and the cache is an interceptor plus a
// look at each update before the listeners (docs/architecture.md "Client layers").
import type { RequestInit } from "./protocol/request-init.js";
import type { ChatRefSchema } from "../gen/osmium/client/refs_pb.js";
import type { Message } from "../gen/osmium/client/types_pb.js";
import type { Update } from "../gen/osmium/client/updates_pb.js";
import { type StateCache, type StateCacheOptions, createStateCache } from "./cache/state-cache.js";
import { CatchUp } from "./catch-up/catch-up.js";
import { type CatchUpOptions, resolveCatchUpOptions } from "./catch-up/options.js";
import { CoreClient } from "./client.js";
import type { ClientOptions } from "./client-options.js";
import { InvalidArgumentError } from "./errors.js";
import * as actions from "./helpers/actions.js";
import type { MessageContent } from "./helpers/content.js";
import { type PendingSend, type SendOptions, sendWithClientId } from "./helpers/local-echo.js";
import { type NamespaceHelpers, addNamespaceHelpers } from "./helpers/namespace-helpers.js";
import { type TypingOptions, withTyping } from "./helpers/typing.js";
import type { UpdateMeta } from "./events.js";
import type { Interceptor } from "./interceptors.js";
import type { Namespaces } from "./namespaces.js";
import type { NamespaceName } from "./protocol/services.js";
import type { CallOptions } from "./rpc-client.js";

/** Options of `new OsmiumClient(options)`: those of every client, and the state cache. */
export interface OsmiumClientOptions extends ClientOptions {
  /** The opt-in state cache (`client.cache`): `true` for the defaults, or its options. @default false */
  readonly cache?: boolean | StateCacheOptions;
  /**
   * After a reconnect, recover the messages missed while disconnected and deliver them as
   * `messageCreated` with `meta.recovered`, each chat's before its live ones, then emit `catchUp`:
   * `true` for the default bounds, or the bounds. See docs/reliability.md#catch-up-after-a-reconnect. @default false
   */
  readonly catchUp?: boolean | CatchUpOptions;
}

/** OsmiumClient's namespaces: the generated RPC methods, plus the helpers of five of them. */
export type ClientNamespaces = { readonly [N in NamespaceName]: Namespaces[N] & (N extends keyof NamespaceHelpers ? NamespaceHelpers[N] : unknown) };

// The cache and the catch-up see every call after the user's interceptors. Options that are not a
// list are passed on as they are, for the base client to refuse by name.
function withInterceptors(options: OsmiumClientOptions, added: readonly Interceptor[]): ClientOptions {
  const own = options.interceptors;
  return added.length > 0 && (own === undefined || Array.isArray(own)) ? { ...options, interceptors: [...(own ?? []), ...added] } : options;
}

/**
 * OsmiumClient is a connection to an Osmium server: typed calls for every RPC, grouped by namespace
 * (`client.messages.sendMessage(...)`), typed update events (`client.on("messageCreated", ...)`),
 * and the helpers: message actions (`client.reply(message, "hi")`), local echo (`client.send`),
 * typing, media transfers and pagination on the namespaces, and the opt-in state cache.
 *
 * Constructing it does not connect; `connect()` does, and `close()` ends everything.
 */
export class OsmiumClient extends CoreClient {
  /** `messages.*` RPCs, and `iterHistory`/`iterSearch`. */ declare readonly messages: ClientNamespaces["messages"];
  /** `chats.*` RPCs, and `iterChats`. */ declare readonly chats: ClientNamespaces["chats"];
  /** `communities.*` RPCs, and `iterMembers`. */ declare readonly communities: ClientNamespaces["communities"];
  /** `media.*` RPCs, and `upload`/`uploadFile`/`download`/`downloadStream`. */ declare readonly media: ClientNamespaces["media"];
  /** `discovery.*` RPCs, and `iterCommunities`. */ declare readonly discovery: ClientNamespaces["discovery"];

  private readonly stateCache: StateCache | undefined;
  private readonly catchUp: CatchUp | undefined;

  /** Creates a client; throws InvalidArgumentError for a bad option. Does not connect. */
  constructor(options: OsmiumClientOptions = {}) {
    const valid = options !== null && typeof options === "object";
    const cache = valid ? createStateCache(options.cache) : undefined;
    const catchUpOptions = valid ? resolveCatchUpOptions(options.catchUp) : undefined;
    // The catch-up learns where each chat stood from results too; it needs the client to exist,
    // so the interceptor given to the base client forwards to it.
    let catchUp: CatchUp | undefined;
    const forward: Interceptor = { onOutcome: (outcome) => catchUp?.interceptor.onOutcome?.(outcome) };
    super(withInterceptors(options, [...(cache ? [cache.interceptor] : []), ...(catchUpOptions ? [forward] : [])]));
    this.stateCache = cache;
    catchUp = catchUpOptions && new CatchUp(catchUpOptions, this, this, {
      deliver: (update, meta) => super.dispatch(update, meta),
      summary: (summary) => this.reportCatchUp(summary),
    });
    this.catchUp = catchUp;
    addNamespaceHelpers(this, this);
  }

  // The cache learns an update before any listener sees it, so listeners can look things up; the
  // catch-up (opt-in) may hold a chat's live messages until its missed ones are delivered.
  protected override dispatch(update: Update, meta?: UpdateMeta): void {
    this.stateCache?.applyUpdate(update);
    if (this.catchUp) this.catchUp.receive(update);
    else super.dispatch(update, meta);
  }

  /**
   * The state cache: users, communities, channels, roles, members, groups and conversations seen
   * in results and updates. Enabled by `new OsmiumClient({ cache: true })` or `{ cache: { maxEntries } }`;
   * throws InvalidArgumentError when the client was made without it.
   */
  get cache(): StateCache {
    if (this.stateCache === undefined) throw new InvalidArgumentError("cache", "is not enabled: create the client with { cache: true }");
    return this.stateCache;
  }

  /**
   * Sends a message with a fresh `client_id` for local echo: the result's `clientId` is readable
   * at once (show the message as pending), and the server echoes it on `messageCreated`.
   * `await` it for `{ clientId, messageId }`. See also `PendingMessages`.
   */
  send(chatRef: RequestInit<typeof ChatRefSchema>, text: MessageContent, options?: SendOptions): PendingSend {
    return sendWithClientId(this, chatRef, text, options);
  }

  /** Replies to a received message in its chat; `{ quote: true }` (or an excerpt) makes it a quote-reply. */
  reply(message: Message, text: MessageContent, options?: actions.ReplyOptions): PendingSend {
    return actions.reply(this, message, text, options);
  }

  /** Replaces the text of a message (a plain string clears its formatting). */
  edit(message: Message, text: MessageContent, options?: actions.EditOptions): Promise<void> {
    return actions.edit(this, message, text, options);
  }

  /** Deletes a message. */
  delete(message: Message, options?: CallOptions): Promise<void> {
    return actions.deleteMessage(this, message, options);
  }

  /** Reacts to a message with a Unicode emoji (`"👍"`) or a custom emoji id. */
  react(message: Message, emoji: actions.ReactionInput, options?: CallOptions): Promise<void> {
    return actions.react(this, message, emoji, options);
  }

  /** Removes the current user's reaction from a message. */
  unreact(message: Message, emoji: actions.ReactionInput, options?: CallOptions): Promise<void> {
    return actions.unreact(this, message, emoji, options);
  }

  /** Pins a message (or unpins it with `pinned = false`). */
  pin(message: Message, pinned = true, options?: CallOptions): Promise<void> {
    return actions.pin(this, message, pinned, options);
  }

  /** Forwards a message to another chat. */
  forward(message: Message, to: RequestInit<typeof ChatRefSchema>, options?: CallOptions): Promise<void> {
    return actions.forward(this, message, to, options);
  }

  /** Marks a message's chat read up to and including it. */
  markRead(message: Message, options?: CallOptions): Promise<void> {
    return actions.markRead(this, message, options);
  }

  /**
   * Shows the user typing in `chatRef` while `work` runs: `typing = true` at once and every
   * `intervalMs` (5 s), `typing = false` after, even when `work` throws. Failures of the indicator
   * are `error` events; the result is `work`'s.
   */
  typing<T>(chatRef: RequestInit<typeof ChatRefSchema>, work: () => T | PromiseLike<T>, options?: TypingOptions): Promise<T> {
    const onError = options?.onError ?? ((error) => this.reportError(error));
    return withTyping(this, chatRef, work, { ...options, onError });
  }
}
