// OsmiumClient: what users code against. It knows namespaces and events, never sockets; the
// connection below it knows frames, never namespaces (DESIGN.md "How data flows").
import { type MessageInitShape, create } from "@bufbuild/protobuf";
import { EventEmitter } from "eventemitter3";
import { type OsmiumClientOptions, resolveOptions } from "./client-options.js";
import { Connection } from "./connection/connection.js";
import type { ReadyInfo } from "./connection/handshake.js";
import { methodName } from "./connection/pending-call.js";
import type { ConnectionState } from "./connection/state.js";
import { AbortError, InvalidArgumentError } from "./errors.js";
import { type ClientEventName, type ClientEvents, type UpdateCase, type UpdateOf, dispatchUpdate, emitSafely } from "./events.js";
import { warnIfInsecureUrl } from "./insecure-url.js";
import { createCallObserver } from "./interceptors.js";
import { type CallOptions, type Invoke, type Namespaces, type RequestSchemaOf, type RpcOf, type RpcResult, buildNamespaces } from "./namespaces.js";
import { type RequestCase, rpcTable } from "./protocol/rpc-table.js";
import { type UpdatesOptions, createUpdatesIterator } from "./updates-iterator.js";
// Helpers (issue 5): thin wrappers below, the work is in src/helpers/ and src/cache/.
import type { ChatRefSchema } from "../gen/osmium/client/refs_pb.js";
import type { Message } from "../gen/osmium/client/types_pb.js";
import { type StateCache, createStateCache } from "./cache/state-cache.js";
import { CatchUp } from "./catch-up/catch-up.js";
import * as actions from "./helpers/actions.js";
import type { MessageContent } from "./helpers/content.js";
import { type PendingSend, type SendOptions, sendWithClientId } from "./helpers/local-echo.js";
import { type ClientNamespaces, addNamespaceHelpers } from "./helpers/namespace-helpers.js";
import { type TypingOptions, withTyping } from "./helpers/typing.js";

function invalid(argument: string, problem: string): Promise<never> {
  return Promise.reject(new InvalidArgumentError(argument, problem));
}

/**
 * OsmiumClient is a connection to an Osmium server: typed calls for every RPC, grouped by namespace
 * (`client.messages.sendMessage(...)`), and typed update events (`client.on("messageCreated", ...)`).
 *
 * Constructing it does not connect; `connect()` does, and `close()` ends everything.
 */
export class OsmiumClient {
  /** `core.*` RPCs. */ declare readonly core: Namespaces["core"];
  /** `auth.*` RPCs; a token from `signIn`/`signUp` is adopted for reconnects. */ declare readonly auth: Namespaces["auth"];
  /** `messages.*` RPCs, and `iterHistory`/`iterSearch`. */ declare readonly messages: ClientNamespaces["messages"];
  /** `chats.*` RPCs, and `iterChats`. */ declare readonly chats: ClientNamespaces["chats"];
  /** `communities.*` RPCs, and `iterMembers`. */ declare readonly communities: ClientNamespaces["communities"];
  /** `friends.*` RPCs. */ declare readonly friends: Namespaces["friends"];
  /** `media.*` RPCs, and `upload`/`uploadFile`/`download`/`downloadStream`. */ declare readonly media: ClientNamespaces["media"];
  /** `settings.*` RPCs. */ declare readonly settings: Namespaces["settings"];
  /** `users.*` RPCs. */ declare readonly users: Namespaces["users"];
  /** `voice.*` RPCs. */ declare readonly voice: Namespaces["voice"];
  /** `reactions.*` RPCs. */ declare readonly reactions: Namespaces["reactions"];
  /** `stickers.*` RPCs. */ declare readonly stickers: Namespaces["stickers"];
  /** `billing.*` RPCs. */ declare readonly billing: Namespaces["billing"];
  /** `discovery.*` RPCs, and `iterCommunities`. */ declare readonly discovery: ClientNamespaces["discovery"];

  private readonly emitter = new EventEmitter<ClientEvents>();
  private readonly connection: Connection;
  private readonly requestTimeoutMs: number;
  private readonly iterators = new Set<() => void>();
  private readonly stateCache: StateCache | undefined;

  /** Creates a client; throws InvalidArgumentError for a bad option. Does not connect. */
  constructor(options: OsmiumClientOptions = {}) {
    const resolved = resolveOptions(options);
    if (options.transport === undefined && options.url !== undefined) warnIfInsecureUrl(options.url, resolved.connection.log);
    const cache = createStateCache(options.cache);
    this.stateCache = cache;
    // Catch-up (opt-in) sits between the connection and the listeners: it may hold or add updates.
    const catchUp = resolved.catchUp && new CatchUp(resolved.catchUp, this, this, {
      deliver: (update, meta) => dispatchUpdate(this.emitter, update, meta),
      summary: (summary) => emitSafely(this.emitter, "catchUp", summary),
    });
    const interceptors = [...resolved.interceptors, ...(cache ? [cache.interceptor] : []), ...(catchUp ? [catchUp.interceptor] : [])];
    const observer = createCallObserver(interceptors, resolved.connection.log, (error) => emitSafely(this.emitter, "error", error));
    this.requestTimeoutMs = resolved.connection.requestTimeoutMs;
    // The cache learns an update before any listener sees it, so listeners can look things up.
    const deliver: (update: Parameters<typeof dispatchUpdate>[1]) => void = catchUp ? (update) => catchUp.receive(update) : (update) => dispatchUpdate(this.emitter, update);
    const onUpdate: typeof deliver = cache
      ? (update) => {
          cache.applyUpdate(update);
          deliver(update);
        }
      : deliver;
    this.connection = new Connection(resolved.connection, this.emitter, onUpdate, observer, resolved.token);
    // However the client closes (close(), a refused token, reconnecting given up), `for await` loops
    // over updates() must end rather than wait for updates that will not come.
    this.emitter.on("state", ({ to }) => {
      if (to === "closed") this.endIterators();
    });
    Object.assign(this, addNamespaceHelpers(buildNamespaces(this.invoke), this));
  }

