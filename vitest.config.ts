import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["{lib,i18n,content,scripts,tests}/**/*.test.ts"],
    // tests/real and tests/scale have their own configs and need root, Debian servers, a build
    exclude: ["tests/real/**", "tests/scale/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    globalSetup: ["tests/support/postgres.ts"],
  },
});
