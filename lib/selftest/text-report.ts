// The plain-text report curl prints. Words come from the caller's translator so the text is
// localized like the page; layout stays fixed-width friendly.
import type { SelfTestReport } from "../probe";
import type { Refusal } from "./gate";
import { softwareName } from "./software-names";

type T = (key: string, values?: Record<string, string | number>) => string;

export function formatTextReport(report: SelfTestReport, t: T, fixUrl: (slug: string) => string): string {
  const lines = [
    t("SelfTest.text.title"),
    "",
    `${t("SelfTest.text.address")}: ${report.target}`,
    `${t("SelfTest.text.started")}: ${report.startedAt}`,
    `${t("SelfTest.text.duration")}: ${(report.durationMs / 1000).toFixed(1)} s`,
    // A blocklist lookup alone runs no check: no verdict on the server to state.
    ...(report.checks.length > 0
      ? [`${t("SelfTest.text.result")}: ${t(`Probe.verdict.${report.verdict}`)}`, `  ${t(`SelfTest.report.banner.${report.verdict}.title`)}`]
      : []),
    "",
  ];
  for (const check of report.checks) {
    const software = check.software ? ` (${softwareName(check.software)})` : "";
    lines.push(`[${t(`Probe.verdict.${check.verdict}`)}] ${t(`Probe.kind.${check.kind}`)}, port ${check.port}${software}`);
    lines.push(`  ${t(`Probe.reason.${check.reason}`)}`);
    if (check.fix) lines.push(`  ${t("SelfTest.text.fix")}: ${fixUrl(check.fix)}`);
  }
  if (report.blocklists) {
    lines.push("", `${t("SelfTest.text.blocklists")}:`);
    for (const list of report.blocklists) {
      const why = list.status === "error" ? `: ${t(`SelfTest.blocklists.reason.${list.reason}`)}` : "";
      lines.push(`[${t(`SelfTest.blocklists.status.${list.status}`)}] ${list.name} (${list.zone})${list.answers.length ? ` ${list.answers.join(", ")}` : ""}${why}`);
      if (list.status === "listed") lines.push(`  ${list.delistUrl}`);
    }
  }
  if (report.reverseDns !== undefined) {
    const rdns = report.reverseDns;
    const value = rdns ? `${rdns.name} (${t(rdns.forwardConfirmed ? "SelfTest.text.forwardConfirmed" : "SelfTest.text.notForwardConfirmed")})` : t("SelfTest.text.reverseDnsNone");
    lines.push("", `${t("SelfTest.text.reverseDns")}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

export function formatTextRefusal(refusal: Refusal, t: T): string {
  const message = t(`SelfTest.refused.${refusal.refused}`, {
    ip: refusal.ip ?? "?",
    seconds: refusal.retryAfterSeconds ?? 0,
  });
  return `${t("SelfTest.text.refused")}: ${refusal.refused}\n${message}\n`;
}
