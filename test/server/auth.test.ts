import { describe, expect, it } from "vitest";
import type { TestServer } from "../../src/testing/index.js";
import { connect, expectRpcError, startServer, user } from "./support/harness.js";

const T0 = 1_750_000_000_000;

/** A server whose clock tests move by hand. */
function clockedServer() {
  const clock = { now: T0 };
  const server = startServer({ now: () => clock.now });
  return { server, clock };
}

/** A user with email and password, connected with the test API's session. */
async function account(server: TestServer, name: string, email: string, password = "correct horse") {
  const created = await server.createUser({ name, email, password });
  const peer = await connect(server, { token: created.token });
  return { ...created, id: created.user.id, peer, email, password };
}

describe("auth.getSessions", () => {
  it("lists every session of the account with device info, and marks the caller's", async () => {
    const { server } = clockedServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const laptop = await connect(server);
    const signedIn = await laptop.call("authSignIn", { email: "ada@example.com", password: "correct horse" });
    await user(server, "Bob"); // another account's sessions never show up

    const result = await ada.peer.call("authGetSessions", {});
    expect(result.current).toBe(ada.sessionId);
    expect(result.sessions.map((s) => [s.id, s.clientId, s.deviceType, s.appName, s.lastActive])).toEqual([
      [ada.sessionId, 0, "", "", BigInt(T0)],
      [signedIn.sessionId, 1, "test", "", BigInt(T0)],
    ]);
    expect((await laptop.call("authGetSessions", {})).current).toBe(signedIn.sessionId);
  });
});

describe("auth.revokeSessions", () => {
  it("revokes another session: all of the user's subscribed sessions hear sessionDeleted, the token dies", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const phone = await connect(server);
    const phoneAuth = await phone.call("authSignIn", { email: ada.email, password: ada.password });
    const quiet = await connect(server, { noSubscribe: true });
    const quietAuth = await quiet.call("authSignIn", { email: ada.email, password: ada.password });
    const bob = await user(server, "Bob");

    await ada.peer.call("authRevokeSessions", { sessionIds: [phoneAuth.sessionId] });
    await Promise.all([ada.peer.sync(), quiet.sync(), bob.peer.sync()]);

    expect(ada.peer.received("sessionDeleted")).toEqual([expect.objectContaining({ sessionId: phoneAuth.sessionId })]);
    expect(phone.received("sessionDeleted").map((u) => u.sessionId)).toEqual([phoneAuth.sessionId]);
    expect(quiet.updates).toEqual([]);
    expect(bob.peer.updates).toEqual([]);
    const again = await connect(server);
    await expectRpcError(again.call("authAuthorize", { token: phoneAuth.token }), 401, /token is invalid or its session was revoked/);
    const left = await ada.peer.call("authGetSessions", {});
    expect(left.sessions.map((s) => s.id)).toEqual([ada.sessionId, quietAuth.sessionId]);
  });

  it("revoking the current session answers first, then signs the connection out", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    await ada.peer.call("authRevokeSessions", { sessionIds: [ada.sessionId] });
    expect(ada.peer.received("sessionDeleted").map((u) => u.sessionId)).toEqual([ada.sessionId]);
    const again = await connect(server);
    await expectRpcError(again.call("authAuthorize", { token: ada.token }), 401, /revoked/);
  });

  it("refuses unknown ids, other users' sessions and an empty list, revoking nothing", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const bob = await user(server, "Bob");
    await expectRpcError(ada.peer.call("authRevokeSessions", { sessionIds: [] }), 400, /^session_ids must not be empty$/);
    await expectRpcError(ada.peer.call("authRevokeSessions", { sessionIds: [123n] }), 404, /^session_ids: no session 123$/);
    await expectRpcError(
      ada.peer.call("authRevokeSessions", { sessionIds: [ada.sessionId, bob.sessionId] }),
      404,
      new RegExp(`no session ${bob.sessionId}`),
    );
    expect((await ada.peer.call("authGetSessions", {})).sessions).toHaveLength(1);
    expect((await bob.peer.call("authGetSessions", {})).sessions).toHaveLength(1);
  });
});

