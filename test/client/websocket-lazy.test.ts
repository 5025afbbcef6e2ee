// In Node the WebSocket transport imports `ws` at its first open, not when the package loads. That
// first open has no socket until the import finishes; a close or abort in that window must end the
// attempt (onClose, never onOpen) without ever opening a socket. The tests run in this order on
// purpose: the first open of this file's fresh module graph is the one that waits for `ws`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebSocketTransport, type TransportCloseEvent, type TransportListener } from "../../src/index.js";
import { createTestServer, type TestServer } from "../../src/testing/index.js";

let server: TestServer;
let url = "";
beforeAll(async () => {
  server = createTestServer();
  url = await server.listen({ port: 0 });
});
afterAll(() => server.close());

/** A listener that records what happens, in order, and resolves `closed` with the close event. */
function recorder() {
  const events: string[] = [];
  let resolveClosed: (event: TransportCloseEvent) => void = () => {};
  const closed = new Promise<TransportCloseEvent>((resolve) => (resolveClosed = resolve));
  let resolveOpened: () => void = () => {};
  const opened = new Promise<void>((resolve) => (resolveOpened = resolve));
  const listener: TransportListener = {
    onOpen: () => {
      events.push("open");
      resolveOpened();
    },
    onFrame: () => events.push("frame"),
    onError: (error) => events.push(`error: ${error.message}`),
    onClose: (event) => {
      events.push(`close ${event.code}`);
      resolveClosed(event);
    },
  };
  return { events, listener, closed, opened };
}

describe("the WebSocket transport's first open in Node, while `ws` loads", () => {
  it("ends the attempt on close() before `ws` has loaded: onClose with the code, no socket, no onOpen", async () => {
    const { events, listener, closed } = recorder();
    const connection = createWebSocketTransport(url).open(listener);
    connection.close(1000, "changed my mind");
    connection.close(1000, "twice is safe");
    expect(await closed).toEqual({ code: 1000, reason: "changed my mind", wasClean: false });
    expect(events).toEqual(["close 1000"]);
    expect(server.connectionCount).toBe(0);
  });

  it("opens a real socket once `ws` has loaded, and closes it cleanly", async () => {
    const { events, listener, closed, opened } = recorder();
    const connection = createWebSocketTransport(url).open(listener);
    await opened;
    expect(server.connectionCount).toBe(1);
    connection.close(1000, "done");
    expect(await closed).toEqual({ code: 1000, reason: "done", wasClean: true });
    expect(events).toEqual(["open", "close 1000"]);
  });
});
