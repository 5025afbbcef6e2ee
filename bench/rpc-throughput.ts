// Case 1, RPC throughput: `messages.sendMessage` calls per second over loopback WebSocket to the
// answering server (another process), with 1 and 100 calls in flight, for three clients:
// - osmium-chat: `client.messages.sendMessage(request)` through the public API;
// - protobufjs 7: a minimal promise client (id counter, Map of pending calls, protobufjs static
//   encode/decode), the shape of the official SDK's codec path, with nothing else;
// - bare ws, coalesced: pre-encoded frames, a counter, no decoding, the frames of one event-loop
//   turn written together as the osmium-chat transport does (src/transport/coalesce.ts): the limit
//   of socket + server for a client that coalesces, so the one ours is measured against;
// - bare ws, one write per frame: the same without coalescing, for reference.
// Each client runs in a process of its own (throughput-child.ts), in an order that alternates
// between rounds.
// Both SDK clients use `binaryType = "arraybuffer"` (what a browser delivers); bare ws keeps Node
// Buffers, since it is the limit.
import WebSocket from "ws";
import { OsmiumClient } from "../src/index.js";
import { coalescingSend } from "../src/transport/coalesce.js";
import type { WebSocketLike } from "../src/transport/websocket.js";
import { startChild } from "./child.js";
import { sendMessageFrame, sendMessagePlain, sendMessageRequest } from "./frames.js";
import { type Row, type Throughput, compare, drive, row, rounds, window } from "./measure.js";
import type { PbCodec } from "./protobufjs.js";

/** How long each round runs. */
export interface ThroughputTiming {
  readonly rounds: number;
  readonly warmupMs: number;
  readonly durationMs: number;
}

/** Case 1 with the osmium-chat client. */
export async function ours(url: string, inFlight: number, timing: ThroughputTiming): Promise<Throughput> {
  const client = new OsmiumClient({ url, reconnect: false, keepalive: false });
  await client.connect();
  try {
    return await drive(() => client.messages.sendMessage(sendMessageRequest), inFlight, timing.warmupMs, timing.durationMs);
  } finally {
    await client.close();
  }
}

function open(url: string, binaryType: "arraybuffer" | "nodebuffer"): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.binaryType = binaryType;
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

function closed(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    socket.once("close", () => resolve());
    socket.close();
  });
}

/** Case 1 with the minimal protobufjs client. */
export async function protobufjs(pb: PbCodec, url: string, inFlight: number, timing: ThroughputTiming): Promise<Throughput> {
  const socket = await open(url, "arraybuffer");
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  socket.on("message", (data: ArrayBuffer) => {
    const message = pb.ServerMessage.decode(new Uint8Array(data));
    const result = message.result;
    if (!result) return;
    const call = pending.get(result.reqId);
    if (!call) return;
    pending.delete(result.reqId);
    if (result.error) call.reject(new Error(`rpc error ${result.error.errorCode}`));
    else call.resolve(result.sentMessage);
  });
  const sendMessage = (request: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = (nextId = nextId === 0xffff_ffff ? 1 : nextId + 1);
      pending.set(id, { resolve, reject });
      socket.send(pb.ClientMessage.encode({ id, messagesSendMessage: request }).finish());
    });
  try {
    return await drive(() => sendMessage(sendMessagePlain), inFlight, timing.warmupMs, timing.durationMs);
  } finally {
    await closed(socket);
  }
}

