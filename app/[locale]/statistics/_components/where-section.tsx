// IPv4 against IPv6, and the countries of the tested addresses (GeoLite2, with its notice).
import { BarChart } from "@/components/charts/bar-chart";
import type { StatisticsReport } from "@/lib/statistics/types";
import type { ChartText } from "./chart-text";
import { Section } from "./section";

export function IpSection({ text, report }: { text: ChartText; report: StatisticsReport }) {
  const { t, dir } = text;
  const { tests, ipVersion } = report.totals;
  const rows = [
    { label: "IPv4", value: ipVersion.ipv4, display: text.share(ipVersion.ipv4, tests) },
    { label: "IPv6", value: ipVersion.ipv6, display: text.share(ipVersion.ipv6, tests) },
  ];
  return (
    <Section id="ip" title={t("ip.title")}>
      <p className="mb-6 max-w-prose">{t("ip.text")}</p>
      <BarChart
        id="chart-ip"
        {...text.frame("ip")}
        summary={t("ip.summary", { ipv4: rows[0]!.display, ipv6: rows[1]!.display })}
        dir={dir}
        max={tests ?? undefined}
        rows={rows}
      />
    </Section>
  );
}

export function CountriesSection({ text, report }: { text: ChartText; report: StatisticsReport }) {
  const { t, f, dir } = text;
  const { tests, countries } = report.totals;
  const codes = Object.keys(countries);
  const known = codes.find((code) => code !== "unknown");
  return (
    <Section id="countries" title={t("countries.title")}>
      <p className="mb-2 max-w-prose">{t("countries.text")}</p>
      <p className="mb-6 max-w-prose">{t("countries.unknownNote")}</p>
      {codes.length === 0 ? (
        <p className="max-w-prose">{t("countries.summaryNone")}</p>
      ) : (
        <BarChart
          id="chart-countries"
          {...text.frame("countries")}
          summary={known ? t("countries.summary", { country: f.country(known) }) : t("countries.summaryNone")}
          dir={dir}
          max={tests ?? undefined}
          rows={codes.map((code) => ({
            label: code === "unknown" ? t("countries.unknown") : f.country(code),
            value: countries[code] ?? null,
            display: text.share(countries[code] ?? null, tests),
          }))}
        />
      )}
      <p className="mt-6 max-w-prose text-sm">{t("countries.source")}</p>
      <p className="max-w-prose text-sm" lang="en" dir="ltr">
        {t("countries.attribution")}
      </p>
    </Section>
  );
}
