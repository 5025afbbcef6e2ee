// Catch-up after a reconnect: the protocol replays nothing a client missed (docs/protocol.md#updates),
// so the client recovers missed messages itself. While connected it notes the newest message id per
// chat; when the connection is lost it holds live message updates; once ready again it lists which
// chats have newer messages (scan.ts), fetches them `since` where it stood (fetcher.ts) and delivers
// them as `messageCreated` marked recovered, letting each chat's held live updates go after its
// recovered ones (hold-back.ts). Every step is bounded, and none holds up a call.
import type { Messages } from "../../gen/osmium/client/messages_pb.js";
import type { Update, UpdateMessageCreated } from "../../gen/osmium/client/updates_pb.js";

const CREATED = "osmium.client.updates.UpdateMessageCreated";

/** A history or search page: the results the catch-up learns positions from. */
const isMessages = (result: unknown): result is Messages => (result as Partial<Messages> | undefined)?.$typeName === "osmium.client.messages.Messages";
import type { ReadyInfo } from "../connection/handshake.js";
import { OsmiumError } from "../errors.js";
import type { StateChange, UpdateMeta } from "../events.js";
import { chatRefKey } from "../helpers/refs.js";
import type { InterceptedOutcome, Interceptor } from "../interceptors.js";
import { type HeldUpdate, HoldBack, type UpdateChat, chatOfUpdate } from "./hold-back.js";
import type { CatchUpCalls, CatchUpEvents, CatchUpSink } from "./host.js";
import type { ResolvedCatchUpOptions } from "./options.js";
import { type ChatPlan, planCatchUp } from "./planner.js";
import { Positions } from "./positions.js";
import { type RecoveredMessage, recoverChat } from "./fetcher.js";
import { type ChatActivity, scanActivity } from "./scan.js";
import type { CatchUpBound } from "./summary.js";

const LIVE: UpdateMeta = Object.freeze({ recovered: false });
const RECOVERED: UpdateMeta = Object.freeze({ recovered: true });

/** Conversations per `getChats` page of a scan (the reference server's cap). */
const SCAN_PAGE = 100;

/**
 * Where the catch-up is: `live` passes updates through; `behind` (disconnected) and `planning`
 * hold every chat's message updates; `recovering` holds those of the chats not recovered yet.
 */
type Phase = "live" | "behind" | "planning" | "recovering";

/** What a catch-up tallies until it reports; a catch-up cut short by a lost connection carries on with the next. */
interface Tally {
  chats: Set<string>;
  messages: number;
  bounds: CatchUpBound[];
  errors: OsmiumError[];
}

const emptyTally = (): Tally => ({ chats: new Set(), messages: 0, bounds: [], errors: [] });

const newest = (activity: readonly ChatActivity[]): bigint => activity.reduce((top, chat) => (chat.lastMessageId > top ? chat.lastMessageId : top), 0n);

/** The catch-up of one client (internal: the client feeds it every update and its state). */
export class CatchUp {
  private readonly positions = new Positions();
  private readonly holdBack = new HoldBack();
  /** The newest message recovered per chat: a live copy of it or of an older one is a duplicate. */
  private readonly recoveredUpTo = new Map<string, bigint>();
  private readonly recovering = new Set<string>();
  /** Chats planned and not recovered yet; a catch-up cut short by a lost connection leaves them to the next. */
  private readonly owed = new Map<string, ChatPlan>();
  private phase: Phase = "live";
  private run: AbortController | undefined;
  private baseline: AbortController | undefined;
  private baselineError: OsmiumError | undefined;
  private tally = emptyTally();

  /** Learns positions from the results of calls (history and search pages) while live. */
  readonly interceptor: Interceptor = {
    onOutcome: (outcome: InterceptedOutcome) => {
      const result = outcome.result;
      if (this.phase !== "live" || !isMessages(result)) return;
      for (const message of result.messages) {
        if (message.chatRef?.ref.case) this.positions.note(chatRefKey(message.chatRef), message.messageId);
      }
    },
  };

