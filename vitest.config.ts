import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One migrated, seeded template database per run; each file's app gets a copy
    // of it (test/global-setup.ts, test/helpers.ts startApp). NOVASIM_TEST_TEMPLATE=0: none.
    globalSetup: ["test/global-setup.ts"],
    // Each file builds its own app on its own database.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
