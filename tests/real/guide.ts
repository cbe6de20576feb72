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
