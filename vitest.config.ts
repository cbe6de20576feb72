import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["{lib,i18n,content,scripts,tests}/**/*.test.ts"],
    exclude: ["tests/real/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    globalSetup: ["tests/support/postgres.ts"],
  },
});
