// Bundles browser-side test entries the way an app's bundler would: "osmium-chat" resolves through
// the package's exports map to the built ESM in dist/ (so `npm run build` must have run).
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { nodeOnlyModules } from "../../../scripts/node-only.mjs";

const here = new URL(".", import.meta.url).pathname;

/** A directory of bundled pages; `remove()` deletes it. */
export interface BundleDir {
  readonly dir: string;
  remove(): Promise<void>;
}

/**
 * Bundles each `entries` file (paths relative to test/browser/) into `<name>.js` for platform
 * "browser", copies `pages` beside them, and fails if `ws` or a Node built-in got in.
 */
export async function bundleForBrowser(entries: string[], pages: string[]): Promise<BundleDir> {
  const dir = await mkdtemp(join(tmpdir(), "osmium-browser-"));
  const result = await build({
    entryPoints: entries.map((entry) => join(here, "..", entry)),
    outdir: dir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    sourcemap: "inline",
    metafile: true,
    // Not the repository's tsconfig, whose `paths` send "osmium-chat" to src/.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    logLevel: "warning",
  });
  const leaked = nodeOnlyModules(result.metafile);
  if (leaked.length > 0) throw new Error(`Node-only modules entered a browser bundle: ${leaked.join(", ")}`);
  for (const page of pages) await copyFile(join(here, "..", page), join(dir, basename(page)));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
