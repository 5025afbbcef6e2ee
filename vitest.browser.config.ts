import { defineConfig } from "vitest/config";

// `npm run test:browser`: Node-side tests that drive Debian's Chromium through playwright-core,
// against the built package (run `npm run build` first). The main config excludes test/browser/.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
    // CI also writes a JSON report; .ci/run adds its totals to the main suite's.
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".tmp/vitest-browser-report.json" }]] : ["default"],
  },
});
