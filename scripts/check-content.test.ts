import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run build` runs this script first: a placeholder configuration must stop the build.
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    env: { ...process.env, ALLOW_PLACEHOLDER_CONFIG: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

const real = {
  SITE_URL: "https://secure-your-server.eu",
  OPERATOR_NAME: "CERT-RO",
  PRESS_CONTACT_EMAIL: "press@secure-your-server.eu",
  CONTACT_EMAIL: "contact@secure-your-server.eu",
  ACCESSIBILITY_CONTACT_EMAIL: "a11y@secure-your-server.eu",
};

describe("the build's configuration check", () => {
  it("stops on a placeholder SITE_URL, naming it, without a stack trace", () => {
    const result = run({ ...real, SITE_URL: "http://localhost:3000" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Placeholder configuration, the build stopped:\n  SITE_URL is http:\/\/localhost:3000/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("stops on an address that is not one", () => {
    const result = run({ ...real, CONTACT_EMAIL: "nobody" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/CONTACT_EMAIL: must be an e-mail address/);
  });

  it("goes on with a real configuration, or with the explicit opt-out", () => {
    expect(run(real).stderr).not.toMatch(/Placeholder configuration/);
    expect(run({ ALLOW_PLACEHOLDER_CONFIG: "true" }).stderr).not.toMatch(/Placeholder configuration/);
  });
}, 120_000);
