import type { CheckKind, Verdict } from "../probe/types";

export interface Change {
  kind: CheckKind;
  port: number;
  before: Verdict;
  after: Verdict;
}

interface Checked {
  checks: { kind: CheckKind; port: number; verdict: Verdict }[];
}

/** Checks whose verdict differs between two tests; checks run only once are not compared. */
export function changesSince(previous: Checked, current: Checked): Change[] {
  const before = new Map(previous.checks.map((c) => [`${c.kind}:${c.port}`, c.verdict]));
  return current.checks.flatMap((c) => {
    const was = before.get(`${c.kind}:${c.port}`);
    return was !== undefined && was !== c.verdict ? [{ kind: c.kind, port: c.port, before: was, after: c.verdict }] : [];
  });
}
