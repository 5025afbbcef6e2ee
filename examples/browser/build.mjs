#!/usr/bin/env node
// Bundles the browser example the way an app's bundler consumes osmium-chat: `import "osmium-chat"`
// resolves through the package's exports map to its built ESM (run `npm run build` first), for
// platform "browser", where isomorphic-ws's browser build hands over the native WebSocket.
//
//   node examples/browser/build.mjs [--outdir dir]          build (default examples/browser/dist)
//   node examples/browser/build.mjs --serve [--port 5173]   build and serve on 127.0.0.1
//
// Then open http://127.0.0.1:5173/?server=ws://127.0.0.1:8080 with `npx osmium-chat serve` running.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { nodeOnlyModules } from "../../scripts/node-only.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the example into `outdir`; throws if anything Node-only entered the bundle. Returns esbuild's metafile. */
export async function buildExample({ outdir = join(here, "dist"), minify = false } = {}) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, "main.ts")],
    outfile: join(outdir, "main.js"),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    minify,
    sourcemap: true,
    metafile: true,
    // The example's tsconfig, not the repository's (whose `paths` point "osmium-chat" at src/).
    tsconfig: join(here, "tsconfig.json"),
    logLevel: "warning",
  });
  const leaked = nodeOnlyModules(result.metafile);
  if (leaked.length > 0) throw new Error(`Node-only modules entered the browser bundle: ${leaked.join(", ")}`);
  for (const file of ["index.html", "style.css"]) copyFileSync(join(here, file), join(outdir, file));
  return result.metafile;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".map": "application/json" };

function serve(root, port) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = resolve(root, `.${path === "/" ? "/index.html" : path}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error("outside the root");
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  server.listen(port, "127.0.0.1", () => console.log(`example on http://127.0.0.1:${port}/?server=ws://127.0.0.1:8080`));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args[at + 1];
  };
  const outdir = resolve(option("--outdir", join(here, "dist")));
  await buildExample({ outdir });
  console.log(`built ${outdir}`);
  if (args.includes("--serve")) serve(outdir, Number(option("--port", "5173")));
}
