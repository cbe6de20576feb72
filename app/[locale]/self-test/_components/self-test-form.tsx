"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { CheckKind, Verdict } from "@/lib/probe/types";
import type { StreamLine } from "@/lib/selftest/progress-stream";
import { requestReportFocus } from "./arrival";
import { ProgressView, type ProgressLabels, type Row } from "./progress-view";
import { useSetRunning } from "./run-state";

interface Props {
  action: (formData: FormData) => Promise<void>;
  locale: string;
  labels: ProgressLabels;
  children: ReactNode;
}

/**
 * The start form. Without JavaScript it posts to the server action and the visitor gets the
 * complete report page. With JavaScript it streams progress from /api/self-test and shows a
 * row per check, then opens the same report page (where a new report remounts this form, see
 * its key) with the focus on its verdict. Invalid input is left to the server, so the error
 * messages are the same on both paths.
 */
export function SelfTestForm({ action, locale, labels, children }: Props) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [failed, setFailed] = useState(false);
  const router = useRouter();
  const setRunning = useSetRunning();

  async function run(groups: string[]) {
    setRows([]);
    setRunning(true);
    const res = await fetch(`/api/self-test?groups=${encodeURIComponent(groups.join(","))}`, {
      method: "POST",
      headers: { accept: "application/x-ndjson" },
    }).catch(() => null);
    if (!res?.ok || !res.body) {
      const body = (await res?.json().catch(() => null)) as { refused?: string } | null;
      setRows(null);
      setRunning(false);
      router.push(`/${locale}/self-test?refused=${encodeURIComponent(body?.refused ?? "disabled")}`);
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let finished = false;
    while (!finished) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) finished ||= apply(JSON.parse(line) as StreamLine);
    }
    if (!finished) return setFailed(true);
    requestReportFocus();
    router.push(`/${locale}/self-test/report`);
  }

  /** Applies one progress line; true once the test is over. */
  function apply(line: StreamLine): boolean {
    if (line.type === "planned") setRows(line.checks.map((c) => ({ ...c, status: "waiting" })));
    else if (line.type === "start") setRows((r) => update(r, line.kind, line.port, "running"));
    else if (line.type === "finish") setRows((r) => update(r, line.kind as CheckKind, line.port, line.verdict as Verdict));
    return line.type === "done";
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const groups = data.getAll("groups").map(String);
    if (data.get("consent") !== "yes" || groups.length === 0) return;
    event.preventDefault();
    void run(groups);
  }

  if (rows) return <ProgressView rows={rows} failed={failed} labels={labels} locale={locale} />;
  return (
    <form action={action} onSubmit={onSubmit} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {children}
    </form>
  );
}

function update(rows: Row[] | null, kind: CheckKind, port: number, status: Row["status"]): Row[] {
  return (rows ?? []).map((r) => (r.kind === kind && r.port === port ? { ...r, status } : r));
}
