// Apache httpd (two ways out: ProxyRequests Off, or a <Proxy> rule) and Dante SOCKS.
import { afterEach, describe, expect, it } from "vitest";
import { commands, expectClosed, expectOpen, probe, snippet, summary } from "./guide";
import { found, record, verdicts } from "./results";
import { startApache } from "./servers/apache";
import { startDante } from "./servers/dante";
import { insertAfter, replaceLines } from "./servers/edit";
import type { ConfigInstance } from "./servers/instance";

let instance: ConfigInstance | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

const FIXES = [
  { id: "apache-proxy-off", apply: (c: string, s: string) => replaceLines(c, /^ProxyRequests On$/, s) },
  { id: "apache-proxy-restrict", apply: (c: string, s: string) => insertAfter(c, /^ProxyRequests On$/, s) },
];

describe("Apache httpd (guide: content/en/fixes/apache.mdx)", () => {
  for (const { id, apply } of FIXES) {
    it(`ProxyRequests On without access control: vulnerable, then closed by ${id}`, async () => {
      const t0 = Date.now();
      instance = await startApache("open");
      const before = await probe(instance.target, instance.ports);
      expectOpen(before, "apache", "apache");
      instance.write(apply(instance.read(), snippet("apache", id)));
      for (const c of commands("apache", "apache-reload")) instance.run(c);
      await new Promise((r) => setTimeout(r, 1_500)); // graceful restart finishes in the background
      const after = await probe(instance.target, instance.ports);
      record({ name: `apache open proxy → ${id}`, before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
      expectClosed(after, "apache", ["secure", "no-service"]);
    });
  }

  it("Debian's default configuration: not vulnerable", async () => {
    const t0 = Date.now();
    instance = await startApache("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "apache debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).not.toBe("vulnerable");
  });
});

describe("Dante (guide: content/en/fixes/dante.mdx)", () => {
  it("SOCKS without authentication for everyone: vulnerable, then closed by the guide", async () => {
    const t0 = Date.now();
    const dante = await startDante("open");
    instance = dante;
    const before = await probe(dante.target, dante.ports);
    for (const c of before.checks) expect(c.verdict, summary(before)).toBe("vulnerable");
    expect(before.checks.every((c) => c.fix === "dante" || c.fix === "generic-socks"), summary(before)).toBe(true);
    let text = dante.read().replace(/^(client|socks) pass \{\n[^}]*\}\n?/gm, "");
    text = replaceLines(text, /^socksmethod:/, snippet("dante", "dante-auth"));
    dante.write(`${text}\n${snippet("dante", "dante-rules")}`);
    for (const c of commands("dante", "dante-restart")) dante.run(c);
    await dante.settled?.();
    const after = await probe(dante.target, dante.ports);
    record({ name: "dante socks5 no auth", before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
    expectClosed(after, "dante", ["secure", "no-service"]);
  });

  it("Debian's default danted.conf: not vulnerable", async () => {
    const t0 = Date.now();
    instance = await startDante("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "dante debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).not.toBe("vulnerable");
  });
});
