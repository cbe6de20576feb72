import { afterEach, describe, expect, it } from "vitest";
import { commands, probe, summary } from "./guide";
import { sh } from "./processes";
import { found, record, verdicts } from "./results";
import { startPostfix, type PostfixSetup } from "./servers/postfix";
import type { Instance } from "./servers/instance";

let instance: (Instance & { env: Record<string, string> }) | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

/** Runs a command block of the Postfix guide verbatim against this instance (MAIL_CONFIG). */
function runGuide(id: string, env: Record<string, string>) {
  for (const c of commands("postfix", id)) sh(c, env);
}

const OPEN: { setup: PostfixSetup; fixes: string[]; what: string }[] = [
  { setup: "open-mynetworks", fixes: ["postfix-main"], what: "mynetworks = 0.0.0.0/0" },
  { setup: "open-restrictions", fixes: ["postfix-main"], what: "client access map that says OK to everyone" },
  { setup: "open-submission", fixes: ["postfix-main", "postfix-submission"], what: "submission on 587 relays without login" },
];

describe("Postfix (guide: content/en/fixes/postfix.mdx)", () => {
  for (const { setup, fixes, what } of OPEN) {
    it(`${what}: vulnerable, then secure after the guide`, async () => {
      const t0 = Date.now();
      instance = await startPostfix(setup);
      const before = await probe(instance.target, instance.ports);
      const open = before.checks.filter((c) => c.verdict === "vulnerable");
      expect(open.length, summary(before)).toBeGreaterThan(0);
      if (setup === "open-submission") expect(open.map((c) => c.port), summary(before)).toContain(587);
      for (const c of open) {
        expect(c.software, summary(before)).toBe("postfix");
        expect(c.fix, summary(before)).toBe("postfix");
      }
      for (const id of fixes) runGuide(id, instance.env);
      runGuide("postfix-reload", instance.env);
      // Idle smtpd processes finish their current wait before the new settings apply.
      await new Promise((r) => setTimeout(r, 2_000));
      const after = await probe(instance.target, instance.ports);
      record({ name: `postfix ${setup}`, before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
      for (const c of after.checks) {
        expect(c.verdict, `guide postfix (${fixes.join(", ")}) did not close the relay: ${summary(after)}`).toBe("secure");
      }
    });
  }

  // Debian's default answers relay attempts with "454 4.7.1 Relay access denied"
  // (defer_unauth_destination): a refusal, so secure rather than inconclusive.
  it("Debian's default main.cf: secure", async () => {
    const t0 = Date.now();
    instance = await startPostfix("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "postfix debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).toBe("secure");
  });
});