  constructor(
    private readonly options: ResolvedCatchUpOptions,
    private readonly calls: CatchUpCalls,
    events: CatchUpEvents,
    private readonly sink: CatchUpSink,
  ) {
    events.on("state", this.onState);
    events.on("ready", this.onReady);
  }

  /** Takes every update the connection receives, in order; delivers it now or after the catch-up. */
  receive(update: Update): void {
    const chat = chatOfUpdate(update);
    if (chat !== undefined && this.holds(chat.key)) this.holdBack.hold(update, chat);
    else this.deliverLive(update, chat);
  }

  private holds(key: string): boolean {
    return this.phase === "behind" || this.phase === "planning" || (this.phase === "recovering" && this.recovering.has(key));
  }

  private deliverLive(update: Update, chat: UpdateChat | undefined): void {
    const created = chat?.created;
    if (chat !== undefined && created !== undefined) {
      const upTo = this.recoveredUpTo.get(chat.key);
      if (upTo !== undefined && created.messageId <= upTo) return;
      this.positions.note(chat.key, created.messageId);
    }
    this.sink.deliver(update, LIVE);
  }

  private deliverRecovered(key: string, page: readonly RecoveredMessage[]): void {
    for (const { message, author } of page) {
      const upTo = this.recoveredUpTo.get(key);
      if (upTo !== undefined && message.messageId <= upTo) continue;
      this.recoveredUpTo.set(key, message.messageId);
      this.positions.note(key, message.messageId);
      this.tally.messages++;
      this.tally.chats.add(key);
      // As create() and the decoder make one: the unread count at zero, unset message fields absent.
      const value: UpdateMessageCreated = author === undefined ? { $typeName: CREATED, message, channelUnreadCount: 0 } : { $typeName: CREATED, message, channelUnreadCount: 0, author };
      this.sink.deliver({ $typeName: "osmium.client.updates.Update", update: { case: "messageCreated", value } }, RECOVERED);
    }
  }

  private release(accept: (key: string) => boolean): void {
    for (const held of this.holdBack.take(accept)) this.deliverLive(held.update, held as HeldUpdate);
  }

  private readonly onState = ({ from, to }: StateChange): void => {
    if (to === "closed") this.reset();
    else if (from === "ready" && to !== "ready") this.fallBehind();
  };

  private readonly onReady = (info: ReadyInfo): void => {
    if (this.phase === "behind") {
      // Without a user (no token) there is nothing to catch up: just let the held updates go.
      if (info.user === undefined) this.resume();
      else void this.catchUp();
    } else if (this.positions.watermark === undefined && info.user !== undefined && this.baseline === undefined) {
      void this.takeStartingPoint();
    }
  };

  // The connection was lost: whatever the catch-up in progress had not delivered is fetched again
  // by the next one, so held updates can go (nothing marked them seen).
  private fallBehind(): void {
    this.abort();
    this.phase = "behind";
  }

  // Closed for good (`close()`, a refused token, reconnecting given up): nothing is owed any more.
  private reset(): void {
    this.abort();
    this.phase = "live";
    this.owed.clear();
    this.tally = emptyTally();
  }

  private abort(): void {
    this.run?.abort();
    this.run = undefined;
    this.baseline?.abort();
    this.baseline = undefined;
    this.holdBack.clear();
    this.recovering.clear();
  }

  // A client that has seen no message yet still needs a starting point for its first catch-up: the
  // newest message of any chat it is in, now.
  private async takeStartingPoint(): Promise<void> {
    const controller = new AbortController();
    this.baseline = controller;
    try {
      const activity = await scanActivity(this.calls, { pageSize: 1, stopAt: undefined, enough: 1, counts: () => true, signal: controller.signal });
      if (this.baseline === controller) this.positions.raise(newest(activity));
    } catch (error) {
      if (this.baseline === controller) this.baselineError = OsmiumError.from(error);
    } finally {
      if (this.baseline === controller) this.baseline = undefined;
    }
  }

