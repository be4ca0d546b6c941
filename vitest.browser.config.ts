import { defineConfig } from "vitest/config";

/** The browser test of the web console (test/browser): its own run, it needs chromium (.ci/run's browser stage). */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
