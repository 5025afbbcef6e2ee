import { defineConfig } from "vitest/config";

// `npm run test:browser`: Node-side tests that drive Chromium (playwright-core) against the built
// package (run `npm run build` first). Kept out of the main suite (`*.browser.ts`, not `*.test.ts`).
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
