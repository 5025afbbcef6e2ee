import { describe, expect, it } from "vitest";
import { RegisterPushSubscription_PushType as PushType } from "../../gen/osmium/client/settings_pb.js";
import { NotifPrefs, UserStatus_Activity_ActivityType as Activity, UserStatus_Status as Status } from "../../gen/osmium/client/types_pb.js";
import { totpCode } from "../../src/testing/model/core/crypto.js";
import type { TestServer } from "../../src/testing/index.js";
import { fromBase32 } from "../support/base32.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

const T0 = 1_750_000_000_000;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

type U = Awaited<ReturnType<typeof user>>;

/** Ada and Bob share a community (so they see each other's profile); Carol knows nobody. */
async function people(server: TestServer) {
  const ada = await user(server, "Ada", { username: "ada" });
  const bob = await user(server, "Bob");
  const carol = await user(server, "Carol");
  const { community, channels } = server.createCommunity({ owner: ada.id, name: "Guild", members: [bob.id] });
  return { ada, bob, carol, community, general: channels[0]?.id ?? 0n };
}

/** A user with email and password, connected with the test API's session. */
async function account(server: TestServer, name: string, email: string, password = "correct horse") {
  const created = await server.createUser({ name, email, password });
  const peer = await connect(server, { token: created.token });
  return { ...created, id: created.user.id, peer, email, password };
}

async function upload(u: U, uploadId: bigint, data: Uint8Array) {
  await u.peer.call("mediaUploadFilePart", { uploadId, part: 0, data });
  return { id: uploadId, name: "picture.png", partCount: 1 };
}

describe("settings.editProfilePhoto / settings.editProfileBanner", () => {
  it("sets the photo from an uploaded image and pushes user to acquaintances only; unset removes it", async () => {
    const server = startServer();
    const { ada, bob, carol } = await people(server);
    const file = await upload(ada, 11n, PNG);
    await ada.peer.call("settingsEditProfilePhoto", { file });
    await Promise.all([bob.peer.sync(), carol.peer.sync()]);
    const [seen] = bob.peer.received("user");
    expect(seen?.userId).toBe(ada.id);
    expect(seen?.user?.photo?.fileId).toEqual(expect.any(BigInt));
    expect(ada.peer.received("user").map((u) => u.user?.photo?.fileId)).toEqual([seen?.user?.photo?.fileId]);
    expect(carol.peer.updates).toEqual([]);
    expect((await carol.peer.call("usersLookupUsername", { username: "ada" })).user?.photo?.fileId).toBe(seen?.user?.photo?.fileId);

    bob.peer.clear();
    await ada.peer.call("settingsEditProfilePhoto", {});
    await bob.peer.sync();
    expect(bob.peer.received("user").map((u) => u.user?.photo)).toEqual([undefined]);
  });

  it("refuses a non-image (400) and an unknown upload (404)", async () => {
    const server = startServer();
    const { ada } = await people(server);
    const text = await upload(ada, 12n, new TextEncoder().encode("hello"));
    await expectRpcError(ada.peer.call("settingsEditProfilePhoto", { file: text }), 400, /^file is not an image \(PNG, JPEG, GIF or WebP\)$/);
    await expectRpcError(ada.peer.call("settingsEditProfilePhoto", { file: { id: 99n, name: "x.png", partCount: 1 } }), 404, /no upload 99/);
  });

  it("the banner shows in the profile and pushes nothing", async () => {
    const server = startServer();
    const { ada, bob } = await people(server);
    await ada.peer.call("settingsEditProfileBanner", { file: await upload(ada, 13n, PNG) });
    await bob.peer.sync();
    expect(bob.peer.updates).toEqual([]);
    const profile = await bob.peer.call("usersGetProfile", { ref: { userId: ada.id } });
    expect(profile.banner?.fileId).toEqual(expect.any(BigInt));
    await ada.peer.call("settingsEditProfileBanner", {});
    expect((await bob.peer.call("usersGetProfile", { ref: { userId: ada.id } })).banner).toBeUndefined();
  });
});

