// Remembered reports must not hold the visitor's address (privacy page, architecture rule 6), yet
// the transcripts are full of it: relay variants write it as user@[1.2.3.4] or [IPv6:…], servers
// echo it, host names embed it (1-2-3-4.dsl.example). Every spelling is replaced by a token, and
// the report page writes the asking visitor's own address back. The tokens are not ASCII, so a
// peer cannot forge one: the engine turns every non-ASCII byte a peer sends into "?".
//
// Generic patterns compiled once find anything address-shaped and compare its value: a pattern
// built per address (every "::" and leading-zero spelling) cost milliseconds to compile on every
// report, and compiled code the garbage collector was slow to give back.
import ipaddr from "ipaddr.js";
import { assessTarget } from "../probe";
import { v6Groups } from "./v6-groups";

interface Form {
  token: string;
  /** the address written the way the token stands for; null: not applicable to this family */
  write(address: string): string | null;
}

const isV4 = (address: string) => ipaddr.IPv4.isValidFourPartDecimal(address);

const PLAIN: Form = { token: "⟨ip⟩", write: (a) => a };
const DASHED: Form = { token: "⟨ip-dashed⟩", write: (a) => (isV4(a) ? a.replaceAll(".", "-") : null) };
const REVERSED: Form = { token: "⟨ip-reversed⟩", write: (a) => (isV4(a) ? a.split(".").reverse().join(".") : null) };

/** The placeholder for the address in its usual spelling. */
export const ADDRESS_TOKEN = PLAIN.token;

// Four numbers with neither a digit nor "digit+separator" around them: 11.2.3.4 and 1.2.3.45
// are other addresses. Leading zeros are allowed ("093.184.216.034").
const V4_DOTTED = /(?<![0-9])(?<![0-9]\.)0*(\d{1,3})\.0*(\d{1,3})\.0*(\d{1,3})\.0*(\d{1,3})(?![0-9])(?!\.[0-9])/g;
const V4_DASHED = /(?<![0-9])(?<![0-9]-)0*(\d{1,3})-0*(\d{1,3})-0*(\d{1,3})-0*(\d{1,3})(?![0-9])(?!-[0-9])/g;
// A run of hex groups and colons (two or more), maybe with a dotted tail: IPv6-shaped text.
const V6_RUN = /(?<![0-9a-f:])[0-9a-f]*(?::[0-9a-f]*){2,}(?:\.\d+){0,3}/gi;
// What may cling to an address inside a run: "IPv6:" leaves its "6:", an unbracketed ":25" port.
const LEADING_GROUP = /^[0-9a-f]{1,4}:(?!:)/i;
const TRAILING_GROUP = /(?<!:):[0-9a-f]{1,5}$/i;
const MAX_V6_TEXT = 45; // ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255

// The IPv4 address inside IPv4-mapped (::ffff:0:0/96) and NAT64 (64:ff9b::/96, 64:ff9b:1::/48)
// text, the ranges assessTarget unwraps; null for any other IPv6 address.
function embeddedV4(g: number[]): string | null {
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && (g[2] === 1 || g.slice(2, 6).every((x) => x === 0));
  return mapped || nat64 ? `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}` : null;
}

function redactRun(run: string, isTarget: (groups: number[]) => boolean): string {
  const lead = /^:(?!:)/.test(run) ? ":" : "";
  const trail = /(?<!:):$/.test(run) ? ":" : "";
  const core = run.slice(lead.length, run.length - trail.length);
  const first = LEADING_GROUP.exec(core)?.[0] ?? "";
  const last = TRAILING_GROUP.exec(core)?.[0] ?? "";
  const tries: [string, string][] = [
    ["", ""],
    [first, ""],
    ["", last],
    [first, last],
  ];
  for (const [pre, post] of tries) {
    const span = core.slice(pre.length, core.length - post.length);
    if (span.length > MAX_V6_TEXT || span.length < 2) continue;
    const groups = v6Groups(span);
    if (groups && isTarget(groups)) return `${lead}${pre}${PLAIN.token}${post}${trail}`;
  }
  return run;
}

/**
 * A function that replaces every spelling of the given addresses (the target as dialed, and the
 * visitor's own text when it differs, e.g. a NAT64 address) by tokens.
 */
export function createRedactor(addresses: readonly string[]): (text: string) => string {
  const dotted = new Set<string>();
  const reversed = new Set<string>();
  const v6: string[] = [];
  for (const a of addresses.map((x) => x.trim())) {
    if (isV4(a)) {
      const canonical = ipaddr.IPv4.parse(a).toString();
      dotted.add(canonical);
      reversed.add(canonical.split(".").reverse().join("."));
    } else if (ipaddr.IPv6.isValid(a) && !a.includes("%")) {
      v6.push(ipaddr.IPv6.parse(a).parts.join(":"));
    }
  }
  // The same IPv4 address embedded in IPv6 (mapped, NAT64) is the visitor too.
  const isTarget = (groups: number[]) => {
    if (v6.includes(groups.join(":"))) return true;
    const v4 = dotted.size > 0 ? embeddedV4(groups) : null;
    return v4 !== null && dotted.has(v4);
  };
  const quad = (...o: string[]) => o.slice(0, 4).map(Number).join(".");

  return (text) => {
    let out = text;
    if (dotted.size > 0) {
      out = out.replace(V4_DOTTED, (m, ...o: string[]) =>
        dotted.has(quad(...o)) ? PLAIN.token : reversed.has(quad(...o)) ? REVERSED.token : m,
      );
      out = out.replace(V4_DASHED, (m, ...o: string[]) => (dotted.has(quad(...o)) ? DASHED.token : m));
    }
    // After IPv4: "::ffff:1.2.3.4" has become "::ffff:⟨ip⟩" and is written back as it was.
    return out.includes(":") ? out.replace(V6_RUN, (run) => redactRun(run, isTarget)) : out;
  };
}

/**
 * The address the engine dialed for a visitor seen as `asker` (a NAT64 or IPv4-mapped visitor
 * is tested on the embedded IPv4), so that the transcript reads as it was recorded.
 */
export function dialedAddress(asker: string): string {
  // Only an admitted visitor has a report, so the private-range policy has been applied already.
  const assessed = assessTarget(asker, { allowPrivate: true });
  return assessed.ok ? assessed.ip : asker.trim();
}

/** Writes `address` back where the redactor put tokens. */
export function restoreAddress(text: string, address: string): string {
  if (!text.includes("⟨")) return text;
  let out = text;
  for (const form of [PLAIN, DASHED, REVERSED]) {
    const written = form.write(address);
    if (written !== null) out = out.replaceAll(form.token, written);
  }
  return out;
}