  private async catchUp(): Promise<void> {
    const controller = new AbortController();
    const { signal } = controller;
    this.run = controller;
    this.phase = "planning";
    const { maxChats, maxMessagesPerChat, maxDurationMs } = this.options;
    const timer = Number.isFinite(maxDurationMs) ? setTimeout(() => this.expire(controller), maxDurationMs) : undefined;
    try {
      const behind = (chat: ChatActivity) => chat.lastMessageId > (this.positions.startOf(chat.key) ?? chat.lastMessageId);
      const activity = await scanActivity(this.calls, { pageSize: SCAN_PAGE, stopAt: this.scanStop(), enough: maxChats + 1, counts: behind, signal });
      if (this.run !== controller) return;
      if (this.positions.watermark === undefined) this.noStartingPoint(activity);
      const plan = planCatchUp(activity, (key) => this.positions.startOf(key), maxChats);
      if (plan.leftOut.length > 0) this.bound("maxChats");
      for (const chat of plan.leftOut) this.skip(chat);
      for (const chat of plan.chats) {
        this.positions.pin(chat.key, chat.from);
        this.owed.set(chat.key, chat);
        this.recovering.add(chat.key);
      }
      this.phase = "recovering";
      this.release((key) => !this.recovering.has(key));
      for (const chat of plan.chats) {
        try {
          const outcome = await recoverChat(this.calls, chat, maxMessagesPerChat, signal, (page) => this.deliverRecovered(chat.key, page));
          if (outcome.truncated) this.bound("maxMessagesPerChat");
        } catch (error) {
          if (this.run !== controller) return;
          this.tally.errors.push(OsmiumError.from(error));
        }
        this.skip(chat);
        this.recovering.delete(chat.key);
        this.release((key) => key === chat.key);
      }
    } catch (error) {
      if (this.run !== controller) return;
      this.tally.errors.push(OsmiumError.from(error));
    } finally {
      clearTimeout(timer);
    }
    if (this.run === controller) this.finish();
  }

  // How far down the conversation list to look: to the overall mark, or lower for a chat a lost
  // connection left owed (its recovered neighbours moved the mark past its gap).
  private scanStop(): bigint | undefined {
    let stop = this.positions.watermark;
    for (const key of this.owed.keys()) {
      const start = this.positions.startOf(key);
      if (stop !== undefined && start !== undefined && start < stop) stop = start;
    }
    return stop;
  }

  private bound(bound: CatchUpBound): void {
    if (!this.tally.bounds.includes(bound)) this.tally.bounds.push(bound);
  }

  // Done with a chat, or giving up on it (a bound, a failed call): what was not recovered by now is
  // skipped for good, so a later catch-up does not bring back a gap this one reported.
  private skip(chat: ChatPlan): void {
    this.owed.delete(chat.key);
    this.positions.note(chat.key, chat.until);
  }

  // Without a starting point nothing can be recovered this time; from now on the newest message
  // listed is one.
  private noStartingPoint(activity: readonly ChatActivity[]): void {
    this.positions.raise(newest(activity));
    const why = this.baselineError?.message ?? "the connection was lost first";
    this.tally.errors.push(new OsmiumError("unknown", `catch-up had no starting point (the client had seen no message and no chat list: ${why})`));
  }

  private expire(controller: AbortController): void {
    if (this.run !== controller) return;
    this.bound("maxDurationMs");
    this.finish();
  }

  private resume(): void {
    const controller = this.run;
    this.run = undefined;
    controller?.abort();
    this.phase = "live";
    this.recovering.clear();
    for (const chat of [...this.owed.values()]) this.skip(chat);
    this.release(() => true);
  }

  private finish(): void {
    this.resume();
    const { chats, messages, bounds, errors } = this.tally;
    this.tally = emptyTally();
    this.sink.summary({ chats: chats.size, messages, boundHit: bounds.length > 0, bounds, errors });
  }
}
