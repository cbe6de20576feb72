import { afterEach, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { commands, expectClosed, expectOpen, probe, snippet, summary } from "./guide";
import { found, record, verdicts } from "./results";
import { replaceLines } from "./servers/edit";
import { SENDMAIL_ROOT, startSendmail, type SendmailInstance, type SendmailSetup } from "./servers/sendmail";

let instance: SendmailInstance | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

/** Steps 2 and 3 of the guide, as a reader does them, then step 4's commands. */
async function applyGuide(sendmail: SendmailInstance): Promise<void> {
  // 2: delete the promiscuous_relay line shown in the guide.
  const promiscuous = snippet("sendmail", "sendmail-promiscuous").trim();
  let mc = sendmail
    .read()
    .split("\n")
    .filter((l) => l.trim() !== promiscuous)
    .join("\n");
  // 3: "make sure sendmail.mc uses the access database": the guide's line in place of the one
  // there (Debian ships its own form of it).
  mc = replaceLines(mc, /^FEATURE\(`access_db'/, snippet("sendmail", "sendmail-access-db"));
  sendmail.write(mc);
  // 3: RELAY only for the local machine and the own network: the guide's lines in place of
  // every RELAY line of the access map.
  sendmail.access.write(replaceLines(sendmail.access.read(), /^[^#]\S*\s+RELAY\s*$/, snippet("sendmail", "sendmail-access")));
  // 4: rebuild and reload.
  for (const c of commands("sendmail", "sendmail-rebuild")) sendmail.run(c);
  await sendmail.settled?.();
}

const CASES: { setup: SendmailSetup; what: string }[] = [
  { setup: "promiscuous", what: "FEATURE(`promiscuous_relay')" },
  { setup: "wide-access", what: "access map RELAY for a far too wide network" },
];

describe.skipIf(!existsSync(path.join(SENDMAIL_ROOT, "usr/libexec/sendmail/sendmail")))("Sendmail (guide: content/en/fixes/sendmail.mdx)", () => {
  for (const { setup, what } of CASES) {
    it(`${what}: vulnerable, then secure after the guide`, async () => {
      const t0 = Date.now();
      instance = await startSendmail(setup);
      const before = await probe(instance.target, instance.ports);
      expectOpen(before, "sendmail", "sendmail");
      await applyGuide(instance);
      const after = await probe(instance.target, instance.ports);
      record({ name: `sendmail ${setup}`, before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
      expectClosed(after, "sendmail");
    });
  }

  // Debian's default refuses strangers with "550 5.7.1 … Relaying denied": secure.
  it("Debian's default sendmail.mc and access map: secure", async () => {
    const t0 = Date.now();
    instance = await startSendmail("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "sendmail debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).toBe("secure");
  });
});
