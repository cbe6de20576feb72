import { afterEach, describe, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { expectClosed, expectOpen, probe, snippet } from "./guide";
import { found, record, verdicts } from "./results";
import { replaceLines } from "./servers/edit";
import { EXIM_ROOT, startExim, type EximSetup } from "./servers/exim";
import type { ConfigInstance } from "./servers/instance";

let instance: ConfigInstance | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

/** The guide's step 3, as a reader does it: both list lines, then the whole RCPT ACL body. */
function applyGuide(config: string): string {
  const lists = replaceLines(config, /^(domainlist relay_to_domains|hostlist\s+relay_from_hosts)\b/, snippet("exim", "exim-hostlists"));
  return lists.replace(/(^acl_check_rcpt:\n)[\s\S]*?(?=^begin routers$)/m, `$1${snippet("exim", "exim-acl")}\n`);
}

const CASES: { setup: EximSetup; what: string }[] = [
  { setup: "open-hosts", what: "relay_from_hosts = 0.0.0.0/0" },
  { setup: "open-domains", what: "relay_to_domains = *" },
  { setup: "open-acl", what: "unconditional accept at the top of acl_check_rcpt" },
];

describe.skipIf(!existsSync(path.join(EXIM_ROOT, "usr/sbin/exim4")))("Exim (guide: content/en/fixes/exim.mdx)", () => {
  for (const { setup, what } of CASES) {
    it(`${what}: vulnerable, then secure after the guide`, async () => {
      const t0 = Date.now();
      instance = await startExim(setup);
      const before = await probe(instance.target, instance.ports);
      expectOpen(before, "exim", "exim");
      instance.write(applyGuide(instance.read()));
      instance.run("systemctl reload exim4");
      await new Promise((r) => setTimeout(r, 1_000)); // the daemon re-executes itself
      const after = await probe(instance.target, instance.ports);
      record({ name: `exim ${setup}`, before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
      expectClosed(after, "exim");
    });
  }
});
