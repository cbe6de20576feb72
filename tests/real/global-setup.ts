import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CaseFigures } from "./results";

export default function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), "real-results-"));
  const file = path.join(dir, "results.jsonl");
  process.env.REAL_RESULTS_FILE = file;
  const t0 = Date.now();
  return () => {
    let rows: CaseFigures[] = [];
    try {
      rows = readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as CaseFigures);
    } catch {
      // no case recorded
    }
    console.log("\nReal-software cases:");
    for (const r of rows) {
      console.log(`- ${r.name} [${(r.ms / 1000).toFixed(1)} s] software=${r.detected} fix=${r.fix}\n    before: ${r.before}\n    after:  ${r.after}`);
    }
    console.log(`Total: ${rows.length} cases, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
