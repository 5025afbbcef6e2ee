import { defineConfig } from "vitest/config";

// `npm run test:runtimes`: the packed package, installed into a temporary project, run by every
// runtime we support (their binaries come from test/runtimes/package.json, installed by the script).
// The main config excludes test/runtimes/.
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/runtimes/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // One runtime at a time on a shared 2-core machine.
    fileParallelism: false,
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".tmp/vitest-runtimes-report.json" }]] : ["default"],
  },
});
