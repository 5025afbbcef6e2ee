import { defineConfig } from "tsup";

// ESM + CJS + .d.ts for the entry points (the exports map points at these files), and the CLI.
// No source maps: with their embedded sources they were most of the package, and the shipped
// JavaScript is readable as it is (not minified).
const entry = { index: "src/index.ts", "testing/index": "src/testing/index.ts", "bot/index": "src/bot/index.ts", proto: "src/proto.ts", rpc: "src/rpc.ts", updates: "src/updates.ts" };
const shared = { dts: { entry }, sourcemap: false, target: "es2022", splitting: true, treeshake: true } as const;

export default defineConfig([
  // The `osmium-chat` command (Node only; a shebang) is one more entry of the ESM build: it shares
  // its chunks with the entry points, so the package holds one copy of the server and the client.
  { ...shared, entry: { ...entry, cli: "src/cli/main.ts" }, format: ["esm"] },
  { ...shared, entry, format: ["cjs"] },
]);
