// Turns what the SDK throws or emits into plain data the Node side can assert on exactly.
import {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  InvalidArgumentError,
  OsmiumError,
  ProtocolError,
  RpcError,
  TimeoutError,
  TransportError,
} from "osmium-chat";
import type { ErrorSummary, Outcome } from "./api.js";

const CLASSES = { AbortError, ConnectError, ConnectionClosedError, InvalidArgumentError, ProtocolError, RpcError, TimeoutError, TransportError, OsmiumError };
// The subclasses' own fields; `cause` is left out (an engine's Error has no stable shape to compare).
const FIELDS = ["code", "method", "errorCode", "errorMessage", "requestId", "traceId", "timeoutMs", "reason", "byteLength", "argument"];

/** The name, message, code, class chain and own fields of an error. */
export function summarizeError(error: unknown): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error), classes: [] };
  const classes = Object.entries(CLASSES)
    .filter(([, type]) => error instanceof type)
    .map(([name]) => name);
  const summary: Record<string, unknown> = { name: error.name, message: error.message, classes };
  for (const field of FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (value !== undefined) summary[field] = typeof value === "bigint" ? String(value) : value;
  }
  return summary as ErrorSummary;
}

/** Settles a promise into its value or its error's summary. */
export async function settle(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error: summarizeError(error) };
  }
}