  /** The connection state; transitions are emitted as `state`. */
  get state(): ConnectionState {
    return this.connection.state;
  }

  /** What the current connection became ready with; `undefined` unless `state` is `"ready"`. */
  get readyInfo(): ReadyInfo | undefined {
    return this.connection.readyInfo;
  }

  /**
   * Connects: opens the transport, initializes, authorizes when a token is known. Resolves when ready.
   * Rejects with the RpcError when the server refuses the token (no reconnect loop follows), or with
   * ConnectionClosedError when `close()` is called first or reconnecting gives up.
   */
  connect(): Promise<ReadyInfo> {
    return this.connection.connect();
  }

  /**
   * Closes: rejects every pending call with ConnectionClosedError, stops reconnecting, clears every
   * timer and global listener, ends `updates()` iterators, and resolves once the transport closed.
   * Idempotent. `connect()` may be called again afterwards.
   */
  close(): Promise<void> {
    this.endIterators();
    return this.connection.close();
  }

  private endIterators(): void {
    for (const end of [...this.iterators]) end();
  }

  /** Sets the token for the next handshake (it does not re-authorize the current connection). */
  setToken(token: string | undefined): void {
    if (token !== undefined && typeof token !== "string") throw new InvalidArgumentError("token", "must be a string");
    this.connection.setToken(token);
  }

  /** Calls any RPC by its `ClientMessage` case: `client.call("messagesSendMessage", {...})`. */
  call<C extends RequestCase>(requestCase: C, request?: MessageInitShape<RequestSchemaOf<C>>, options?: CallOptions): Promise<RpcResult<RpcOf<C>>> {
    const rpc = rpcTable.get(requestCase);
    if (rpc === undefined) return invalid("requestCase", `must be a ClientMessage case, got ${String(requestCase)}`);
    return this.invoke(rpc, request, options) as Promise<RpcResult<RpcOf<C>>>;
  }

  /** Adds a listener. */
  on<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this {
    this.emitter.on(event, listener as never);
    return this;
  }

  /** Adds a listener that runs once. */
  once<E extends ClientEventName>(event: E, listener: ClientEvents[E]): this {
    this.emitter.once(event, listener as never);
    return this;
  }

  /** Removes a listener (all of the event's listeners when `listener` is omitted). */
  off<E extends ClientEventName>(event: E, listener?: ClientEvents[E]): this {
    this.emitter.off(event, listener as never);
    return this;
  }

  /**
   * Updates as an async iterator, with a bounded buffer; `filter` by cases narrows the type. The
   * iterator ends when the client closes, whether by `close()`, a refused token, or reconnecting
   * giving up.
   */
  updates<C extends UpdateCase = UpdateCase>(options: UpdatesOptions<C> = {}): AsyncIterableIterator<UpdateOf<C>> {
    return createUpdatesIterator(
      (listener) => {
        this.emitter.on("update", listener);
        return () => this.emitter.off("update", listener);
      },
      options,
      (end) => {
        this.iterators.add(end);
        return () => this.iterators.delete(end);
      },
    );
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
  send(chatRef: MessageInitShape<typeof ChatRefSchema>, text: MessageContent, options?: SendOptions): PendingSend {
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
  forward(message: Message, to: MessageInitShape<typeof ChatRefSchema>, options?: CallOptions): Promise<void> {
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
  typing<T>(chatRef: MessageInitShape<typeof ChatRefSchema>, work: () => T | PromiseLike<T>, options?: TypingOptions): Promise<T> {
    const onError = options?.onError ?? ((error) => emitSafely(this.emitter, "error", error));
    return withTyping(this, chatRef, work, { ...options, onError });
  }

  // The one path of every call: validate, build the request message, hand it to the connection.
  private readonly invoke: Invoke = (rpc, request, options) => {
    if (request !== undefined && (typeof request !== "object" || request === null)) {
      return invalid("request", `must be an object (${methodName(rpc)})`);
    }
    let timeoutMs = this.requestTimeoutMs;
    let signal: AbortSignal | undefined;
    if (options !== undefined) {
      if (typeof options !== "object" || options === null) return invalid("options", "must be an object");
      if (options.timeoutMs !== undefined) {
        timeoutMs = options.timeoutMs;
        if (typeof timeoutMs !== "number" || !(timeoutMs > 0)) return invalid("timeoutMs", "must be a positive number or Infinity");
      }
      signal = options.signal;
      if (signal !== undefined && typeof signal?.addEventListener !== "function") return invalid("signal", "must be an AbortSignal");
      if (signal?.aborted) return Promise.reject(new AbortError(methodName(rpc), signal.reason));
    }
    let message;
    try {
      message = create(rpc.method.input, request as MessageInitShape<typeof rpc.method.input>);
    } catch (cause) {
      return Promise.reject(new InvalidArgumentError("request", `does not fit ${rpc.method.input.typeName}`, { cause }));
    }
    return this.connection.invoke(rpc, message, timeoutMs, signal);
  };
}
