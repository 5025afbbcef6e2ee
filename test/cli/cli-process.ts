// Runs the built `osmium-chat` bin as a user does: a child process, its output read as text.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const cli = new URL("../../dist/cli.js", import.meta.url).pathname;

/** A finished run. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a run: the parent's, without any OSMIUM_* it may carry, plus `env`. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("OSMIUM_")));
  return { ...clean, ...env };
}

/** Spawns `osmium-chat ...args`; standard input is `input` when given, else empty. */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}, input?: string): ChildProcess {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does)");
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["pipe", "pipe", "pipe"], env: environment(env) });
  child.stdin?.end(input ?? "");
  return child;
}

/** Runs `osmium-chat ...args` to its end. */
export function runCli(args: readonly string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  const child = spawnCli(args, env, input);
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Collects a running child's output, and waits for it to show something. */
export class Output {
  stdout = "";
  stderr = "";
  private readonly waiters = new Set<() => void>();

  constructor(readonly child: ChildProcess) {
    child.stdout?.on("data", (chunk: Buffer) => this.add("stdout", chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => this.add("stderr", chunk.toString()));
  }

  private add(stream: "stdout" | "stderr", text: string): void {
    this[stream] += text;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves once `stream` matches `pattern`; rejects if the child exits first or nothing comes within 15 s. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this[stream]);
        if (match === null) return;
        done();
        resolve(match);
      };
      const exited = (code: number | null) => {
        done();
        reject(new Error(`exited with ${code} before ${stream} matched ${pattern}:\n${this.stdout}\n${this.stderr}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${stream} did not match ${pattern} within 15 s:\n${this.stdout}\n${this.stderr}`));
      }, 15_000);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        this.child.off("exit", exited);
      };
      this.waiters.add(check);
      this.child.once("exit", exited);
      check();
    });
  }

  /** Resolves with the exit status once the child exited and its streams closed. */
  exited(): Promise<number | null> {
    if (this.child.exitCode !== null && this.child.stdout?.readableEnded !== false) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once("close", (code) => resolve(code)));
  }
}
