// IPv6 text → its eight 16-bit groups, or null. Hand-written rather than ipaddr.js because the
// redactor calls it on every IPv6-shaped piece of a transcript a hostile peer may have filled
// with them: no regular expressions built, no objects beyond the result.
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;
const OCTET = /^\d{1,3}$/;

function groupsOf(text: string, dottedTail: boolean): number[] | null {
  if (text === "") return [];
  const parts = text.split(":");
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (HEX_GROUP.test(p)) {
      out.push(parseInt(p, 16));
    } else if (dottedTail && i === parts.length - 1) {
      const o = p.split(".");
      if (o.length !== 4 || !o.every((x) => OCTET.test(x) && Number(x) <= 255)) return null;
      out.push(Number(o[0]) * 256 + Number(o[1]), Number(o[2]) * 256 + Number(o[3]));
    } else {
      return null;
    }
  }
  return out;
}

export function v6Groups(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const all = groupsOf(text, true);
    return all && all.length === 8 ? all : null;
  }
  const head = groupsOf(halves[0]!, false);
  const tail = groupsOf(halves[1]!, true);
  if (!head || !tail || head.length + tail.length > 7) return null;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}
