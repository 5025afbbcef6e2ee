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
