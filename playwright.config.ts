import { defineConfig } from "@playwright/test";

// One production build (NEXT_DIST_DIR, default .next) served by `npm start` on E2E_PORT.
// The default server is a lab deployment: a trusted local proxy (127.0.0.1) may name the
// visitor in X-Forwarded-For and private targets are allowed, so tests can aim at loopback peers.
const port = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Each server keeps its saved reports in a SQLite store of its own, emptied at every start.
const start = (p: number) => `rm -rf test-results/e2e-data/${p} && npm start`;
const dataDir = (p: number) => `test-results/e2e-data/${p}`;

const serverEnv = {
  NODE_ENV: "production",
  NEXT_DIST_DIR: distDir,
  HOSTNAME: "127.0.0.1",
  SITE_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // Test servers run on loopback with example addresses: explicitly allowed (lib/placeholder-config.ts).
  ALLOW_PLACEHOLDER_CONFIG: "true",
  OPERATOR_NAME: "E2E Test Operator",
  CONTACT_EMAIL: "contact@e2e-operator.test",
  ACCESSIBILITY_CONTACT_EMAIL: "access@e2e-operator.test",
};

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output folder at every start: one per port lets runs on other
  // ports (E2E_PORT) go on side by side without deleting each other's files.
  outputDir: `test-results/pw-${port}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: start(port),
      url: `http://127.0.0.1:${port}/en`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        ...serverEnv,
        PORT: String(port),
        DATA_DIR: dataDir(port),
        TRUSTED_PROXIES: "127.0.0.1/32",
        SELFTEST_ALLOW_PRIVATE: "true",
        SELFTEST_COOLDOWN_SECONDS: "60",
        // e2e visitors are 127.0.4.x, one /24: each test stands for a visitor of its own network
        SELFTEST_MAX_PER_NETWORK: "8",
      },
    },
    // Self-test lab (e2e/self-test*.spec.ts): as the default server, plus a port plan that
    // matches the loopback peers (e2e/support/peers.ts) and a short cooldown.
    {
      command: start(port + 1),
      url: `http://127.0.0.1:${port + 1}/en`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        ...serverEnv,
        PORT: String(port + 1),
        DATA_DIR: dataDir(port + 1),
        SITE_URL: `http://127.0.0.1:${port + 1}`,
        TRUSTED_PROXIES: "127.0.0.1/32",
        SELFTEST_ALLOW_PRIVATE: "true",
        SELFTEST_COOLDOWN_SECONDS: "8",
        SELFTEST_MAX_PER_NETWORK: "8",
        SELFTEST_PORTS: "smtp-relay=2525;http-proxy=3128;http-post=3128;http-connect=3128;socks5=1080",
      },
    },
    // Self-test in production configuration: nobody trusted, public targets only.
    {
      command: start(port + 2),
      url: `http://127.0.0.1:${port + 2}/en`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { ...serverEnv, PORT: String(port + 2), DATA_DIR: dataDir(port + 2), SITE_URL: `http://127.0.0.1:${port + 2}` },
    },
  ],
});
