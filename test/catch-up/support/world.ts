// Shared setup of the catch-up tests: the reference server (in memory or on a loopback socket),
// the client under test ("me", catch-up on) and Ada, who writes to it in a DM and in a channel,
// and a log of everything the client delivered, in order, that tests can wait on.
import { afterEach } from "vitest";
import { type CatchUpOptions, type CatchUpSummary, type ChatRef, ChatRefs, type InterceptedCall, type InterceptedOutcome, OsmiumClient, chatRefKey } from "../../../src/index.js";
import { type CreatedUser, type TestServer, createTestServer } from "../../../src/testing/index.js";

/** One thing the client under test delivered. */
export type Entry =
  | { readonly kind: "message"; readonly chat: "dm" | "channel"; readonly id: bigint; readonly text: string; readonly recovered: boolean }
  | { readonly kind: "edit"; readonly chat: "dm" | "channel"; readonly id: bigint; readonly text: string }
  | { readonly kind: "summary"; readonly summary: CatchUpSummary };

/** A message entry. */
export type MessageEntry = Extract<Entry, { kind: "message" }>;

/** Where Ada writes. */
export type Place = "dm" | "channel";

export interface CatchUpWorld {
  readonly server: TestServer;
  readonly me: CreatedUser;
  readonly client: OsmiumClient;
  readonly ada: OsmiumClient;
  /** Everything `client` delivered, in order. */
  readonly log: Entry[];
  /** Called with each call `client` sends (set it to act at a precise point of the catch-up). */
  onCall: (call: InterceptedCall) => void;
  /** Called with each call of `client` that settled. */
  onOutcome: (outcome: InterceptedOutcome) => void;
  /** Ada sends `text` to `place`; resolves with the message id once the server accepted it. */
  send(place: Place, text: string): Promise<bigint>;
  /** Ada edits her message `id` in `place`. */
  edit(place: Place, id: bigint, text: string): Promise<void>;
  /** Takes `client` offline, runs `whileAway`, lets it back; resolves when it may reconnect. */
  away(whileAway: () => Promise<void>): Promise<void>;
  /** Resolves once `predicate(log)` holds (checked on every entry); fails with the log after 10 s. */
  until(predicate: (log: readonly Entry[]) => boolean, what: string): Promise<void>;
  /** The message entries of the log, from `start`. */
  messages(start?: number): MessageEntry[];
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Registers a cleanup to run after the test. */
export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Reconnects within a few ms. */
export const quick = { initialDelayMs: 5, maxDelayMs: 20 };

/** Creates the world; `transport` picks the in-memory transport or a real WebSocket on 127.0.0.1. */
export async function catchUpWorld(transport: "memory" | "socket", catchUp: boolean | CatchUpOptions = true): Promise<CatchUpWorld> {
  const server = createTestServer();
  const url = transport === "socket" ? await server.listen({ port: 0 }) : undefined;
  const via = () => (url === undefined ? { transport: server.transport() } : { url });
  const me = await server.createUser({ name: "Me", username: "me" });
  const adaUser = await server.createUser({ name: "Ada", username: "ada" });
  const { community, channels } = server.createCommunity({ owner: adaUser.user.id, name: "Lab", members: [me.user.id] });
  const general = channels[0];
  if (general === undefined) throw new Error("the community has no channel");
  const adaRef = (place: Place): ChatRef => (place === "dm" ? ChatRefs.user(me.user.id) : ChatRefs.channel(community.id, general.id));
  const listeners = new Set<() => void>();
  const log: Entry[] = [];
  const push = (entry: Entry) => {
    log.push(entry);
    for (const listener of [...listeners]) listener();
  };
  const world: CatchUpWorld = {
    server,
    me,
    log,
    onCall: () => {},
    onOutcome: () => {},
    client: new OsmiumClient({
      token: me.token,
      ...via(),
      reconnect: quick,
      catchUp,
      interceptors: [{ onCall: (call) => world.onCall(call), onOutcome: (outcome) => world.onOutcome(outcome) }],
    }),
    ada: new OsmiumClient({ token: adaUser.token, ...via(), reconnect: quick }),
    async send(place, text) {
      const { messageId } = await world.ada.messages.sendMessage({ chatRef: adaRef(place), message: text });
      return messageId;
    },
    edit(place, id, text) {
      return world.ada.messages.editMessage({ chatRef: adaRef(place), messageId: id, message: text });
    },
    async away(whileAway) {
      const back = server.holdOffline(me.user.id);
      await whileAway();
      back();
    },
    until(predicate, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(log)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${what}; the client delivered:\n${log.map(describe).join("\n")}`));
        }, 10_000);
        listeners.add(check);
        check();
      });
    },
    messages(start = 0) {
      return log.slice(start).filter((entry): entry is MessageEntry => entry.kind === "message");
    },
  };
  const dmKey = chatRefKey(ChatRefs.user(adaUser.user.id));
  world.client.on("messageCreated", ({ message }, { recovered }) => {
    if (!message?.chatRef) return;
    push({ kind: "message", chat: chatRefKey(message.chatRef) === dmKey ? "dm" : "channel", id: message.messageId, text: message.message, recovered });
  });
  world.client.on("message", ({ message }) => {
    if (message?.chatRef) push({ kind: "edit", chat: chatRefKey(message.chatRef) === dmKey ? "dm" : "channel", id: message.messageId, text: message.message });
  });
  world.client.on("catchUp", (summary) => push({ kind: "summary", summary }));
  cleanups.push(async () => {
    await Promise.all([world.client.close(), world.ada.close()]);
    await server.close();
  });
  await Promise.all([world.client.connect(), world.ada.connect()]);
  return world;
}

function describe(entry: Entry): string {
  if (entry.kind === "summary") return `  summary ${JSON.stringify({ ...entry.summary, errors: entry.summary.errors.map((e) => e.message) })}`;
  if (entry.kind === "edit") return `  ${entry.chat} edit ${entry.text}`;
  return `  ${entry.chat} ${entry.text}${entry.recovered ? " (recovered)" : ""}`;
}

/** The texts of `entries`, with " (recovered)" after each recovered one. */
export function texts(entries: readonly MessageEntry[]): string[] {
  return entries.map((e) => `${e.chat} ${e.text}${e.recovered ? " (recovered)" : ""}`);
}

/** The summaries in the log. */
export function summaries(log: readonly Entry[]): CatchUpSummary[] {
  return log.flatMap((entry) => (entry.kind === "summary" ? [entry.summary] : []));
}
