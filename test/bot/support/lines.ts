// Reading a child process's output line by line, waiting (boundedly) for a given line.
import type { ChildProcess } from "node:child_process";

/** Collects a child's stdout and stderr, and waits for lines. */
export class ChildOutput {
  stdout = "";
  stderr = "";
  private readonly waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (chunk: Buffer) => {
      this.stdout += chunk.toString();
      for (const wake of this.waiters.splice(0)) wake();
    });
    child.stderr?.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Resolves with the first stdout line matching `pattern`; rejects after `timeoutMs` with the output so far. */
  async line(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.stdout.split("\n").find((line) => pattern.test(line));
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no line matching ${pattern} within ${timeoutMs} ms; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves with how the child ended; kills it (and says so) after `timeoutMs`. */
  exit(timeoutMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode, killed: false });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        killed = true;
        child.kill("SIGKILL");
      }, timeoutMs);
      let killed = false;
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, killed });
      });
    });
  }
}
