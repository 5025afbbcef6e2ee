import { defineConfig } from "tsup";

// ESM + CJS + .d.ts for both entry points (the exports map points at these files), and the CLI.
export default defineConfig([
  {
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "bot/index": "src/bot/index.ts", proto: "src/proto.ts", rpc: "src/rpc.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    splitting: true,
    treeshake: true,
  },
  // The `osmium-chat` command (Node only; ESM with a shebang).
  { entry: { cli: "src/cli/main.ts" }, format: ["esm"], target: "node18", platform: "node", sourcemap: true },
]);
