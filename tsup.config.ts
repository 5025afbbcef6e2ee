import { defineConfig } from "tsup";

// ESM + CJS + .d.ts for both entry points; the package's exports map points at these files.
export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
});