/** Case 1 with bare ws and pre-encoded frames (the limit), optionally with coalesced writes. */
export async function bare(url: string, inFlight: number, timing: ThroughputTiming, coalesce = false): Promise<Throughput> {
  const socket = await open(url, "nodebuffer");
  const send = coalesce ? coalescingSend(socket as unknown as WebSocketLike) : (frame: Uint8Array) => socket.send(frame);
  // One pre-encoded frame per in-flight slot; the answer to a slot's frame sends it again.
  const frames = Array.from({ length: inFlight }, (_, i) => sendMessageFrame(i + 1));
  let count = 0;
  let running = true;
  let next = 0;
  socket.on("message", () => {
    count++;
    if (running) send(frames[next++ % inFlight] as Uint8Array);
  });
  for (const frame of frames) send(frame);
  await new Promise((resolve) => setTimeout(resolve, timing.warmupMs));
  const end = window(() => count);
  await new Promise((resolve) => setTimeout(resolve, timing.durationMs));
  const result = end();
  running = false;
  await closed(socket);
  return result;
}

/** The clients of case 1, as throughput-child.ts names them. */
const CLIENTS = ["coalesced", "bare", "protobufjs", "osmium-chat"] as const;
type ClientName = (typeof CLIENTS)[number];

/**
 * The order of round `round`: rotated by one each round and reversed every other round, so over
 * the rounds every client runs first, last and in between as often as the others, and machine
 * noise that drifts during a round hits them alike.
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 === 1 ? rotated.reverse() : rotated;
}

/** One client's measurement in a fresh process of its own. */
async function inChild(client: ClientName, url: string, inFlight: number, timing: ThroughputTiming): Promise<Throughput> {
  const child = startChild<Throughput>("throughput-child", [], [client, url, String(inFlight), String(timing.warmupMs), String(timing.durationMs)]);
  try {
    return await child.ready;
  } finally {
    await child.stop();
  }
}

/** Runs case 1: each client in its own process, the order alternating between rounds. */
export async function rpcThroughput(timing: ThroughputTiming): Promise<Row[]> {
  const server = startChild<{ port: number }>("answering-server");
  const { port } = await server.ready;
  const url = `ws://127.0.0.1:${port}`;
  const rows: Row[] = [];
  try {
    for (const inFlight of [1, 100]) {
      const values: Record<ClientName, Throughput[]> = { coalesced: [], bare: [], protobufjs: [], "osmium-chat": [] };
      await rounds(timing.rounds, async (round) => {
        for (const client of roundOrder(CLIENTS, round)) values[client].push(await inChild(client, url, inFlight, timing));
        return 0;
      });
      const name = "1 RPC throughput";
      const rate = (list: Throughput[]) => list.map((t) => t.perSecond);
      const cpu = (list: Throughput[]) => list.map((t) => t.cpuUsPerCall);
      // The limit: a bare ws client writing pre-encoded frames, coalesced per event-loop turn as ours does.
      const limit = row(name, `bare ws, coalesced writes, ${inFlight} in flight (the limit)`, "calls/s", rate(values.coalesced));
      const uncoalesced = row(name, `bare ws, one write per frame, ${inFlight} in flight`, "calls/s", rate(values.bare));
      const pbRow = row(name, `protobufjs 7 client, ${inFlight} in flight`, "calls/s", rate(values.protobufjs));
      const oursRow = row(name, `osmium-chat, ${inFlight} in flight`, "calls/s", rate(values["osmium-chat"]));
      const goal = inFlight === 100;
      rows.push(
        limit,
        compare(uncoalesced, limit),
        compare(pbRow, limit),
        compare(compare(oursRow, limit, goal ? 0.9 : undefined), pbRow, goal ? 1.3 : 1.0),
      );
      // Client CPU per call: the same comparison, less sensitive to other load on the machine.
      const cpuName = "1 client CPU per call";
      const cpuPb = row(cpuName, `protobufjs 7 client, ${inFlight} in flight`, "µs", cpu(values.protobufjs));
      rows.push(
        row(cpuName, `bare ws, coalesced writes, ${inFlight} in flight`, "µs", cpu(values.coalesced)),
        cpuPb,
        // Lower is better: a ratio under 1 means less CPU than the other client.
        compare(row(cpuName, `osmium-chat, ${inFlight} in flight`, "µs", cpu(values["osmium-chat"])), cpuPb),
      );
    }
  } finally {
    await server.stop();
  }
  return rows;
}
