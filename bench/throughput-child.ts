// One client of the RPC throughput case, alone in its own process (rpc-throughput.ts forks one per
// client and round): the clients never share a heap, a JIT or an event loop, so none runs warmer or
// colder for having run after another. Arguments: client, url, calls in flight, warm-up and window
// in ms; the one IPC message is the measured Throughput.
import { bare, ours, protobufjs } from "./rpc-throughput.js";
import { loadProtobufjs } from "./protobufjs.js";

const [kind, url = "", inFlightArg = "1", warmupArg = "300", durationArg = "1000"] = process.argv.slice(2);
const timing = { rounds: 1, warmupMs: Number(warmupArg), durationMs: Number(durationArg) };
const inFlight = Number(inFlightArg);

const result =
  kind === "osmium-chat"
    ? await ours(url, inFlight, timing)
    : kind === "protobufjs"
      ? await protobufjs(await loadProtobufjs(), url, inFlight, timing)
      : kind === "bare"
        ? await bare(url, inFlight, timing)
        : kind === "coalesced"
          ? await bare(url, inFlight, timing, true)
          : undefined;
if (result === undefined) throw new Error(`unknown client ${kind}`);
process.send?.(result);
process.disconnect?.();
