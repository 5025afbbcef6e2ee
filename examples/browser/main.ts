// The browser example: a small Osmium chat page. It imports "osmium-chat" exactly as an app would
// (bundled by esbuild for the browser, where the SDK runs on the native WebSocket) and talks to
// the server named by `?server=ws://…` (default: `npx osmium-chat serve` on ws://127.0.0.1:8080).
import { ConnectError, type ConnectionState, OsmiumClient, RpcError } from "osmium-chat";
import { Conversation } from "./conversation.js";
import { byId, describeError, notify } from "./dom.js";
import { uploadImage } from "./media.js";
import { People } from "./people.js";
import { Sidebar } from "./sidebar.js";

type User = NonNullable<Awaited<ReturnType<OsmiumClient["connect"]>>["user"]>;

const STATE_LABELS: Record<ConnectionState, string> = {
  idle: "offline",
  connecting: "connecting…",
  handshaking: "connecting…",
  ready: "online",
  reconnecting: "reconnecting…",
  closed: "disconnected",
};
// The session token survives a reload of the tab, not the closing of it.
const TOKEN_KEY = "osmium-example-token";

const serverUrl = new URLSearchParams(location.search).get("server") ?? "ws://127.0.0.1:8080";
const client = new OsmiumClient({ url: serverUrl, appVersion: "osmium-chat-browser-example/1.0" });
const people = new People(client);
let me: User | undefined;
const sidebar = new Sidebar(client, (channel) => {
  conversation.open(channel).catch(showError);
});
const conversation = new Conversation(client, people, sidebar, () => me?.id);

function showError(error: unknown): void {
  notify(error instanceof ConnectError ? unreachable(error) : `Error: ${describeError(error)}`);
}

// The first connect() failed: say where the page tried and why. A browser hides the reason from
// pages (a refused port, an unknown host and a refused upgrade all look alike), so say that too.
function unreachable(error: ConnectError): string {
  const cause = error.cause instanceof Error ? error.cause.message : "";
  const why = !cause || cause === "WebSocket error" ? "the browser gives pages no reason" : cause;
  return `Cannot reach the server at ${error.url} (${why}). Is it running? Start it with npx osmium-chat serve, or open this page with ?server=ws://host:port; then reload.`;
}

// Connection state: a badge, and a notice while reconnecting and once back.
const status = byId("status");
let everReady = false;
client.on("state", ({ to }) => {
  status.dataset.state = to;
  status.textContent = STATE_LABELS[to];
});
client.on("ready", () => {
  everReady = true;
});
client.on("reconnecting", ({ attempt, delayMs }) => {
  const what = everReady ? "Connection lost" : `The server at ${serverUrl} dropped the connection before it was ready`;
  notify(`${what}. Reconnecting (attempt ${attempt}) in ${Math.round(delayMs)} ms…`);
});
client.on("resync", ({ attempts, downtimeMs }) => {
  notify(`Reconnected after ${attempts} ${attempts === 1 ? "attempt" : "attempts"} (${Math.round(downtimeMs)} ms offline).`);
  // Updates sent while the page was away are lost: read the open channel again.
  conversation.reload().catch(showError);
});

// Signing in or up. The client adopts the token for its reconnects; the page keeps it for reloads.
async function enter(user: User): Promise<void> {
  me = user;
  people.remember([user]);
  byId("me").textContent = user.name;
  byId("auth").hidden = true;
  byId("chat").hidden = false;
  const channels = await sidebar.load();
  if (channels[0]) await conversation.open(channels[0]);
}

async function authenticate(kind: "signIn" | "signUp"): Promise<void> {
  const email = byId<HTMLInputElement>("email").value.trim();
  const password = byId<HTMLInputElement>("password").value;
  const name = byId<HTMLInputElement>("name").value.trim();
  byId("auth-error").textContent = "";
  try {
    const { token, user } = kind === "signIn" ? await client.auth.signIn({ email, password }) : await client.auth.signUp({ email, password, name });
    sessionStorage.setItem(TOKEN_KEY, token);
    if (user) await enter(user);
  } catch (error) {
    byId("auth-error").textContent = error instanceof RpcError ? error.errorMessage : describeError(error);
  }
}

byId("auth").addEventListener("submit", (event) => {
  event.preventDefault();
  void authenticate("signIn");
});
byId("sign-up").addEventListener("click", () => void authenticate("signUp"));

// The composer: Enter sends, Shift+Enter is a new line; typing tells the others.
const draft = byId<HTMLTextAreaElement>("draft");
draft.addEventListener("input", () => {
  const chatRef = conversation.chatRef;
  if (chatRef && draft.value) conversation.typingSender.typed(chatRef);
});
draft.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    byId<HTMLFormElement>("composer").requestSubmit();
  }
});
byId("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = draft.value.trim();
  if (!text) return;
  draft.value = "";
  conversation.send(text).catch(showError);
});

// Images: upload in parts with a progress bar, then send them as a message (with the draft as caption).
byId<HTMLInputElement>("file").addEventListener("change", async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  if (!file) return;
  const progress = byId<HTMLProgressElement>("upload-progress");
  const label = byId("upload-label");
  byId("upload").hidden = false;
  const show = (sentBytes: number) => {
    progress.value = sentBytes / file.size;
    label.textContent = `Uploading ${file.name}: ${Math.round(progress.value * 100)}% (${kib(sentBytes)} of ${kib(file.size)})`;
  };
  try {
    show(0);
    const media = await uploadImage(client, file, ({ transferredBytes }) => show(transferredBytes));
    const caption = draft.value.trim();
    draft.value = "";
    await conversation.send(caption, [media]);
    label.textContent = `Sent ${file.name} (${kib(file.size)})`;
  } catch (error) {
    label.textContent = `Upload failed: ${describeError(error)}`;
  }
});

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

// Start: connect (authorized at once when this tab already signed in), else show the sign-in form.
async function start(): Promise<void> {
  const saved = sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  client.setToken(saved);
  try {
    const ready = await client.connect();
    if (ready.user) await enter(ready.user);
  } catch (error) {
    if (!(error instanceof RpcError) || saved === undefined) throw error;
    // The saved session has ended: forget it and connect anonymously to sign in again.
    sessionStorage.removeItem(TOKEN_KEY);
    client.setToken(undefined);
    await client.connect();
  }
}
start().catch(showError);
