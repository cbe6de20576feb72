import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Real Debian server software (tests/real/README.md): one file at a time, since the cases bind
// standard ports on their own loopback addresses and share one canary.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/real/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/real/global-setup.ts"],
    setupFiles: ["tests/real/safety-net.ts"],
  },
});
