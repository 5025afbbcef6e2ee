// Case 4's measurements, in a child process started with --expose-gc (memory.ts), so that every
// heap figure is taken after a full GC in a heap that holds nothing else. Prints nothing; sends
// one IPC message with the results.
import { OsmiumClient } from "../src/index.js";
import { createDirectTransport } from "./direct-transport.js";
import { messageCreatedFrame, sendMessageRequest } from "./frames.js";
import { loadProtobufjs } from "./protobufjs.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

function heapUsed(): number {
  // Twice: the first pass can leave finalization work for the second.
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

// One handler for every call's rejection at close: a closure per call would be the harness's own
// 56 bytes per call, not the client's.
const ignore = (): undefined => undefined;

/**
 * Heap per pending call: 10 000 calls the server never answers, each with the `.catch()` an app
 * attaches (its promise and reaction are counted; the handler is one shared function).
 */
async function perPendingCall(count: number): Promise<number> {
  const direct = createDirectTransport({ holdCalls: true });
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  // Warm every code path once, so the measurement holds no first-use allocations.
  const warm = client.messages.sendMessage(sendMessageRequest).catch(ignore);
  const before = heapUsed();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) pending.push(client.messages.sendMessage(sendMessageRequest).catch(ignore));
  const after = heapUsed();
  await client.close();
  await Promise.all([warm, ...pending]);
  return (after - before) / count;
}

/** Heap growth after `total` calls, 100 in flight, against the heap after a warm-up. */
async function afterManyCalls(total: number): Promise<{ startBytes: number; endBytes: number }> {
  const direct = createDirectTransport();
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  const run = async (calls: number): Promise<void> => {
    let started = 0;
    const worker = async (): Promise<void> => {
      while (started < calls) {
        started++;
        await client.messages.sendMessage(sendMessageRequest);
      }
    };
    await Promise.all(Array.from({ length: 100 }, worker));
  };
  await run(20_000);
  const startBytes = heapUsed();
  await run(total);
  const endBytes = heapUsed();
  await client.close();
  return { startBytes, endBytes };
}

/** Heap per decoded update kept by the application (osmium-chat's messages, and protobufjs's). */
async function perRetainedUpdate(count: number): Promise<{ ours: number; protobufjs: number }> {
  const frames = Array.from({ length: count }, (_, i) => messageCreatedFrame(i + 2));
  const direct = createDirectTransport();
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  const kept: unknown[] = [];
  client.on("messageCreated", (update) => kept.push(update));
  const before = heapUsed();
  for (const frame of frames) direct.deliver(frame);
  const after = heapUsed();
  await client.close();
  if (kept.length !== count) throw new Error(`kept ${kept.length} of ${count}`);
  const pb = await loadProtobufjs();
  const keptPb: unknown[] = [];
  const beforePb = heapUsed();
  for (const frame of frames) keptPb.push(pb.ServerMessage.decode(frame).update?.messageCreated);
  const afterPb = heapUsed();
  return { ours: (after - before) / count, protobufjs: (afterPb - beforePb) / keptPb.length };
}

const pendingBytes = await perPendingCall(10_000);
const many = await afterManyCalls(1_000_000);
const retained = await perRetainedUpdate(10_000);
process.send?.({ pendingBytes, ...many, retained });
process.disconnect?.();