describe("settings.editProfile", () => {
  it("changes only the given fields and pushes the new user to acquaintances", async () => {
    const server = startServer();
    const { ada, bob, carol } = await people(server);
    await ada.peer.call("settingsEditProfile", { name: " Ada L. ", username: "countess", color: 0x336699, icon: 77n });
    await Promise.all([bob.peer.sync(), carol.peer.sync()]);
    const [update] = bob.peer.received("user");
    expect(update?.userId).toBe(ada.id);
    expect(update?.user).toMatchObject({ id: ada.id, name: "Ada L.", username: "countess", color: 0x336699, icon: 77n });
    expect(carol.peer.updates).toEqual([]);

    // An empty username and an icon of 0 remove them.
    await ada.peer.call("settingsEditProfile", { username: "", icon: 0n });
    await bob.peer.sync();
    const [, second] = bob.peer.received("user");
    expect([second?.user?.username, second?.user?.icon, second?.user?.name]).toEqual([undefined, undefined, "Ada L."]);
    await expectRpcError(bob.peer.call("usersLookupUsername", { username: "countess" }), 404, /no user with username/);
  });

  it("validates every field and changes nothing when one is bad", async () => {
    const server = startServer({ limits: { bioLength: 5 } });
    const { ada, bob } = await people(server);
    await user(server, "Taken", { username: "taken" });
    await expectRpcError(ada.peer.call("settingsEditProfile", { name: "  " }), 400, /^name must not be empty$/);
    await expectRpcError(ada.peer.call("settingsEditProfile", { name: "New", username: "taken" }), 409, /^username taken is taken$/);
    await expectRpcError(ada.peer.call("settingsEditProfile", { username: "a b" }), 400, /^username must be 2-32/);
    await expectRpcError(ada.peer.call("settingsEditProfile", { bio: "too long" }), 400, /^bio is longer than 5 characters$/);
    await expectRpcError(ada.peer.call("settingsEditProfile", { color: 0x1000000 }), 400, /^color must be an RGB value/);
    await bob.peer.sync();
    expect(bob.peer.updates).toEqual([]);
    expect((await bob.peer.call("usersLookupUsername", { username: "ada" })).user?.name).toBe("Ada");
  });
});

describe("settings.changeStatus", () => {
  it("pushes userStatus to acquaintances; INVISIBLE shows as no status to others", async () => {
    const server = startServer();
    const { ada, bob, carol } = await people(server);
    const activity = { title: "Chess", type: Activity.PLAYING, startTime: 5n };
    await ada.peer.call("settingsChangeStatus", { status: Status.IDLE, activities: [activity] });
    await Promise.all([bob.peer.sync(), carol.peer.sync()]);
    const [idle] = bob.peer.received("userStatus");
    expect(idle?.userId).toBe(ada.id);
    expect(idle?.status?.status).toBe(Status.IDLE);
    expect(idle?.status?.activities.map((a) => [a.title, a.type, a.startTime])).toEqual([["Chess", Activity.PLAYING, 5n]]);
    expect(carol.peer.updates).toEqual([]);

    bob.peer.clear();
    ada.peer.clear();
    await ada.peer.call("settingsChangeStatus", { status: Status.INVISIBLE, activities: [activity] });
    await bob.peer.sync();
    const [hidden] = bob.peer.received("userStatus");
    expect([hidden?.status?.status, hidden?.status?.activities]).toEqual([undefined, []]);
    expect(ada.peer.received("userStatus").map((u) => u.status?.status)).toEqual([Status.INVISIBLE]);
    expect((await bob.peer.call("usersLookupUsername", { username: "ada" })).user?.status?.status).toBeUndefined();
  });

  it("validates status and activities", async () => {
    const server = startServer();
    const { ada } = await people(server);
    await expectRpcError(ada.peer.call("settingsChangeStatus", { status: 3 as Status }), 400, /^status 3 is not a presence state/);
    const many = Array.from({ length: 6 }, () => ({ title: "x" }));
    await expectRpcError(ada.peer.call("settingsChangeStatus", { activities: many }), 400, /^activities: at most 5 are allowed$/);
    await expectRpcError(
      ada.peer.call("settingsChangeStatus", { activities: [{ title: "x".repeat(101) }] }),
      400,
      /^activities\[0\]\.title is longer than 100 characters$/,
    );
  });
});

