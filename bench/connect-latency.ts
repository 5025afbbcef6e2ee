// Case 3, connect latency: `await client.connect()` with a token (open, core.initialize,
// auth.authorize) against the reference server on loopback, next to a bare `ws` client doing the
// same three round trips with pre-encoded frames (open; initialize; authorize) against the same
// server. The server's own work is in both; the difference is the client's.
import { create, toBinary } from "@bufbuild/protobuf";
import WebSocket from "ws";
import { ClientMessageSchema } from "../gen/osmium/client/core_pb.js";
import { OsmiumClient } from "../src/index.js";
import { startChild } from "./child.js";
import { type Row, compare, median, row, rounds } from "./measure.js";

/** Connects per round (the round's value is their median). */
const CONNECTS = 40;

async function ours(url: string, token: string): Promise<number> {
  const client = new OsmiumClient({ url, token, reconnect: false, keepalive: false });
  const t0 = performance.now();
  await client.connect();
  const ms = performance.now() - t0;
  await client.close();
  return ms;
}

async function bare(url: string, frames: readonly Uint8Array[]): Promise<number> {
  const t0 = performance.now();
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.binaryType = "arraybuffer";
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  for (const frame of frames) {
    const answered = new Promise((resolve) => socket.once("message", resolve));
    socket.send(frame);
    await answered;
  }
  const ms = performance.now() - t0;
  await new Promise<void>((resolve) => {
    socket.once("close", () => resolve());
    socket.close();
  });
  return ms;
}

/** Runs case 3. */
export async function connectLatency(roundCount: number): Promise<Row[]> {
  const server = startChild<{ url: string; token: string }>("reference-server");
  const { url, token } = await server.ready;
  // What the client sends in its handshake (its initialize carries a few more strings).
  const frames = [
    toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 1, message: { case: "coreInitialize", value: { clientId: 1, deviceType: "node", deviceVersion: "20", appVersion: "bench" } } })),
    toBinary(ClientMessageSchema, create(ClientMessageSchema, { id: 2, message: { case: "authAuthorize", value: { token } } })),
  ];
  const values = { ours: [] as number[], bare: [] as number[] };
  try {
    await ours(url, token);
    await bare(url, frames);
    await rounds(roundCount, async () => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < CONNECTS; i++) {
        b.push(await bare(url, frames));
        a.push(await ours(url, token));
      }
      values.bare.push(median(b));
      values.ours.push(median(a));
      return 0;
    });
  } finally {
    await server.stop();
  }
  const name = "3 connect latency";
  const bareRow = row(name, "bare ws: open + 2 round trips", "ms", values.bare);
  const oursRow = row(name, "osmium-chat connect(): open + initialize + authorize", "ms", values.ours);
  // Lower is better here: the ratio says how many times the bare time ours takes.
  return [bareRow, compare(oursRow, bareRow)];
}
