// Browser side of the transport and connection tests: each case builds real OsmiumClients on the
// page's native WebSocket, drives them against the Node test's scripted server, and returns what it
// saw as plain data. Node scripts the server and asserts; `nodeControl` asks Node to act mid-case.
import { ChatRefs, type ClientEventName, type ClientEvents, OsmiumClient, type OsmiumClientOptions } from "osmium-chat";
import type { CaseContext, HarnessWindow } from "./api.js";
import { settle, summarizeError } from "./summary.js";

type PageWindow = Window & HarnessWindow & { NativeWebSocket: typeof WebSocket; openedSockets: WebSocket[] };
const page = window as unknown as PageWindow;
const chatRef = ChatRefs.self();

/** Runs `body` with a client for the context's server, closed afterwards whatever happens. */
async function withClient<T>(context: CaseContext, options: OsmiumClientOptions, body: (client: OsmiumClient) => Promise<T>): Promise<T> {
  const client = new OsmiumClient({ url: context.url, token: context.token, keepalive: false, ...options });
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

function nextEvent<E extends ClientEventName>(client: OsmiumClient, event: E): Promise<Parameters<ClientEvents[E]>[0]> {
  return new Promise((resolve) => client.once(event, ((payload: Parameters<ClientEvents[E]>[0]) => resolve(payload)) as ClientEvents[E]));
}

const send = (client: OsmiumClient, message: string, options?: { signal?: AbortSignal; timeoutMs?: number }) =>
  settle(client.messages.sendMessage({ chatRef, message }, options).then((sent) => String(sent.messageId)));

page.core = {
  async handshake(context) {
    const before = page.openedSockets.length;
    const client = new OsmiumClient({ url: context.url, token: context.token, keepalive: false, appVersion: "harness/1" });
    const ready = await client.connect();
    const socket = page.openedSockets[before];
    const seen = {
      socketsOpened: page.openedSockets.length - before,
      url: socket?.url,
      binaryType: socket?.binaryType,
      nativeWebSocket: socket instanceof page.NativeWebSocket,
      user: { id: String(ready.user?.id), name: ready.user?.name },
      sessionId: String(ready.sessionId),
      state: client.state,
    };
    await client.close();
    return { ...seen, stateAfterClose: client.state, socketClosed: socket?.readyState === WebSocket.CLOSED };
  },

  subprotocol: (context) =>
    withClient(context, { protocols: ["osmium.v1", "osmium.v0"] }, async (client) => {
      const before = page.openedSockets.length;
      await client.connect();
      return page.openedSockets[before]?.protocol;
    }),

  textFrame: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      const error = nextEvent(client, "error");
      await page.nodeControl("sendTextFrame");
      return { error: summarizeError(await error), state: client.state };
    }),

  async refused(context) {
    const client = new OsmiumClient({ url: context.url, reconnect: false });
    const errors: unknown[] = [];
    client.on("error", (error) => errors.push(summarizeError(error)));
    const outcome = await settle(client.connect());
    await client.close();
    return { errors, outcome, state: client.state };
  },

  outOfOrder: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      return Promise.all(["first", "second", "third"].map((message) => send(client, message)));
    }),

  rpcError: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      return { outcome: await send(client, "forbidden"), state: client.state };
    }),

  timeoutThenLateResult: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      const outcome = await send(client, "slow", { timeoutMs: 50 });
      const late = nextEvent(client, "unsolicitedResult");
      await page.nodeControl("answerLate");
      const result = await late;
      return { outcome, late: { reqId: result.reqId, case: result.result.case } };
    }),

  abort: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      const early = await send(client, "never sent", { signal: AbortSignal.abort("gone already") });
      const controller = new AbortController();
      const inFlight = send(client, "in flight", { signal: controller.signal });
      await page.nodeControl("awaitInFlight");
      controller.abort("user left");
      return { early, inFlight: await inFlight, after: await send(client, "after") };
    }),

  closeWhilePending: (context) =>
    withClient(context, {}, async (client) => {
      await client.connect();
      const pending = send(client, "in flight");
      await page.nodeControl("awaitInFlight");
      await client.close();
      return { outcome: await pending, state: client.state };
    }),

  reconnect: (context) =>
    withClient(context, { reconnect: { initialDelayMs: 5, maxDelayMs: 20 } }, async (client) => {
      const log: string[] = [];
      client.on("state", ({ to }) => log.push(to));
      client.on("close", ({ code, willReconnect }) => log.push(`close ${code} willReconnect=${willReconnect}`));
      client.on("resync", ({ attempts }) => log.push(`resync attempts=${attempts}`));
      await client.connect();
      const reconnecting = nextEvent(client, "reconnecting");
      await page.nodeControl("kill");
      await reconnecting;
      // Made while reconnecting: it waits for the new connection instead of failing.
      const queued = send(client, "queued");
      await nextEvent(client, "resync");
      const result = { queued: await queued, after: await send(client, "after") };
      return { log: [...log], ...result };
    }),

  async backOnline(context) {
    // Full jitter draws from Math.random: pin it so the backoff is the ceiling's 99 %.
    const random = Math.random;
    Math.random = () => 0.99;
    try {
      return await withClient(context, { reconnect: { initialDelayMs: 60_000 } }, async (client) => {
        await client.connect();
        const reconnecting = nextEvent(client, "reconnecting");
        await page.nodeControl("kill");
        const { delayMs } = await reconnecting;
        const events: string[] = [];
        window.addEventListener("offline", () => events.push("offline"), { once: true });
        window.addEventListener("online", () => events.push("online"), { once: true });
        const ready = nextEvent(client, "ready");
        // Node takes the page offline and back online: the browser fires `offline`, then `online`.
        await page.nodeControl("offlineThenOnline");
        await ready;
        return { delayMs, events, state: client.state };
      });
    } finally {
      Math.random = random;
    }
  },
};
