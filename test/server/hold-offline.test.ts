// TestServer.holdOffline: one user away (fault injection for catch-up tests), everyone else connected.
import { describe, expect, it } from "vitest";
import { OsmiumClient } from "../../src/index.js";
import { connect, startServer } from "./support/harness.js";

describe("reference server: holdOffline", () => {
  it("closes the user's connections, turns their new ones away with 1013 until let back, and leaves others connected", async () => {
    const server = startServer();
    const ada = await server.createUser({ name: "Ada" });
    const bob = await server.createUser({ name: "Bob" });
    const bobPeer = await connect(server, { token: bob.token });
    const client = new OsmiumClient({ transport: server.transport(), token: ada.token, reconnect: false });
    const closes: string[] = [];
    client.on("close", ({ code, reason }) => closes.push(`${code} ${reason}`));
    await client.connect();
    expect(server.connectionCount).toBe(2);

    const closed = new Promise((resolve) => client.once("state", resolve));
    const back = server.holdOffline(ada.user.id);
    expect(server.connectionCount).toBe(1);
    expect(await closed).toEqual({ from: "ready", to: "closed" });
    await expect(client.connect()).rejects.toThrow(/1013 try again later/);
    await expect(bobPeer.sync()).resolves.toBeUndefined();

    back();
    back(); // letting back twice is harmless
    expect((await client.connect()).user?.name).toBe("Ada");
    expect(closes).toEqual(["1012 dropped by test", "1013 try again later"]);
    await client.close();
  });
});