describe("settings.getAccount", () => {
  it("reports email, verification, password, 2FA and deletion state", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    expect(await ada.peer.call("settingsGetAccount", {})).toMatchObject({
      email: "ada@example.com",
      confirmed: true,
      hasPassword: true,
      totpEnabled: false,
      pendingDelete: false,
    });
    const guest = await connect(server);
    await guest.call("authSignUp", { name: "Guest" });
    const plain = await guest.call("settingsGetAccount", {});
    expect([plain.email, plain.confirmed, plain.hasPassword]).toEqual([undefined, false, false]);
  });
});

describe("settings.changePassword", () => {
  it("checks the current password (403), then changes it; other sessions stay", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const phone = await connect(server);
    await phone.call("authSignIn", { email: ada.email, password: ada.password });
    await expectRpcError(
      ada.peer.call("settingsChangePassword", { currentPassword: "wrong one", newPassword: "new password" }),
      403,
      /^current_password is incorrect$/,
    );
    await expectRpcError(
      ada.peer.call("settingsChangePassword", { currentPassword: ada.password, newPassword: "short" }),
      400,
      /^new_password must be at least 8 characters$/,
    );
    await ada.peer.call("settingsChangePassword", { currentPassword: ada.password, newPassword: "new password" });
    expect((await phone.call("authGetSessions", {})).sessions).toHaveLength(2);
    const login = await connect(server);
    await expectRpcError(login.call("authSignIn", { email: ada.email, password: ada.password }), 401);
    await login.call("authSignIn", { email: ada.email, password: "new password" });
  });

  it("with revoke_sessions ends every other session, keeping the caller's", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const phone = await connect(server);
    const phoneAuth = await phone.call("authSignIn", { email: ada.email, password: ada.password });
    await ada.peer.call("settingsChangePassword", { currentPassword: ada.password, newPassword: "new password", revokeSessions: true });
    expect(ada.peer.received("sessionDeleted").map((u) => u.sessionId)).toEqual([phoneAuth.sessionId]);
    const left = await ada.peer.call("authGetSessions", {});
    expect(left.sessions.map((s) => s.id)).toEqual([ada.sessionId]);
  });

  it("a passwordless account sets its first password", async () => {
    const server = startServer();
    const guest = await connect(server);
    await guest.call("authSignUp", { name: "Guest" });
    await guest.call("settingsChangePassword", { currentPassword: "", newPassword: "first password" });
    expect((await guest.call("settingsGetAccount", {})).hasPassword).toBe(true);
  });
});

describe("settings.changeEmail", () => {
  it("switches to the new address, unverified, with a code sent to it", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    await ada.peer.call("settingsChangeEmail", { newEmail: "Ada@New.example" });
    expect(await ada.peer.call("settingsGetAccount", {})).toMatchObject({ email: "ada@new.example", confirmed: false });
    const code = server.lastCode("ada@new.example", "verify-email") ?? "";
    await ada.peer.call("authVerifyEmail", { email: "ada@new.example", code });
    expect((await ada.peer.call("settingsGetAccount", {})).confirmed).toBe(true);
    const login = await connect(server);
    await login.call("authSignIn", { email: "ada@new.example", password: ada.password });
  });

  it("refuses a malformed, unchanged or taken address", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    await account(server, "Bob", "bob@example.com");
    await expectRpcError(ada.peer.call("settingsChangeEmail", { newEmail: "nope" }), 400, /^new_email is not a valid address$/);
    await expectRpcError(ada.peer.call("settingsChangeEmail", { newEmail: "ADA@example.com" }), 400, /^new_email is already the account's address$/);
    await expectRpcError(ada.peer.call("settingsChangeEmail", { newEmail: "bob@example.com" }), 409, /^email is already registered$/);
  });
});

