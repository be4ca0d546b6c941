import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file builds its own app on its own fresh database.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
