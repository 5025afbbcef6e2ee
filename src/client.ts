// CoreClient: the base client plus the 14 typed namespaces (`client.messages.sendMessage(...)`),
// `call()` by `ClientMessage` case, and updates as an async iterator. Every method of the protocol, and nothing above it: the helpers
// and the cache are composed on top by `OsmiumClient` (docs/architecture.md "Client layers").
import type { DescMethod } from "@bufbuild/protobuf";
import { BaseClient } from "./base-client.js";
import type { ClientOptions } from "./client-options.js";
import { expectResultOf } from "./connection/codec.js";
import { InvalidArgumentError } from "./errors.js";
import type { RequestSchemaOf, RpcOf, RpcResult } from "./protocol/method-types.js";
import { type Namespaces, buildNamespaces } from "./namespaces.js";
import { type RequestCase, rpcTable } from "./protocol/rpc-table.js";
import type { CallOptions, RpcEntry, RpcRequest } from "./rpc-client.js";
import type { UpdateCase, UpdateOf } from "./events.js";
import { expectEveryUpdate } from "./update-case.js";
import { type UpdatesOptions, createUpdatesIterator } from "./updates-iterator.js";

/**
 * CoreClient is a connection to an Osmium server: typed calls for every RPC, grouped by namespace
 * (`client.messages.sendMessage(...)`), and typed update events (`client.on("messageCreated", ...)`).
 * `OsmiumClient` is this plus the helpers and the opt-in state cache.
 *
 * Constructing it does not connect; `connect()` does, and `close()` ends everything.
 */
export class CoreClient extends BaseClient {
  /** `core.*` RPCs. */ declare readonly core: Namespaces["core"];
  /** `auth.*` RPCs; a token from `signIn`/`signUp` is adopted for reconnects. */ declare readonly auth: Namespaces["auth"];
  /** `messages.*` RPCs. */ declare readonly messages: Namespaces["messages"];
  /** `chats.*` RPCs. */ declare readonly chats: Namespaces["chats"];
  /** `communities.*` RPCs. */ declare readonly communities: Namespaces["communities"];
  /** `friends.*` RPCs. */ declare readonly friends: Namespaces["friends"];
  /** `media.*` RPCs. */ declare readonly media: Namespaces["media"];
  /** `settings.*` RPCs. */ declare readonly settings: Namespaces["settings"];
  /** `users.*` RPCs. */ declare readonly users: Namespaces["users"];
  /** `voice.*` RPCs. */ declare readonly voice: Namespaces["voice"];
  /** `reactions.*` RPCs. */ declare readonly reactions: Namespaces["reactions"];
  /** `stickers.*` RPCs. */ declare readonly stickers: Namespaces["stickers"];
  /** `billing.*` RPCs. */ declare readonly billing: Namespaces["billing"];
  /** `discovery.*` RPCs. */ declare readonly discovery: Namespaces["discovery"];

  private readonly iterators = new Set<() => void>();

  /** Creates a client; throws InvalidArgumentError for a bad option. Does not connect. */
  constructor(options: ClientOptions = {}) {
    super(options);
    // However the client closes (close(), a refused token, reconnecting given up), `for await` loops
    // over updates() must end rather than wait for updates that will not come.
    this.on("state", ({ to }) => {
      if (to === "closed") this.endIterators();
    });
    Object.assign(this, buildNamespaces((rpc, request, options) => super.call(rpc, request as never, options)));
    // Any method may be called, so a result of any of them is decoded, even one that answers no call
    // (`unsolicitedResult`), as before the first call.
    for (const rpc of rpcTable.values()) expectResultOf(rpc);
    expectEveryUpdate();
  }

  /**
   * Closes: rejects every pending call with ConnectionClosedError, stops reconnecting, clears every
   * timer and global listener, ends `updates()` iterators, and resolves once the transport closed.
   * Idempotent. `connect()` may be called again afterwards.
   */
  override close(): Promise<void> {
    this.endIterators();
    return super.close();
  }

  private endIterators(): void {
    for (const end of [...this.iterators]) end();
  }

  /**
   * Updates as an async iterator, with a bounded buffer; `filter` by cases narrows the type. The
   * iterator ends when the client closes, whether by `close()`, a refused token, or reconnecting
   * giving up.
   */
  updates<C extends UpdateCase = UpdateCase>(options: UpdatesOptions<C> = {}): AsyncIterableIterator<UpdateOf<C>> {
    return createUpdatesIterator(
      (listener) => {
        this.on("update", listener);
        return () => this.off("update", listener);
      },
      options,
      (end) => {
        this.iterators.add(end);
        return () => this.iterators.delete(end);
      },
    );
  }

  /** Calls any RPC by its `ClientMessage` case: `client.call("messagesSendMessage", {...})`. */
  override call<C extends RequestCase>(requestCase: C, request?: RpcRequest<RequestSchemaOf<C>>, options?: CallOptions): Promise<RpcResult<RpcOf<C>>>;
  /** Calls an RPC by its entry, as the functions of `osmium-chat/rpc` do. */
  override call<M extends DescMethod>(rpc: RpcEntry<M>, request?: RpcRequest<M["input"]>, options?: CallOptions): Promise<RpcResult<M>>;
  override call(rpc: RequestCase | RpcEntry, request?: RpcRequest<DescMethod["input"]>, options?: CallOptions): Promise<unknown> {
    if (typeof rpc !== "string") return super.call(rpc, request, options);
    const entry = rpcTable.get(rpc);
    if (entry === undefined) return Promise.reject(new InvalidArgumentError("requestCase", `must be a ClientMessage case, got ${String(rpc)}`));
    return super.call(entry, request, options);
  }
}
