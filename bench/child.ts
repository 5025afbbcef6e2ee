// Child processes of the bench: servers that must not share the client's event loop, and the
// memory case, which needs `--expose-gc` and a clean heap. Each is one bundled entry in the same
// folder as the runner; its first IPC message is its answer.
import { type ChildProcess, fork } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** A running child and its first message. */
export interface Child<T> {
  readonly process: ChildProcess;
  /** The child's first IPC message. */
  readonly ready: Promise<T>;
  /** Ends the child and waits for its exit. */
  stop(): Promise<void>;
}

/** Forks bundled entry `name` (e.g. "answering-server") with `execArgv` for node itself. */
export function startChild<T>(name: string, execArgv: string[] = [], args: string[] = []): Child<T> {
  const child = fork(join(here, `${name}.mjs`), args, { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = new Promise<T>((resolve, reject) => {
    child.once("message", (message) => resolve(message as T));
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before answering`)));
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    process: child,
    ready,
    stop: async () => {
      // A child that already said its last word may be gone: a failed send is no error here.
      if (child.connected) child.send("stop", () => undefined);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
