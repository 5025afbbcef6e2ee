// The reference server (osmium-chat/testing) on a loopback port, in its own process, for the
// connect-latency and large-file cases; it seeds one user and reports the URL and the user's token.
import { createTestServer } from "../src/testing/index.js";

const server = createTestServer();
const url = await server.listen({ port: 0 });
const { token } = await server.createUser({ name: "Bench" });
process.send?.({ url, token });
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on("disconnect", stop);
process.on("message", (message) => {
  if (message === "stop") stop();
});
