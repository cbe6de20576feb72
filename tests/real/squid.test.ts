import { afterEach, describe, expect, it } from "vitest";
import { commands, expectClosed, expectOpen, probe, snippet, summary } from "./guide";
import { found, record, verdicts } from "./results";
import { replaceLines } from "./servers/edit";
import type { ConfigInstance } from "./servers/instance";
import { startSquid } from "./servers/squid";

let instance: ConfigInstance | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

describe("Squid (guide: content/en/fixes/squid.mdx)", () => {
  it("http_access allow all: vulnerable, then secure after the guide", async () => {
    const t0 = Date.now();
    instance = await startSquid("open");
    const before = await probe(instance.target, instance.ports);
    expectOpen(before, "squid", "squid");
    instance.write(replaceLines(instance.read(), /^\s*http_access\s+allow\s+all\s*$/, snippet("squid", "squid-allow-localnet")));
    for (const c of commands("squid", "squid-reload")) instance.run(c);
    await new Promise((r) => setTimeout(r, 1_000)); // reconfigure is asynchronous
    const after = await probe(instance.target, instance.ports);
    record({ name: "squid allow all", before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
    expectClosed(after, "squid");
  });

  it("Debian's default squid.conf: not vulnerable", async () => {
    const t0 = Date.now();
    instance = await startSquid("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "squid debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).not.toBe("vulnerable");
  });
});
