// Graceful shutdown on SIGINT/SIGTERM in Node: one listener per signal for all running bots (not
// one per bot, which would trip Node's listener-leak warning in a test file with many bots). It is
// `once`: a second Ctrl-C finds no listener and Node ends the process the default way, which is
// what someone pressing it twice wants. Elsewhere (browsers) there is no `process` and nothing happens.

/** The signals a bot stops on. */
export type ShutdownSignal = "SIGINT" | "SIGTERM";

const SIGNALS: readonly ShutdownSignal[] = ["SIGINT", "SIGTERM"];

interface SignalTarget {
  once(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): unknown;
  removeListener(event: ShutdownSignal, listener: (signal: ShutdownSignal) => void): unknown;
}

const stoppers = new Set<(signal: ShutdownSignal) => void>();

function signalTarget(): SignalTarget | undefined {
  const target = (globalThis as { process?: Partial<SignalTarget> }).process;
  return typeof target?.once === "function" && typeof target.removeListener === "function" ? (target as SignalTarget) : undefined;
}

const onSignal = (signal: ShutdownSignal): void => {
  const target = signalTarget();
  // Both listeners go: the other signal, too, should now have its default effect.
  for (const other of SIGNALS) target?.removeListener(other, onSignal);
  const current = [...stoppers];
  stoppers.clear();
  for (const stop of current) stop(signal);
};

/** Calls `stop` on the first SIGINT or SIGTERM; returns the function that cancels this. No-op outside Node. */
export function onShutdownSignal(stop: (signal: ShutdownSignal) => void): () => void {
  const target = signalTarget();
  if (target === undefined) return () => {};
  if (stoppers.size === 0) for (const signal of SIGNALS) target.once(signal, onSignal);
  stoppers.add(stop);
  return () => {
    if (!stoppers.delete(stop) || stoppers.size > 0) return;
    for (const signal of SIGNALS) target.removeListener(signal, onSignal);
  };
}
