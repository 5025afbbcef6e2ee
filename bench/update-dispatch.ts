// Case 2, update dispatch: frames per second from a frame's bytes to a typed `messageCreated`
// listener (the client's whole receive path: link, decode, gap tracking, routing, the emitter),
// next to decoding the same frames alone with protobuf-es `fromBinary` and with protobufjs.
// In-process (direct-transport.ts): no socket cost on either side.
import { fromBinary } from "@bufbuild/protobuf";
import { ServerMessageSchema } from "../gen/osmium/client/core_pb.js";
import { OsmiumClient } from "../src/index.js";
import { createDirectTransport } from "./direct-transport.js";
import { messageCreatedFrame } from "./frames.js";
import { type Row, compare, row, rounds } from "./measure.js";
import type { PbCodec } from "./protobufjs.js";

/** Frames per round. */
const FRAMES = 100_000;

// Sequential server ids, as a server numbers its frames (the client checks them for gaps).
const frames = Array.from({ length: FRAMES }, (_, i) => messageCreatedFrame(i + 2));

function rate(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return FRAMES / ((performance.now() - t0) / 1000);
}

async function ours(): Promise<number> {
  const direct = createDirectTransport();
  const client = new OsmiumClient({ transport: direct.transport, reconnect: false, keepalive: false });
  await client.connect();
  let seen = 0;
  let chars = 0;
  client.on("messageCreated", (update) => {
    seen++;
    chars += update.message?.message.length ?? 0;
  });
  // The handshake used server id 1; updates continue from 2.
  const value = rate(() => {
    for (const frame of frames) direct.deliver(frame);
  });
  await client.close();
  if (seen !== FRAMES || chars === 0) throw new Error(`dispatched ${seen} of ${FRAMES} updates`);
  return value;
}

function bare(): number {
  let chars = 0;
  const value = rate(() => {
    for (const frame of frames) {
      const message = fromBinary(ServerMessageSchema, frame);
      if (message.message.case === "update" && message.message.value.update.case === "messageCreated") chars += message.message.value.update.value.message?.message.length ?? 0;
    }
  });
  if (chars === 0) throw new Error("nothing decoded");
  return value;
}

function protobufjs(pb: PbCodec): number {
  let chars = 0;
  const value = rate(() => {
    for (const frame of frames) chars += pb.ServerMessage.decode(frame).update?.messageCreated?.message?.message.length ?? 0;
  });
  if (chars === 0) throw new Error("nothing decoded");
  return value;
}

/** Runs case 2; the three take turns within each round. */
export async function updateDispatch(pb: PbCodec, roundCount: number): Promise<Row[]> {
  const values = { ours: [] as number[], bare: [] as number[], pb: [] as number[] };
  // One untimed pass each warms the JIT.
  bare();
  protobufjs(pb);
  await ours();
  await rounds(roundCount, async () => {
    values.bare.push(bare());
    values.pb.push(protobufjs(pb));
    values.ours.push(await ours());
    return 0;
  });
  const name = "2 update dispatch";
  const bareRow = row(name, "protobuf-es fromBinary alone", "frames/s", values.bare);
  const pbRow = row(name, "protobufjs decode alone", "frames/s", values.pb);
  const oursRow = row(name, "osmium-chat, bytes → messageCreated listener", "frames/s", values.ours);
  return [bareRow, compare(pbRow, bareRow), compare(compare(oursRow, bareRow, 0.9), pbRow, 1.0)];
}