describe("settings.setupTotp", () => {
  it("sets up with a real RFC 6238 code, then sign-in needs a code or a one-time backup code", async () => {
    const server = startServer({ now: () => T0 });
    const ada = await account(server, "Ada", "ada@example.com");
    const setup = await ada.peer.call("settingsSetupTotp", { enabled: true });
    expect(setup.enabled).toBe(false);
    expect(setup.url).toMatch(/^otpauth:\/\/totp\/Osmium:ada%40example\.com\?secret=[A-Z2-7]{32}&issuer=Osmium&algorithm=SHA1&digits=6&period=30$/);
    expect(setup.backupCodes).toHaveLength(10);
    expect(setup.backupCodes.every((c) => /^\d{8}$/.test(c.code) && !c.used)).toBe(true);
    const secret = fromBase32(/secret=([A-Z2-7]+)/.exec(setup.url ?? "")?.[1] ?? "");
    const code = await totpCode(secret, T0);

    await expectRpcError(ada.peer.call("settingsSetupTotp", { enabled: true, code: code === "000000" ? "111111" : "000000" }), 403, /^code is incorrect$/);
    const on = await ada.peer.call("settingsSetupTotp", { enabled: true, code });
    expect(on.enabled).toBe(true);
    expect(on.url).toBeUndefined();
    expect(on.backupCodes.map((c) => c.code)).toEqual(setup.backupCodes.map((c) => c.code));
    expect((await ada.peer.call("settingsGetAccount", {})).totpEnabled).toBe(true);
    await expectRpcError(ada.peer.call("settingsSetupTotp", { enabled: true }), 409, /^two-factor authentication is already enabled$/);

    const login = await connect(server);
    await expectRpcError(login.call("authSignIn", { email: ada.email, password: ada.password }), 401, /needs a TOTP code/);
    await login.call("authSignIn", { email: ada.email, password: ada.password, totp: code });
    const backup = setup.backupCodes[0]?.code ?? "";
    await login.call("authSignIn", { email: ada.email, password: ada.password, totp: backup });
    await expectRpcError(login.call("authSignIn", { email: ada.email, password: ada.password, totp: backup }), 401, /totp code is incorrect/);
  });

  it("sign-in trims the code like setupTotp does: a pasted TOTP or backup code with spaces works", async () => {
    const server = startServer({ now: () => T0 });
    const ada = await account(server, "Ada", "ada@example.com");
    const setup = await ada.peer.call("settingsSetupTotp", { enabled: true });
    const secret = fromBase32(/secret=([A-Z2-7]+)/.exec(setup.url ?? "")?.[1] ?? "");
    const code = await totpCode(secret, T0);
    await ada.peer.call("settingsSetupTotp", { enabled: true, code: ` ${code}\n` });

    const login = await connect(server);
    const first = await login.call("authSignIn", { email: ada.email, password: ada.password, totp: ` ${code} ` });
    expect(first.user?.id).toBe(ada.id);
    const backup = setup.backupCodes[1]?.code ?? "";
    const second = await login.call("authSignIn", { email: ada.email, password: ada.password, totp: `\t${backup}\n` });
    expect(second.user?.id).toBe(ada.id);
    // Trimmed or not, a backup code is used up once.
    await expectRpcError(login.call("authSignIn", { email: ada.email, password: ada.password, totp: backup }), 401, /^totp code is incorrect$/);
  });

  it("turns off with a valid code only", async () => {
    const server = startServer({ now: () => T0 });
    const ada = await account(server, "Ada", "ada@example.com");
    const setup = await ada.peer.call("settingsSetupTotp", { enabled: true });
    const secret = fromBase32(/secret=([A-Z2-7]+)/.exec(setup.url ?? "")?.[1] ?? "");
    const code = await totpCode(secret, T0);
    await ada.peer.call("settingsSetupTotp", { enabled: true, code });

    await expectRpcError(ada.peer.call("settingsSetupTotp", { enabled: false }), 400, /^code is required to turn off two-factor authentication$/);
    await expectRpcError(ada.peer.call("settingsSetupTotp", { enabled: false, code: "12345678" }), 403, /^code is incorrect$/);
    const off = await ada.peer.call("settingsSetupTotp", { enabled: false, code: await totpCode(secret, T0, -1) });
    expect([off.enabled, off.url, off.backupCodes]).toEqual([false, undefined, []]);
    expect((await ada.peer.call("settingsGetAccount", {})).totpEnabled).toBe(false);
    const login = await connect(server);
    await login.call("authSignIn", { email: ada.email, password: ada.password });
  });

  it("a confirmation without a setup in progress is a 400", async () => {
    const server = startServer({ now: () => T0 });
    const ada = await account(server, "Ada", "ada@example.com");
    await expectRpcError(ada.peer.call("settingsSetupTotp", { enabled: true, code: "123456" }), 400, /^no setup in progress/);
    expect(await ada.peer.call("settingsSetupTotp", { enabled: false })).toMatchObject({ enabled: false, backupCodes: [] });
  });
});

