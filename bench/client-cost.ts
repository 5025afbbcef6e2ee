// Case 1, in process: the same `sendMessage` calls with no socket at all (direct-transport.ts for
// osmium-chat, the same answering code inline for the protobufjs client), so the figure is the
// clients' own work per call — encoding, id and pending bookkeeping, promises, decoding, dispatch
// — which a busy machine disturbs far less than the loopback runs.
import { OsmiumClient } from "../src/index.js";
import { createDirectTransport } from "./direct-transport.js";
import { peekRequest, resultFrame, sendMessagePlain, sendMessageRequest, sentMessageBody } from "./frames.js";
import { type Row, type Throughput, compare, drive, row, rounds } from "./measure.js";
import type { PbCodec } from "./protobufjs.js";

const IN_FLIGHT = 100;

async function ours(warmupMs: number, durationMs: number): Promise<Throughput> {
  const direct = createDirectTransport();
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  try {
    return await drive(() => client.messages.sendMessage(sendMessageRequest), IN_FLIGHT, warmupMs, durationMs);
  } finally {
    await client.close();
  }
}

async function protobufjs(pb: PbCodec, warmupMs: number, durationMs: number): Promise<Throughput> {
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const sent = sentMessageBody(1_000_000_000_000n);
  let nextId = 0;
  let serverId = 0;
  const receive = (frame: Uint8Array): void => {
    const result = pb.ServerMessage.decode(frame).result;
    const call = result && pending.get(result.reqId);
    if (!result || !call) return;
    pending.delete(result.reqId);
    if (result.error) call.reject(new Error(`rpc error ${result.error.errorCode}`));
    else call.resolve(result.sentMessage);
  };
  // The server side, as direct-transport.ts answers: a turn's answers together on the next turn.
  let replies: Uint8Array[] = [];
  const flush = (): void => {
    const batch = replies;
    replies = [];
    for (const reply of batch) receive(reply);
  };
  const send = (frame: Uint8Array): void => {
    if (replies.push(resultFrame(++serverId, peekRequest(frame).id, 3, sent)) === 1) setImmediate(flush);
  };
  const sendMessage = (request: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = (nextId = nextId === 0xffff_ffff ? 1 : nextId + 1);
      pending.set(id, { resolve, reject });
      send(pb.ClientMessage.encode({ id, messagesSendMessage: request }).finish());
    });
  return drive(() => sendMessage(sendMessagePlain), IN_FLIGHT, warmupMs, durationMs);
}

/** Runs the in-process part of case 1. */
export async function clientCost(pb: PbCodec, roundCount: number): Promise<Row[]> {
  const values = { ours: [] as number[], pb: [] as number[] };
  await rounds(roundCount, async (round) => {
    // Alternating which runs first, so neither always runs on the other's warmed heap.
    if (round % 2 === 0) values.pb.push((await protobufjs(pb, 200, 700)).perSecond);
    values.ours.push((await ours(200, 700)).perSecond);
    if (round % 2 === 1) values.pb.push((await protobufjs(pb, 200, 700)).perSecond);
    return 0;
  });
  const name = "1 client work (in process)";
  const pbRow = row(name, "protobufjs 7 client, 100 in flight, no socket", "calls/s", values.pb);
  const oursRow = row(name, "osmium-chat, 100 in flight, no socket", "calls/s", values.ours);
  return [pbRow, compare(oursRow, pbRow, 1.0)];
}
