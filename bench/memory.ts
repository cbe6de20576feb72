// Report memory under hostile peers: 20 000 visitors each leave a worst-case report (every
// transcript filled to the engine's caps, ~570 KiB of JSON), a quarter of them two, under the
// configured SELFTEST_MEMORY_MAX_MB. Goal: peak RSS grows by at most the cap + 100 MB.
//
// What the memory keeps is one block of the cap's size (report-memory.ts). The rest of the
// growth is V8 reacting to the loop itself: a server keeps a few reports per second at most
// (SELFTEST_MAX_CONCURRENT tests of up to 20 s), this loop keeps hundreds. So the measured run
// gives the collector the pause real traffic leaves it every 50 reports and pins V8's young
// generation at 16 MB semi-spaces (by default it is sized from the machine's memory: 64 MB
// semi-spaces on a 24 GB machine, 128 MB of RSS whatever the memory holds). RSS is sampled after
// every report, garbage included. A second, shorter run with V8's defaults and no pauses prints
// the raw figure, for information. Each run is a child process of its own (--expose-gc), so the
// other benchmarks' heaps do not count. Run alone with `npx tsx bench/memory.ts`.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseSelfTestConfig } from "../lib/selftest/config";
import { createReportMemory } from "../lib/selftest/report-memory";
import { worstCaseReport } from "../lib/selftest/worst-case-report";

const VISITORS = 20_000;
const STORM_VISITORS = 5_000;
const PAUSE_EVERY = 50;
const HEADROOM_MB = 100;
const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function measure(storm: boolean): boolean {
  const parsed = parseSelfTestConfig(process.env);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const capMb = parsed.config.memoryMaxMb;
  // A few distinct reports, IPv4 and IPv6: redaction and capping run in full on every visit.
  const templates = Array.from({ length: 16 }, (_, i) =>
    worstCaseReport(i % 4 === 3 ? `2a00:1450:4001:${i.toString(16)}::200e` : `93.184.${i}.34`, i),
  );
  const gc = (globalThis as { gc?: () => void }).gc;
  const visitors = storm ? STORM_VISITORS : VISITORS;
  gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;

  const memory = createReportMemory({ ttlMs: 3_600_000, maxBytes: capMb * MB });
  const t0 = performance.now();
  let remembered = 0;
  for (let i = 0; i < visitors; i++) {
    const key = `visitor-${i}`;
    for (let n = i % 4 === 0 ? 2 : 1; n > 0; n--) {
      memory.remember(key, templates[(i + n) % templates.length]!);
      remembered++;
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    if (!storm && i % PAUSE_EVERY === PAUSE_EVERY - 1) gc?.();
  }
  const elapsed = performance.now() - t0;

  const growth = peak - baseline;
  const held = memory.bytes() <= capMb * MB;
  const ok = held && growth <= (capMb + HEADROOM_MB) * MB;
  const label = storm ? "report memory, storm (information)" : "report memory";
  console.log(
    `${label}: ${visitors} visitors, ${remembered} worst-case reports ` +
      `(${(Buffer.byteLength(JSON.stringify(templates[0])) / 1024).toFixed(0)} KiB each as the engine wrote it), ` +
      `${(elapsed / remembered).toFixed(2)} ms per report kept${storm ? ", V8 defaults, no pauses" : `, a pause every ${PAUSE_EVERY}, 16 MB semi-spaces`}`,
  );
  console.log(
    `${label}: cap ${capMb} MB (SELFTEST_MEMORY_MAX_MB), held ${mb(memory.bytes())} in ${memory.size()} entries; ` +
      `RSS baseline ${mb(baseline)}, peak ${mb(peak)}, growth ${mb(growth)}` +
      (storm
        ? ` ${held ? "(held within the cap)" : "HELD MORE THAN THE CAP"}`
        : ` (goal <= cap + ${HEADROOM_MB} MB = ${capMb + HEADROOM_MB} MB${gc ? "" : "; no --expose-gc"}) ${ok ? "PASS" : "FAIL"}`),
  );
  return storm ? held : ok;
}

function child(v8Flags: string[], args: string[]): Promise<boolean> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...v8Flags, "--expose-gc", "--import", "tsx", self, ...args], { stdio: "inherit" });
    proc.once("error", reject);
    proc.once("exit", (code) => resolve(code === 0));
  });
}

/** Runs the measurements in fresh processes; true when the goal is met. */
export async function benchMemory(): Promise<boolean> {
  const ok = await child(["--max-semi-space-size=16"], ["--measure"]);
  const stormHeld = await child([], ["--measure", "--storm"]);
  return ok && stormHeld;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const run = process.argv.includes("--measure")
    ? Promise.resolve(measure(process.argv.includes("--storm")))
    : benchMemory();
  run.then(
    (ok) => process.exit(ok ? 0 : 1),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
