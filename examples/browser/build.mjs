#!/usr/bin/env node
// Bundles the browser example the way an app's bundler consumes osmium-chat: `import "osmium-chat"`
// resolves through the package's exports map to its built ESM (run `npm run build` first), for
// platform "browser", where isomorphic-ws's browser build hands over the native WebSocket.
//
//   node examples/browser/build.mjs [--outdir dir]          build (default examples/browser/dist)
//   node examples/browser/build.mjs --serve [--port 5173] [--server ws://127.0.0.1:8080]
//                                                           build and serve on 127.0.0.1
//
// Then open the address it prints, with `npx osmium-chat serve` running: the page connects to
// `--server` (default: where `osmium-chat serve` listens without options), and the address printed
// is the port the page is really served on (`--port 0` picks a free one).
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

/** Where `osmium-chat serve` listens when given no options (src/cli/args.ts). */
const SERVE_DEFAULT_URL = "ws://127.0.0.1:8080";

function serve(root, port, serverUrl) {
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
  server.listen(port, "127.0.0.1", () => {
    const address = server.address();
    const url = `http://127.0.0.1:${address.port}/?server=${serverUrl}`;
    console.log(`example on ${url} (the page connects to ${serverUrl}: start it with npx osmium-chat serve${serverUrl === SERVE_DEFAULT_URL ? "" : " --port <port>"})`);
  });
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
  if (args.includes("--serve")) serve(outdir, Number(option("--port", "5173")), option("--server", SERVE_DEFAULT_URL));
}
