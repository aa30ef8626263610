import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    hookTimeout: 30000,
    // Redis-backed suites use their own key prefixes, so files may run in parallel.
    pool: "forks",
  },
});
