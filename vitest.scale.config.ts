import { defineConfig } from "vitest/config";

// npm run test:scale (tests/scale): one file, its cases in order (each builds on the one before),
// against the production build (npm run build first).
export default defineConfig({
  test: {
    include: ["tests/scale/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
