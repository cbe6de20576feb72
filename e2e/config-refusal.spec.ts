// Issue 16 item 9: the production server refuses placeholder configuration with a message that
// names the variable and what to set (no stack trace), and starts with the explicit opt-out.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startOwnServer } from "./support/own-server";

const port = Number(process.env.E2E_PORT ?? 3100) + 20;
test.describe.configure({ timeout: 120_000 });

// A configuration that would be accepted: real-looking public addresses everywhere.
const real = {
  SITE_URL: "https://secure-your-server.eu",
  OPERATOR_NAME: "E2E Test Operator",
  PRESS_CONTACT_EMAIL: "press@secure-your-server.eu",
  CONTACT_EMAIL: "contact@secure-your-server.eu",
  ACCESSIBILITY_CONTACT_EMAIL: "a11y@secure-your-server.eu",
  SELFTEST_DISABLED: "true", // no canary: this server only has to start, or refuse
};

/** Runs `npm start` as production would; resolves with its exit code and what it printed. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next", HOSTNAME: "127.0.0.1", PORT: String(port), ALLOW_PLACEHOLDER_CONFIG: "", ...env },
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGTERM"), 60_000); // it started: a failure
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const cases: [string, Record<string, string>, RegExp][] = [
  ["a localhost SITE_URL", { SITE_URL: "http://localhost:3000" }, /SITE_URL is http:\/\/localhost:3000, a local or example address: set it to the public address/],
  ["a 127.x SITE_URL", { SITE_URL: `http://127.0.0.1:${port}` }, /SITE_URL is http:\/\/127\.0\.0\.1:\d+, a local or example address/],
  ["an .example SITE_URL", { SITE_URL: "https://secure.example" }, /SITE_URL is https:\/\/secure\.example, a local or example address/],
  ["the default press address", { PRESS_CONTACT_EMAIL: "" }, /PRESS_CONTACT_EMAIL is not set: set it to the address journalists write to/],
  ["an example press address", { PRESS_CONTACT_EMAIL: "press@example.org" }, /PRESS_CONTACT_EMAIL is press@example\.org, an example address/],
  ["an example contact address", { CONTACT_EMAIL: "contact@site.test" }, /CONTACT_EMAIL is contact@site\.test, an example address: set it to the address visitors write to/],
  ["an example accessibility address", { ACCESSIBILITY_CONTACT_EMAIL: "a11y@example.com" }, /ACCESSIBILITY_CONTACT_EMAIL is a11y@example\.com, an example address/],
  ["no operator", { OPERATOR_NAME: "" }, /OPERATOR_NAME is not set: set it to the name of the person or organisation that runs this site/],
];

for (const [what, env, expected] of cases) {
  test(`npm start refuses ${what}, naming the variable`, async () => {
    const { code, stderr } = await start({ ...real, ...env });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^Placeholder configuration, the server stopped:$/m);
    expect(stderr).toMatch(expected);
    expect(stderr).toContain("set ALLOW_PLACEHOLDER_CONFIG=true");
    expect(stderr, "no stack trace").not.toMatch(/^\s+at /m);
  });
}

test("ALLOW_PLACEHOLDER_CONFIG=true lets a local copy start", async ({ request }) => {
  const server = await startOwnServer(port + 1, { ALLOW_PLACEHOLDER_CONFIG: "true", OPERATOR_NAME: "", CONTACT_EMAIL: "", PRESS_CONTACT_EMAIL: "" });
  try {
    const contact = await request.get(`${server.url}/en/contact`);
    expect(contact.status()).toBe(200);
    expect(await contact.text()).toContain("contact@secure-your-server.example");
  } finally {
    await server.stop();
  }
});

test("a real configuration starts without the opt-out, and shows its operator", async ({ request }) => {
  const server = await startOwnServer(port + 2, { ...real, ALLOW_PLACEHOLDER_CONFIG: "" });
  try {
    const contact = await request.get(`${server.url}/ro/contact`);
    expect(contact.status()).toBe(200);
    const html = await contact.text();
    for (const value of [real.OPERATOR_NAME, real.CONTACT_EMAIL, real.ACCESSIBILITY_CONTACT_EMAIL, real.PRESS_CONTACT_EMAIL]) expect(html).toContain(value);
  } finally {
    await server.stop();
  }
});
