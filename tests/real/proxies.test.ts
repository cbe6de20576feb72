// tinyproxy and nginx: open → vulnerable → the guide's change → closed; default → not open.
import { afterEach, describe, expect, it } from "vitest";
import { commands, expectClosed, expectOpen, probe, snippet, summary } from "./guide";
import { found, record, verdicts } from "./results";
import { insertAfter } from "./servers/edit";
import { startNginx } from "./servers/nginx";
import type { ConfigInstance } from "./servers/instance";
import { startTinyproxy } from "./servers/tinyproxy";

let instance: ConfigInstance | null = null;
afterEach(async () => {
  await instance?.stop();
  instance = null;
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("tinyproxy (guide: content/en/fixes/tinyproxy.mdx)", () => {
  it("no Allow line: vulnerable, then secure after the guide", async () => {
    const t0 = Date.now();
    instance = await startTinyproxy("open");
    const before = await probe(instance.target, instance.ports);
    expectOpen(before, "tinyproxy", "tinyproxy");
    // "Then add these lines": after the Listen line, where the guide's grep shows them.
    instance.write(insertAfter(instance.read(), /^Listen /, snippet("tinyproxy", "tinyproxy-allow")));
    for (const c of commands("tinyproxy", "tinyproxy-reload")) instance.run(c);
    await pause(500);
    const after = await probe(instance.target, instance.ports);
    record({ name: "tinyproxy allow everyone", before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
    expectClosed(after, "tinyproxy");
  });

  it("Debian's default tinyproxy.conf: not vulnerable", async () => {
    const t0 = Date.now();
    instance = await startTinyproxy("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "tinyproxy debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).not.toBe("vulnerable");
  });
});

describe("nginx (guide: content/en/fixes/nginx.mdx)", () => {
  it("open forward proxy: vulnerable, then secure after the guide", async () => {
    const t0 = Date.now();
    instance = await startNginx("open");
    const before = await probe(instance.target, instance.ports);
    const proxied = { ...before, checks: before.checks.filter((c) => c.kind === "http-proxy") };
    expectOpen(proxied, "nginx", "nginx"); // stock nginx has no CONNECT
    // "inside that server block, before the first location"
    instance.write(insertAfter(instance.read(), /resolver /, snippet("nginx", "nginx-allow-localnet")));
    for (const c of commands("nginx", "nginx-reload")) instance.run(c);
    await pause(500);
    const after = await probe(instance.target, instance.ports);
    record({ name: "nginx open forward proxy", before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
    expectClosed(after, "nginx", ["secure", "no-service"]);
    expect(after.checks.find((c) => c.kind === "http-proxy")?.verdict, summary(after)).toBe("secure");
  });

  it("open forward proxy: closed by deleting the server block (step 2)", async () => {
    const t0 = Date.now();
    instance = await startNginx("open");
    const before = await probe(instance.target, instance.ports);
    expectOpen({ ...before, checks: before.checks.filter((c) => c.kind === "http-proxy") }, "nginx", "nginx");
    instance.write(instance.read().replace(/^server \{\n[\s\S]*?^\}\n/m, ""));
    for (const c of commands("nginx", "nginx-reload")) instance.run(c);
    await pause(500);
    const after = await probe(instance.target, instance.ports);
    record({ name: "nginx open forward proxy → block deleted", before: verdicts(before), after: verdicts(after), ...found(before), ms: Date.now() - t0 });
    expectClosed(after, "nginx", ["no-service"]);
  });

  it("Debian's default site: not vulnerable", async () => {
    const t0 = Date.now();
    instance = await startNginx("default");
    const report = await probe(instance.target, instance.ports);
    record({ name: "nginx debian default", before: verdicts(report), after: "-", ...found(report), ms: Date.now() - t0 });
    expect(report.verdict, summary(report)).not.toBe("vulnerable");
  });
});
