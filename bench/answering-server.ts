// The minimal answering server of the RPC throughput case, run in its own process (so it never
// competes with the client for the event loop): it decodes just enough of each ClientMessage to
// answer it — the request id and the request's field number (frames.ts `peekRequest`) — and answers
// `messages.sendMessage` with a SentMessage, `core.initialize` with an empty Initialized, a keepalive
// with an empty result, anything else with an RPCError. Answers are written byte by byte, so the
// server costs the same for every client measured against it.
import { WebSocketServer } from "ws";
import { peekRequest, resultFrame, sentMessageBody } from "./frames.js";

const SEND_MESSAGE = 4;
const INITIALIZE = 19;
const RESULT_SENT_MESSAGE = 3;
const RESULT_INITIALIZED = 14;
const RESULT_ERROR = 2;

const sent = sentMessageBody(1_000_000_000_000n);
const empty = new Uint8Array(0);
const unsupported = Uint8Array.from([0x08, 0x90, 0x03]); // RPCError { error_code: 400 }

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
server.on("connection", (socket) => {
  let serverId = 0;
  socket.on("message", (data: Buffer) => {
    const { id, field } = peekRequest(data);
    serverId++;
    const answer =
      field === SEND_MESSAGE
        ? resultFrame(serverId, id, RESULT_SENT_MESSAGE, sent)
        : field === INITIALIZE
          ? resultFrame(serverId, id, RESULT_INITIALIZED, empty)
          : field === 0
            ? resultFrame(serverId, id, 0, empty)
            : resultFrame(serverId, id, RESULT_ERROR, unsupported);
    socket.send(answer);
  });
});
server.on("listening", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address !== null ? address.port : 0 });
});
// The parent going away (or saying stop) ends the server: a bench never leaves a process behind.
process.on("disconnect", () => process.exit(0));
process.on("message", (message) => {
  if (message === "stop") process.exit(0);
});