describe("settings.changeNotificationPreferences", () => {
  it("community scope: the caller's sessions get the community with the new level, members nothing", async () => {
    const server = startServer();
    const { ada, bob, community } = await people(server);
    const adaQuiet = await connect(server, { token: ada.token, noSubscribe: true });
    await ada.peer.call("settingsChangeNotificationPreferences", { prefs: NotifPrefs.MENTIONS, scope: { case: "communityId", value: community.id } });
    await Promise.all([bob.peer.sync(), adaQuiet.sync()]);
    expect(ada.peer.received("community").map((u) => [u.communityId, u.community?.notifPrefs])).toEqual([[community.id, NotifPrefs.MENTIONS]]);
    expect(bob.peer.updates).toEqual([]);
    expect(adaQuiet.updates).toEqual([]);
    await ada.peer.call("settingsChangeNotificationPreferences", { prefs: NotifPrefs.DEFAULT, scope: { case: "communityId", value: community.id } });
    expect(ada.peer.received("community").map((u) => u.community?.notifPrefs)).toEqual([NotifPrefs.MENTIONS, NotifPrefs.DEFAULT]);
  });

  it("chat scope: the conversation carries the level and is pushed to the caller's sessions", async () => {
    const server = startServer();
    const { ada, bob, community, general } = await people(server);
    const chatRef = { ref: { case: "channel" as const, value: { communityId: community.id, channelId: general } } };
    await bob.peer.call("settingsChangeNotificationPreferences", { prefs: NotifPrefs.NONE, scope: { case: "chatRef", value: chatRef } });
    await ada.peer.sync();
    expect(bob.peer.received("chat").map((u) => u.chat?.chat?.notifPrefs)).toEqual([NotifPrefs.NONE]);
    expect(ada.peer.updates).toEqual([]);
    expect((await bob.peer.call("chatsGetChat", { chatRef })).chat?.notifPrefs).toBe(NotifPrefs.NONE);
    expect((await ada.peer.call("chatsGetChat", { chatRef })).chat?.notifPrefs).toBe(NotifPrefs.DEFAULT);
  });

  it("validates the level and the scope", async () => {
    const server = startServer();
    const { ada, carol, community } = await people(server);
    await expectRpcError(ada.peer.call("settingsChangeNotificationPreferences", { prefs: NotifPrefs.ALL }), 400, /^scope is required/);
    await expectRpcError(
      ada.peer.call("settingsChangeNotificationPreferences", { prefs: 9 as NotifPrefs, scope: { case: "communityId", value: community.id } }),
      400,
      /^prefs 9 is not a notification level$/,
    );
    await expectRpcError(
      carol.peer.call("settingsChangeNotificationPreferences", { prefs: NotifPrefs.ALL, scope: { case: "communityId", value: community.id } }),
      404,
      /no community/,
    );
  });
});

