// Security: no token, password or other secret ever appears in anything the SDK or the reference
// server writes for humans or hands to observers. A session runs every path that carries secrets —
// authorize at connect and by hand, sign-in (right, wrong, and answered too late), password change,
// TOTP setup, a voice room token, a reconnect, a refused token — while everything is captured: the
// client's debug log, the server's log, every event payload, every error (message, stack, causes),
// and every interceptor payload. Then every secret is looked for in the capture.
import { describe, expect, it } from "vitest";
import { ChannelType } from "../../gen/osmium/client/types_pb.js";
import { type ClientEventName, type OsmiumClient, type OsmiumClientOptions } from "../../src/index.js";
import { useProcessWatch } from "./support/ledger.js";
import { endpoints, useWorld } from "./support/world.js";

const world = useWorld();
useProcessWatch();

const EMAIL = "alice@secrets.test";
const PASSWORD = "correct-horse-battery-9f3a";
const NEW_PASSWORD = "new-staple-2b7c-e1d0";
const WRONG_PASSWORD = "wrong-password-77aa";
const BAD_TOKEN = "bad-token-5ecret-abc123";
// A Web Push subscription's auth secret (RegisterPushSubscription.WebPush.auth).
const WEB_PUSH_AUTH = "web-push-auth-4d8e1f";

const lifecycle: ClientEventName[] = ["state", "open", "ready", "close", "reconnecting", "resync", "gap", "error", "authFailed", "update", "unknownUpdate", "unsolicitedResult"];

/** Renders anything captured as text: messages as JSON, errors with their stack and causes, bytes as hex and text. */
function dump(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, function replacer(_key, v: unknown) {
    if (typeof v === "bigint") return v.toString();
    if (v instanceof Uint8Array) return { hex: Buffer.from(v).toString("hex"), text: Buffer.from(v).toString("utf8") };
    if (v instanceof Error) return { ...v, name: v.name, message: v.message, stack: v.stack, cause: v.cause };
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return "[circular]";
      seen.add(v);
    }
    return v;
  });
}

/** Every value stored under a key named `token` anywhere in the server's saved state: each session's token. */
function tokensIn(saved: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "token" && typeof value === "string") found.push(value);
        else walk(value);
      }
    }
  };
  walk(JSON.parse(saved));
  return found;
}

describe.each(endpoints)("secrets never leak (%s)", (endpoint) => {
  it("no token, password, TOTP secret, backup code or voice token in logs, errors, events, debug output or interceptor payloads", async () => {
    const captured: string[] = [];
    const server = world.server({ log: (line) => captured.push(`server: ${line}`) });
    const alice = await server.createUser({ name: "Alice", email: EMAIL, password: PASSWORD });
    const { channels } = server.createCommunity({ owner: alice.user.id, name: "Guild" });
    const reach = await world.reach(server, endpoint);
    const observe = (options: OsmiumClientOptions): OsmiumClient => {
      const client = world.client({
        ...reach,
        ...options,
        debug: (line) => captured.push(`debug: ${line}`),
        interceptors: [{ onCall: (call) => captured.push(`call: ${dump(call)}`), onOutcome: (outcome) => captured.push(`outcome: ${dump(outcome)}`) }],
      });
      for (const name of lifecycle) client.on(name, ((payload: unknown) => captured.push(`${name}: ${dump(payload)}`)) as never);
      return client;
    };
    const failure = (promise: Promise<unknown>) => promise.then(() => "no error", (error: unknown) => captured.push(`thrown: ${dump(error)}`));

    const client = observe({ token: alice.token });
    await client.connect();
    const signedIn = await client.auth.signIn({ email: EMAIL, password: PASSWORD });
    await client.auth.authorize({ token: alice.token });
    await failure(client.auth.signIn({ email: EMAIL, password: WRONG_PASSWORD }));
    await client.settings.changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    const totp = await client.settings.setupTotp({ enabled: true });
    await client.settings.registerPushSubscription({ subscription: { case: "web", value: { endpoint: "https://push.example/sub", p256dh: "p256dh-key", auth: WEB_PUSH_AUTH } } });
    const room = await client.voice.requestRoom({ chatRef: { ref: { case: "channel", value: { communityId: channels[0]!.communityId, channelId: await voiceChannel(client, channels[0]!.communityId) } } } });
    // A sign-in answered after its timeout: the late result surfaces as `unsolicitedResult`.
    server.setLatency(60);
    const late = new Promise((resolve) => client.once("unsolicitedResult", resolve));
    await failure(client.auth.signIn({ email: EMAIL, password: NEW_PASSWORD }, { timeoutMs: 10 }));
    await late;
    server.setLatency(0);
    // A reconnect re-authorizes with the adopted token.
    const resync = new Promise((resolve) => client.once("resync", resolve));
    server.dropConnections();
    await resync;
    await client.close();
    // A refused token.
    const refused = observe({ token: BAD_TOKEN });
    await failure(refused.connect());
    await refused.close();

    const text = captured.join("\n");
    // The capture is not empty: the paths above really were logged and observed.
    for (const sign of ["debug: → #2 auth.authorize", "auth.signIn", "server: ", "unsolicitedResult: ", "authFailed: ", "thrown: ", "[redacted]"]) expect(text).toContain(sign);
    const secrets = new Set([alice.token, signedIn.token, ...tokensIn(server.saveState()), PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, BAD_TOKEN, WEB_PUSH_AUTH, room.token, totp.url ?? "missing"]);
    const totpSecret = /secret=([A-Z2-7]+)/.exec(totp.url ?? "")?.[1];
    expect(totpSecret).toBeDefined();
    secrets.add(totpSecret ?? "");
    expect(secrets.size).toBeGreaterThanOrEqual(11);
    expect([...secrets].filter((s) => text.includes(s))).toEqual([]);
    // Backup codes are 8 digits: look for them as whole numbers only.
    expect(totp.backupCodes.length).toBeGreaterThan(0);
    expect(totp.backupCodes.filter(({ code }) => new RegExp(`(?<![0-9])${code}(?![0-9])`).test(text))).toEqual([]);
  });
});

async function voiceChannel(client: OsmiumClient, communityId: bigint): Promise<bigint> {
  await client.communities.createChannel({ communityId, name: "lounge", type: ChannelType.VOICE });
  return (await client.communities.getChannels({ communityId })).channels.find((c) => c.name === "lounge")?.id ?? 0n;
}
