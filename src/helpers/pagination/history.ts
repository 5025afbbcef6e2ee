// History and search, page by page (docs/protocol.md "Pagination"; the reference server's history.ts): `before`
// pages backwards (exclusive, newest first), `since` forwards (exclusive, oldest first), so the
// cursor is always the id of the last message yielded.
import type { RequestInit } from "../../protocol/request-init.js";
import type { ChatRefSchema } from "../../../gen/osmium/client/refs_pb.js";
import type { Message } from "../../../gen/osmium/client/types_pb.js";
import { getHistory, search } from "../../../gen/osmium/rpc.js";
import type { RpcClient } from "../../rpc-client.js";
import { InvalidArgumentError } from "../../errors.js";
import { type IdInput, parseId } from "../ids.js";
import { type IterateOptions, type Order, callOptions, checkIterateOptions, checkPageSize, paginate } from "./paginate.js";

/** Which way an iteration over messages goes. */
export type HistoryDirection = "backward" | "forward";

/** Options of `client.messages.iterSearch()`. */
export interface SearchIterateOptions extends IterateOptions {
  /**
   * `"backward"`: newest first, from `from` (exclusive) or from the newest message;
   * `"forward"`: oldest first, from `from` (exclusive) or from the first message.
   * @default "backward"
   */
  readonly direction?: HistoryDirection;
  /** The message id to start after (exclusive). @default the newest message (backward) or the start (forward) */
  readonly from?: IdInput;
}

/** Options of `client.messages.iterHistory()`. */
export interface HistoryIterateOptions extends SearchIterateOptions {
  /** Messages per request; servers may return fewer. @default 50 (the protocol's default page) */
  readonly pageSize?: number;
}

/** Options of `client.messages.iterSearch()` besides the query. */
export interface SearchOptions extends SearchIterateOptions {
  /** Search only this channel rather than its whole community. @default false */
  readonly scoped?: boolean;
}

type ChatRefInput = RequestInit<typeof ChatRefSchema>;
type Offset = { case: "since" | "before"; value: bigint } | { case?: undefined };

function plan(options: SearchIterateOptions): { order: Order; first: bigint | undefined; offset: (cursor: bigint | undefined) => Offset } {
  checkIterateOptions(options);
  const direction = options.direction ?? "backward";
  if (direction !== "backward" && direction !== "forward") throw new InvalidArgumentError("direction", 'must be "backward" or "forward"');
  const from = options.from === undefined ? undefined : parseId(options.from, "from");
  if (direction === "forward") {
    // `since` 0 is "after nothing": the whole chat, oldest first.
    return { order: "ascending", first: from ?? 0n, offset: (cursor) => ({ case: "since", value: cursor ?? 0n }) };
  }
  return { order: "descending", first: from, offset: (cursor) => (cursor === undefined ? {} : { case: "before", value: cursor }) };
}

/**
 * Iterates over a chat's messages, one `getHistory` page at a time, newest first by default.
 * Ends after the oldest (or newest, forward) message; `signal` stops it with AbortError.
 * Authors and members come with each page; a client with `cache` enabled keeps them.
 */
export function iterHistory(client: RpcClient, chatRef: ChatRefInput, options: HistoryIterateOptions = {}): AsyncIterableIterator<Message> {
  const { order, first, offset } = plan(options);
  const limit = checkPageSize(options.pageSize ?? 50);
  return paginate("messages.iterHistory", first, order, options.signal, async (cursor) => {
    const { messages } = await getHistory(client, { chatRef, limit, offset: offset(cursor) }, callOptions(options));
    return { items: messages, next: messages.at(-1)?.messageId };
  });
}

/**
 * Iterates over the messages matching `query`, newest first by default, one `search` page at a
 * time (the server chooses the page size). Without `scoped`, a channel search covers its whole
 * community.
 */
export function iterSearch(client: RpcClient, chatRef: ChatRefInput, query: string, options: SearchOptions = {}): AsyncIterableIterator<Message> {
  if (typeof query !== "string" || query.trim() === "") throw new InvalidArgumentError("query", "must be a non-empty string");
  const { order, first, offset } = plan(options);
  const scoped = options.scoped ?? false;
  return paginate("messages.iterSearch", first, order, options.signal, async (cursor) => {
    const { messages } = await search(client, { chatRef, query, scoped, offset: offset(cursor) }, callOptions(options));
    return { items: messages, next: messages.at(-1)?.messageId };
  });
}
