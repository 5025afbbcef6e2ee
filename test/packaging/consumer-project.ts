// A consumer project as a user makes one: `npm pack` of this repository, installed from the tarball
// into a fresh temporary directory (the registry is reachable; a cache left by `npm ci` is used
// where it has what is needed, never required).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export const run = promisify(execFile);
export const repo = new URL("../../", import.meta.url).pathname;
export const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Packs the built package into `dir`; resolves with the tarball's path. */
export async function packInto(dir: string): Promise<string> {
  if (!existsSync(join(repo, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const { stdout } = await run(npm, ["pack", "--json", "--pack-destination", dir], { cwd: repo });
  const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
  return join(dir, filename);
}

/** Installs `specs` (tarball paths or package names) into the project at `dir`, as a user would. */
export async function npmInstall(dir: string, specs: string[]): Promise<void> {
  await run(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", ...specs], { cwd: dir });
}

/** A temporary ESM project with the packed package installed; `remove()` deletes it. */
export async function consumerProject(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    const tarball = await packInto(dir);
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await npmInstall(dir, [tarball]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
