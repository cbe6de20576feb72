// Remembered reports must not hold the visitor's address (privacy page, architecture rule 6), yet
// the transcripts are full of it: relay variants write it as user@[1.2.3.4] or [IPv6:…], servers
// echo it, host names embed it (1-2-3-4.dsl.example). Every spelling is replaced by a token, and
// the report page writes the asking visitor's own address back. The tokens are not ASCII, so a
// peer cannot forge one: the engine turns every non-ASCII byte a peer sends into "?".
import ipaddr from "ipaddr.js";
import { assessTarget } from "../probe";

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

interface Rule {
  pattern: RegExp;
  token: string;
}

// Leading zeros are legal in both families ("001.002.003.004", "2001:0db8::0001").
const v4Octets = (octets: number[], sep: string) => octets.map((o) => `0*${o}`).join(sep === "." ? "\\." : sep);

function v4Rules(ip: ipaddr.IPv4): Rule[] {
  const o = ip.octets;
  // Neither a digit nor "digit+separator" around it: 11.2.3.4 and 1.2.3.45 are other addresses.
  const around = (body: string, sep: string) =>
    new RegExp(`(?<![0-9])(?<![0-9]${sep})${body}(?![0-9])(?!${sep}[0-9])`, "g");
  return [
    { pattern: around(v4Octets(o, "."), "\\."), token: PLAIN.token },
    { pattern: around(v4Octets(o, "-"), "-"), token: DASHED.token },
    { pattern: around(v4Octets([...o].reverse(), "."), "\\."), token: REVERSED.token },
  ];
}

/**
 * Every spelling of one IPv6 address: any run of zero groups may be "::", groups may keep
 * leading zeros, the last 32 bits may be dotted. At most a few dozen alternatives.
 */
function v6Alternatives(ip: ipaddr.IPv6): string[] {
  const parts = ip.parts;
  const group = (g: number) => (g === 0 ? "0{1,4}" : `0{0,${4 - g.toString(16).length}}${g.toString(16)}`);
  const tails: { groups: string[]; zero: boolean[] }[] = [
    { groups: parts.map(group), zero: parts.map((g) => g === 0) },
    {
      groups: [...parts.slice(0, 6).map(group), v4Octets(ip.toByteArray().slice(12), ".")],
      zero: [...parts.slice(0, 6).map((g) => g === 0), false],
    },
  ];
  const out = new Set<string>();
  for (const { groups, zero } of tails) {
    out.add(groups.join(":"));
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j <= groups.length && zero[j - 1]; j++) {
        out.add(`${groups.slice(0, i).join(":")}::${groups.slice(j).join(":")}`);
      }
    }
  }
  // Longest first, so that the fullest spelling at a position wins.
  return [...out].sort((a, b) => b.length - a.length);
}

function v6Rule(ip: ipaddr.IPv6): Rule {
  return { pattern: new RegExp(`(?<![0-9a-f])(?:${v6Alternatives(ip).join("|")})(?![0-9a-f])`, "gi"), token: PLAIN.token };
}

function rulesFor(text: string): { v4: Rule[]; v6: Rule[] } {
  const address = text.trim();
  if (isV4(address)) {
    // The same IPv4 address as IPv4-mapped and NAT64 (64:ff9b::/96) IPv6 text.
    const embedded = [`::ffff:${address}`, `64:ff9b::${address}`].map((a) => ipaddr.IPv6.parse(a));
    return { v4: v4Rules(ipaddr.IPv4.parse(address)), v6: embedded.map(v6Rule) };
  }
  if (ipaddr.IPv6.isValid(address) && !address.includes("%")) return { v4: [], v6: [v6Rule(ipaddr.IPv6.parse(address))] };
  return { v4: [], v6: [] };
}

/**
 * A function that replaces every spelling of the given addresses (the target as dialed, and the
 * visitor's own text when it differs, e.g. a NAT64 address) by tokens.
 */
export function createRedactor(addresses: readonly string[]): (text: string) => string {
  const all = [...new Set(addresses)].map(rulesFor);
  // IPv4 first: "::ffff:1.2.3.4" becomes "::ffff:⟨ip⟩" and is written back exactly as it was.
  const rules = [...all.flatMap((r) => r.v4), ...all.flatMap((r) => r.v6)];
  return (text) => rules.reduce((t, { pattern, token }) => t.replace(pattern, token), text);
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
