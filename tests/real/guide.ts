// Reads the change to apply straight from the English fix guide: the guides are the single
// source, the suite never keeps its own copy of a snippet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fencedBlock } from "@/content/fenced-blocks";
import { runSelfTest, startCanary, type Canary, type CheckKind, type SelfTestReport } from "@/lib/probe";

export function guideFile(slug: string): string {
  return path.join(process.cwd(), "content", "en", "fixes", `${slug}.mdx`);
}

/** The code of the fenced block `id` in the English guide `slug`. */
export function snippet(slug: string, id: string): string {
  return fencedBlock(readFileSync(guideFile(slug), "utf8"), id, `content/en/fixes/${slug}.mdx`).code;
}

/** The non-empty lines of a command block (each is run on its own). */
export function commands(slug: string, id: string): string[] {
  return snippet(slug, id)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

let canary: Canary | null = null;

export async function sharedCanary(): Promise<Canary> {
  canary ??= await startCanary({ host: "127.0.0.1", port: 0 });
  return canary;
}

export async function closeCanary(): Promise<void> {
  await canary?.close();
  canary = null;
}

/** The engine against one target, limited to the kinds and ports of the case. */
export async function probe(target: string, ports: Partial<Record<CheckKind, number[]>>): Promise<SelfTestReport> {
  return runSelfTest(target, {
    allowPrivate: true,
    only: Object.keys(ports) as CheckKind[],
    ports,
    connectTimeoutMs: 2_000,
    idleTimeoutMs: 5_000,
    totalTimeoutMs: 20_000,
    canary: await sharedCanary(),
  });
}

/** One line per check, for failure messages and the figures printed at the end. */
export function summary(report: SelfTestReport): string {
  return report.checks
    .map((c) => `${c.kind}:${c.port} ${c.verdict} (${c.reason}) software=${c.software ?? "-"} fix=${c.fix ?? "-"}`)
    .join("; ");
}

/**
 * Every check found the hole; the product showed itself in at least one of them and those name
 * its guide. A check where the product stays silent (a bare "200 Connection established")
 * falls back to the generic guide of its kind, which the engine decides, not us.
 */
export function expectOpen(report: SelfTestReport, product: string, slug: string): void {
  const text = summary(report);
  for (const c of report.checks) {
    if (c.verdict !== "vulnerable") throw new Error(`expected every check vulnerable: ${text}`);
    if (c.software === product && c.fix !== slug) throw new Error(`${product} detected but fix is ${c.fix}: ${text}`);
  }
  if (!report.checks.some((c) => c.software === product)) throw new Error(`${product} not detected: ${text}`);
}

/** Each check must now be one of `allowed`; the message names the guide that failed. */
export function expectClosed(report: SelfTestReport, slug: string, allowed: string[] = ["secure"]): void {
  for (const c of report.checks) {
    if (!allowed.includes(c.verdict)) {
      throw new Error(`guide content/en/fixes/${slug}.mdx did not close the hole: ${summary(report)}`);
    }
  }
}
