// Clearly synthetic but plausible test records, for the demo data (npm run seed:demo) and the
// statistics benchmark. Deterministic: the same day and options give the same records.
import type { CheckKind, Verdict } from "../probe";
import type { TestRecord } from "../store/types";

const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough for made-up numbers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of a string, as a seed. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type Weighted<T> = readonly (readonly [T, number])[];
function pick<T>(random: () => number, options: Weighted<T>): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of options) if ((r -= w) < 0) return value;
  return options[options.length - 1]![0];
}

const COUNTRIES: Weighted<string | null> = [
  ["DE", 18], ["US", 16], ["FR", 10], ["GB", 8], ["NL", 7], ["BR", 6], ["IN", 6],
  ["PL", 5], ["IT", 5], ["ES", 5], ["RU", 4], ["CN", 4], ["JP", 3], [null, 3],
];
const VULNERABLE_KINDS: Weighted<CheckKind> = [["smtp-relay", 45], ["http-proxy", 22], ["http-post", 3], ["http-connect", 15], ["socks5", 10], ["socks4", 5]];
const SOFTWARE: Record<CheckKind, Weighted<string | null>> = {
  "smtp-relay": [["postfix", 40], ["exim", 25], ["sendmail", 10], ["exchange", 10], [null, 15]],
  "http-proxy": [["squid", 50], ["tinyproxy", 20], ["apache", 15], ["nginx", 5], [null, 10]],
  "http-post": [["squid", 40], ["apache", 20], [null, 40]],
  "http-connect": [["squid", 50], ["tinyproxy", 25], ["apache", 15], [null, 10]],
  socks4: [["dante", 60], [null, 40]],
  socks5: [["dante", 70], [null, 30]],
};
const PORTS: Record<CheckKind, number> = { "smtp-relay": 25, "http-proxy": 8080, "http-post": 8080, "http-connect": 3128, socks4: 1080, socks5: 1080 };
const KINDS = Object.keys(PORTS) as CheckKind[];

export interface SyntheticDayOptions {
  /** YYYY-MM-DD (UTC) */
  day: string;
  count: number;
  /** share of vulnerable tests, 0..1 */
  vulnerableShare: number;
  demo: boolean;
  /** no record finishes at or after this time (today's demo data stays in the past) */
  until?: Date;
}

export function syntheticDay({ day, count, vulnerableShare, demo, until }: SyntheticDayOptions): TestRecord[] {
  const random = prng(seedOf(`${day}/${demo}`));
  const start = Date.parse(`${day}T00:00:00Z`);
  const span = Math.max(0, Math.min(DAY_MS, (until?.getTime() ?? Infinity) - start));
  const records: TestRecord[] = [];
  for (let i = 0; i < count && span > 0; i++) {
    const retest = random() < 0.12;
    const previousVerdict: Verdict | null = retest ? (random() < 0.6 ? "vulnerable" : "secure") : null;
    const fixed = previousVerdict === "vulnerable" && random() < 0.5;
    const r = random();
    const verdict: Verdict = fixed ? "secure" : r < vulnerableShare ? "vulnerable" : r < vulnerableShare + 0.05 ? "inconclusive" : r < 0.55 ? "secure" : "no-service";

    const outcome = new Map<CheckKind, Verdict>(KINDS.map((k) => [k, "no-service"]));
    if (verdict === "vulnerable") {
      outcome.set(pick(random, VULNERABLE_KINDS), "vulnerable");
      if (random() < 0.15) outcome.set(pick(random, VULNERABLE_KINDS), "vulnerable");
    } else if (verdict === "inconclusive") {
      outcome.set(pick(random, VULNERABLE_KINDS), "inconclusive");
    } else if (verdict === "secure") {
      outcome.set(pick(random, VULNERABLE_KINDS), "secure");
    }
    const checks = KINDS.map((kind) => {
      const v = outcome.get(kind)!;
      return { kind, port: PORTS[kind], verdict: v, software: v === "no-service" ? null : pick(random, SOFTWARE[kind]) };
    });

    records.push({
      finishedAt: new Date(start + Math.floor(random() * span)),
      durationMs: 2_000 + Math.floor(random() * 18_000),
      verdict,
      ipVersion: random() < 0.22 ? 6 : 4,
      previousVerdict,
      country: pick(random, COUNTRIES),
      // a minute to a week, log-uniform: most fixes come within hours
      sincePreviousMs: retest ? Math.round(60_000 * Math.exp(random() * Math.log(7 * 24 * 60))) : null,
      demo,
      checks,
    });
  }
  return records;
}