describe("auth.resetPassword", () => {
  it("emails a code, then sets the new password and signs out every session", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const stranger = await connect(server); // not signed in: reset is a public call
    await stranger.call("authResetPassword", { email: "ADA@example.com" });
    const code = server.lastCode("ada@example.com", "reset-password");
    expect(code).toMatch(/^\d{6}$/);

    await stranger.call("authResetPassword", { email: ada.email, confirm: { code: code ?? "", newPassword: "new battery staple" } });
    // (no sync(): that connection is closed now; frames arrive in order, so the update is already here)
    expect(ada.peer.received("sessionDeleted").map((u) => u.sessionId)).toEqual([ada.sessionId]);
    const login = await connect(server);
    await expectRpcError(login.call("authSignIn", { email: ada.email, password: ada.password }), 401, /incorrect/);
    const signedIn = await login.call("authSignIn", { email: ada.email, password: "new battery staple" });
    expect(signedIn.user?.id).toBe(ada.id);
    await expectRpcError(login.call("authAuthorize", { token: ada.token }), 401, /revoked/);
  });

  it("a caller signed in to that account still gets its answer before being signed out", async () => {
    const server = startServer();
    const ada = await account(server, "Ada", "ada@example.com");
    await ada.peer.call("authResetPassword", { email: ada.email });
    const code = server.lastCode(ada.email, "reset-password") ?? "";
    await expect(
      ada.peer.call("authResetPassword", { email: ada.email, confirm: { code, newPassword: "new battery staple" } }),
    ).resolves.toBeUndefined();
    expect(ada.peer.received("sessionDeleted").map((u) => u.sessionId)).toEqual([ada.sessionId]);
  });

  it("never reveals whether an email has an account", async () => {
    const server = startServer();
    await account(server, "Ada", "ada@example.com");
    const stranger = await connect(server);
    await expect(stranger.call("authResetPassword", { email: "nobody@example.com" })).resolves.toBeUndefined();
    expect(server.codes("nobody@example.com")).toEqual([]);
    await expectRpcError(
      stranger.call("authResetPassword", { email: "nobody@example.com", confirm: { code: "123456", newPassword: "whatever123" } }),
      400,
      /^code is incorrect or expired$/,
    );
    await expectRpcError(
      stranger.call("authResetPassword", { email: "ada@example.com", confirm: { code: "000000x", newPassword: "whatever123" } }),
      400,
      /^code is incorrect or expired$/,
    );
  });

  it("rejects a short password, a used code and an expired one", async () => {
    const { server, clock } = clockedServer();
    const ada = await account(server, "Ada", "ada@example.com");
    const stranger = await connect(server);
    await expectRpcError(stranger.call("authResetPassword", { email: "" }), 400, /^email is required$/);
    await stranger.call("authResetPassword", { email: ada.email });
    const code = server.lastCode(ada.email, "reset-password") ?? "";
    await expectRpcError(
      stranger.call("authResetPassword", { email: ada.email, confirm: { code, newPassword: "short" } }),
      400,
      /^new_password must be at least 8 characters$/,
    );
    await stranger.call("authResetPassword", { email: ada.email, confirm: { code, newPassword: "long enough" } });
    await expectRpcError(
      stranger.call("authResetPassword", { email: ada.email, confirm: { code, newPassword: "long enough 2" } }),
      400,
      /code is incorrect or expired/,
    );

    await stranger.call("authResetPassword", { email: ada.email });
    const late = server.lastCode(ada.email, "reset-password") ?? "";
    clock.now += 16 * 60_000; // reset codes live 15 minutes
    await expectRpcError(
      stranger.call("authResetPassword", { email: ada.email, confirm: { code: late, newPassword: "long enough 3" } }),
      400,
      /code is incorrect or expired/,
    );
  });
});

describe("auth.verifyEmail", () => {
  it("confirms the address with the code sent at sign-up (no session needed)", async () => {
    const server = startServer();
    const ada = await connect(server);
    await ada.call("authSignUp", { name: "Ada", email: "ada@example.com", password: "correct horse" });
    expect(await ada.call("settingsGetAccount", {})).toMatchObject({ email: "ada@example.com", confirmed: false });
    const code = server.lastCode("ada@example.com", "verify-email") ?? "";

    const stranger = await connect(server);
    await expectRpcError(stranger.call("authVerifyEmail", { email: "ada@example.com", code: "nope" }), 400, /^code is incorrect or expired$/);
    await expectRpcError(stranger.call("authVerifyEmail", { email: "bob@example.com", code }), 400, /^code is incorrect or expired$/);
    expect((await ada.call("settingsGetAccount", {})).confirmed).toBe(false);
    await stranger.call("authVerifyEmail", { email: "Ada@Example.com", code });
    expect((await ada.call("settingsGetAccount", {})).confirmed).toBe(true);
  });
});

describe("auth.resendEmailVerification", () => {
  it("sends a fresh code that supersedes the old one, at most once a minute", async () => {
    const { server, clock } = clockedServer();
    const ada = await connect(server);
    await ada.call("authSignUp", { name: "Ada", email: "ada@example.com", password: "correct horse" });
    await expectRpcError(ada.call("authResendEmailVerification", {}), 429, /^a verification code was sent less than 60 seconds ago$/);
    clock.now += 61_000;
    await ada.call("authResendEmailVerification", { email: "ADA@example.com" });
    const codes = server.codes("ada@example.com").filter((c) => c.kind === "verify-email");
    expect(codes).toHaveLength(2);
    await ada.call("authVerifyEmail", { email: "ada@example.com", code: codes[1]?.code ?? "" });
    expect((await ada.call("settingsGetAccount", {})).confirmed).toBe(true);
    await expectRpcError(ada.call("authResendEmailVerification", {}), 409, /^email is already verified$/);
  });

  it("refuses another address, an account without email, and callers that are not signed in", async () => {
    const server = startServer();
    const ada = await connect(server);
    await ada.call("authSignUp", { name: "Ada", email: "ada@example.com", password: "correct horse" });
    await expectRpcError(ada.call("authResendEmailVerification", { email: "eve@example.com" }), 400, /^email does not match the account's address$/);
    const bob = await user(server, "Bob");
    await expectRpcError(bob.peer.call("authResendEmailVerification", {}), 400, /^the account has no email address to verify$/);
    const stranger = await connect(server);
    await expectRpcError(stranger.call("authResendEmailVerification", {}), 401, /not authorized/);
  });
});
