// The commands that speak the protocol, for the `osmium-chat` dispatcher.
import { runCall } from "./call.js";
import { processIo } from "./io.js";
import { runWatch } from "./watch.js";

/** The protocol commands by name. */
export const protocolCommands = { call: runCall, watch: runWatch } as const;

/** True when `name` is `call` or `watch`. */
export const isProtocolCommand = (name: string | undefined): name is keyof typeof protocolCommands =>
  name !== undefined && Object.hasOwn(protocolCommands, name);

/** Runs a protocol command and sets the exit status; the process ends once nothing is left pending. */
export async function runProtocolCommand(name: keyof typeof protocolCommands, argv: readonly string[]): Promise<void> {
  process.exitCode = await protocolCommands[name](argv, processIo);
}