describe("settings.registerPushSubscription / settings.unregisterPushSubscription", () => {
  it("registers per session; unregistering twice or from another session is 404", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const tablet = await connect(server); // a second device: its own session
    await tablet.call("authSignIn", { email: ada.email, password: ada.password });
    await ada.peer.call("settingsRegisterPushSubscription", {
      subscription: { case: "web", value: { endpoint: "https://push.example/abc", p256dh: "key", auth: "secret" } },
    });
    await expectRpcError(tablet.call("settingsUnregisterPushSubscription", {}), 404, /^this session has no push subscription$/);
    await ada.peer.call("settingsUnregisterPushSubscription", {});
    await expectRpcError(ada.peer.call("settingsUnregisterPushSubscription", {}), 404, /no push subscription/);
    await tablet.call("settingsRegisterPushSubscription", {
      subscription: { case: "push", value: { type: PushType.ANDROID_FCM, token: "fcm-token" } },
    });
    await tablet.call("settingsUnregisterPushSubscription", {});
  });

  it("validates the subscription", async () => {
    const server = startServer();
    const { ada } = await people(server);
    const register = (subscription: Parameters<typeof ada.peer.call<"settingsRegisterPushSubscription">>[1]["subscription"]) =>
      ada.peer.call("settingsRegisterPushSubscription", subscription ? { subscription } : {});
    await expectRpcError(register(undefined), 400, /^subscription is required \(web or push\)$/);
    await expectRpcError(register({ case: "web", value: { endpoint: "http://push.example/", p256dh: "k", auth: "a" } }), 400, /^web\.endpoint must be an https URL$/);
    await expectRpcError(register({ case: "web", value: { endpoint: "https://push.example/" } }), 400, /^web\.p256dh and web\.auth are required$/);
    await expectRpcError(register({ case: "push", value: { token: "t" } }), 400, /^push\.type is required/);
    await expectRpcError(register({ case: "push", value: { type: PushType.IOS } }), 400, /^push\.token is required$/);
  });
});

describe("settings.requestTakeout", () => {
  it("accepts one request a day (429 in between)", async () => {
    const clock = { now: T0 };
    const server = startServer({ now: () => clock.now });
    const { ada } = await people(server);
    await ada.peer.call("settingsRequestTakeout", {});
    await expectRpcError(ada.peer.call("settingsRequestTakeout", {}), 429, /^a data export was requested less than 24 hours ago$/);
    clock.now += 24 * 60 * 60 * 1000;
    await expect(ada.peer.call("settingsRequestTakeout", {})).resolves.toBeUndefined();
  });
});

describe("settings.deleteAccount", () => {
  it("flags the account for deletion and cancels it; repeats are conflicts", async () => {
    const server = startServer();
    const { ada } = await people(server);
    await ada.peer.call("settingsDeleteAccount", {});
    expect((await ada.peer.call("settingsGetAccount", {})).pendingDelete).toBe(true);
    await expectRpcError(ada.peer.call("settingsDeleteAccount", {}), 409, /^account deletion is already pending$/);
    await ada.peer.call("settingsDeleteAccount", { cancel: true });
    expect((await ada.peer.call("settingsGetAccount", {})).pendingDelete).toBe(false);
    await expectRpcError(ada.peer.call("settingsDeleteAccount", { cancel: true }), 409, /^no account deletion is pending$/);
  });
});

describe("settings.editUserSettings", () => {
  it("stores the community order and answers the settings; unset settings answer the current ones", async () => {
    const server = startServer();
    const { ada, community } = await people(server);
    const second = server.createCommunity({ owner: ada.id, name: "Second" }).community;
    const saved = await ada.peer.call("settingsEditUserSettings", { settings: { communityOrder: { communityIds: [second.id, community.id] } } });
    expect(saved.communityOrder?.communityIds).toEqual([second.id, community.id]);
    expect((await ada.peer.call("settingsEditUserSettings", {})).communityOrder?.communityIds).toEqual([second.id, community.id]);
  });

  it("refuses communities the user is not in (404) and duplicates (400)", async () => {
    const server = startServer();
    const { ada, carol, community } = await people(server);
    const order = (ids: bigint[]) => ({ settings: { communityOrder: { communityIds: ids } } });
    await expectRpcError(carol.peer.call("settingsEditUserSettings", order([community.id])), 404, /^settings\.community_order: no community/);
    await expectRpcError(
      ada.peer.call("settingsEditUserSettings", order([community.id, community.id])),
      400,
      new RegExp(`^settings\\.community_order: community ${community.id} is listed twice$`),
    );
  });
});
