"use client";

import { useEffect, useRef, useState } from "react";
import type { CheckKind, Verdict } from "@/lib/probe/types";
import { StatusTag } from "./status-tag";

export interface Row {
  kind: CheckKind;
  port: number;
  status: Verdict | "waiting" | "running";
}

export interface ProgressLabels {
  heading: string;
  /** "{done} of {total} …" */
  status: string;
  /** "Time so far: {time}" */
  elapsed: string;
  /** "The test takes up to 20 seconds." */
  limit: string;
  caption: string;
  check: string;
  port: string;
  result: string;
  waiting: string;
  running: string;
  failed: string;
  kinds: Record<CheckKind, string>;
  verdicts: Record<Verdict, string>;
}

/** Whole seconds since the view appeared, ticking while the test runs. */
function useElapsedSeconds(running: boolean): number {
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return Math.floor((now - started) / 1000);
}

export function ProgressView({ rows, failed, labels, locale }: { rows: Row[]; failed: boolean; labels: ProgressLabels; locale: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const elapsed = useElapsedSeconds(!failed);
  const time = new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "long" }).format(elapsed);
  const done = rows.filter((r) => r.status !== "waiting" && r.status !== "running").length;
  const status = labels.status.replace("{done}", String(done)).replace("{total}", String(rows.length));
  return (
    <section aria-labelledby="progress-heading" data-testid="self-test-progress">
      <h2 id="progress-heading" ref={heading} tabIndex={-1} className="mb-4 text-2xl font-bold outline-none">
        {labels.heading}
      </h2>
      <progress className="mb-2 h-4 w-full accent-brand" max={rows.length || 1} value={done} aria-labelledby="progress-status" />
      <p id="progress-status" role="status" className="mb-2">
        {status}
      </p>
      {/* Not a live region: a screen reader would read out every second. */}
      <p className="mb-6 text-muted" data-testid="progress-elapsed">
        {labels.elapsed.replace("{time}", time)} {labels.limit}
      </p>
      {failed && (
        <p role="alert" className="mb-6 border-s-4 border-bad ps-4 font-bold">
          {labels.failed}
        </p>
      )}
      <table className="w-full border-collapse text-start">
        <caption className="mb-2 text-start font-bold">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pe-4 text-start">{labels.check}</th>
            <th scope="col" className="py-2 pe-4 text-start">{labels.port}</th>
            <th scope="col" className="py-2 text-start">{labels.result}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}:${r.port}`} className="border-b border-line" data-status={r.status}>
              <td className="py-2 pe-4">{labels.kinds[r.kind]}</td>
              <td className="py-2 pe-4 ltr">{r.port}</td>
              <td className="py-2">
                <StatusTag status={r.status}>
                  {r.status === "waiting" ? labels.waiting : r.status === "running" ? labels.running : labels.verdicts[r.status]}
                </StatusTag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
