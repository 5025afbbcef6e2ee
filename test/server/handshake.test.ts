import { describe, expect, it } from "vitest";
import { connect, expectRpcError, startServer } from "./support/harness.js";

describe("reference server: handshake and gating", () => {
  it("refuses anything before core.initialize with 400", async () => {
    const server = startServer();
    const { token } = await server.createUser({ name: "Ada" });
    const peer = await connect(server, { initialize: false });
    await expectRpcError(peer.call("authAuthorize", { token }), 400, /core.initialize must be the first call/);
    await peer.call("coreInitialize", { clientId: 7 });
    expect((await peer.call("authAuthorize", { token })).user?.name).toBe("Ada");
  });

  it("answers 401 for account calls until authorized, and for a bad token", async () => {
    const server = startServer();
    const peer = await connect(server);
    await expectRpcError(peer.call("chatsGetChats", {}), 401, /not authorized/);
    await expectRpcError(peer.call("authAuthorize", { token: "nope" }), 401, /token is invalid/);
  });

  it("signs up, signs in with the password, and authorizes with the token on a new connection", async () => {
    const server = startServer();
    const a = await connect(server);
    const up = await a.call("authSignUp", { name: "Ada", email: "Ada@Example.com", password: "correct horse" });
    expect(up.user?.name).toBe("Ada");
    expect(up.token).toMatch(/^[0-9a-f]{64}$/);
    const b = await connect(server);
    await expectRpcError(b.call("authSignIn", { email: "ada@example.com", password: "wrong password" }), 401, /incorrect/);
    const inn = await b.call("authSignIn", { email: "ada@example.com", password: "correct horse" });
    expect(inn.user?.id).toBe(up.user?.id);
    expect(inn.sessionId).not.toBe(up.sessionId);
    const c = await connect(server);
    const again = await c.call("authAuthorize", { token: up.token });
    expect(again.sessionId).toBe(up.sessionId);
  });

  it("answers an empty ClientMessage (keepalive) with an empty result", async () => {
    const server = startServer();
    const peer = await connect(server);
    await expect(peer.sync()).resolves.toBeUndefined();
  });
});

describe("reference server: the log option", () => {
  it("logs a line per call and per pushed update per connection; never tokens, passwords or message text", async () => {
    const lines: string[] = [];
    const server = startServer({ log: (line) => lines.push(line) });
    const a = await connect(server);
    const up = await a.call("authSignUp", { name: "Ada", email: "ada@example.com", password: "first password 1" });
    const b = await connect(server);
    const signedIn = await b.call("authSignIn", { email: "ada@example.com", password: "first password 1" });
    const c = await connect(server, { token: up.token });
    const bob = await server.createUser({ name: "Bob" });
    const d = await connect(server, { token: bob.token });
    const quiet = await connect(server, { token: bob.token, noSubscribe: true });
    await a.call("messagesSendMessage", { chatRef: { ref: { case: "user", value: { userId: bob.user.id } } }, message: "the secret text" });
    await a.call("settingsChangePassword", { currentPassword: "first password 1", newPassword: "second password 2", revokeSessions: true });
    // The revoked token, offered again: the error line names the problem, not the token.
    const late = await connect(server);
    await expectRpcError(late.call("authAuthorize", { token: signedIn.token }), 401, /^token is invalid or its session was revoked$/);
    for (const p of [a, c, d, quiet]) await p.sync();

    const [ca, cb, cc, cd, cq] = lines.map((l) => /^(\d+) core\.initialize ok$/.exec(l)?.[1]).filter((id) => id !== undefined);
    expect(cq).toBeDefined();
    // One line per update per subscribed connection, in push order; the no_subscribe connection gets none.
    expect(lines.filter((l) => / update /.test(l))).toEqual([
      `${ca} update messageCreated`,
      `${cb} update messageCreated`,
      `${cc} update messageCreated`,
      `${cd} update messageCreated`,
      `${ca} update sessionDeleted`,
      `${cb} update sessionDeleted`,
      `${cc} update sessionDeleted`,
    ]);
    expect(lines).toContain(`${ca} auth.signUp ok`);
    expect(lines).toContain(`${cb} auth.signIn ok`);
    expect(lines).toContain(`${cc} auth.authorize ok`);
    expect(lines).toContain(`${ca} settings.changePassword ok`);
    // The server's own closes are logged too: the revoked session's connection.
    expect(lines.filter((l) => / closed /.test(l))).toEqual([`${cb} closed 4001 session revoked`]);
    for (const line of lines) {
      expect(line).toMatch(/^\d+ ([a-z]+\.[A-Za-z]+ ok|req \d+ error \d{3} .+|update [A-Za-z]+|closed \d{4} .+)$/);
      for (const secret of [up.token, signedIn.token, bob.token, "first password 1", "second password 2", "the secret text"]) {
        expect(line).not.toContain(secret);
      }
    }
  });
});

describe("reference server: listen() while starting or closing", () => {
  it("refuses a second listen() made before the first resolved, and a listen() overtaken by close()", async () => {
    const server = startServer();
    const first = server.listen({ port: 0 });
    // Both calls start before either has a listener: only one may open a port.
    await expect(server.listen({ port: 0 })).rejects.toThrow(/^TestServer\.listen: already listening/);
    expect(await first).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const late = startServer();
    const starting = late.listen({ port: 0 });
    await late.close();
    // The port opened after close() must not stay open (it would keep the process alive).
    await expect(starting).rejects.toThrow(/^TestServer\.listen: the server is closed$/);
    expect(late.url).toBeUndefined();
  });
});
