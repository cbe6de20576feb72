// Render tests for the server-drawn charts: the markup a visitor without JavaScript receives.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, type BarChartProps } from "../../components/charts/bar-chart";
import { ColumnChart, type ColumnChartProps } from "../../components/charts/column-chart";
import { FONT_SIZE, VIEW_WIDTH, textWidth } from "../../components/charts/scale";

type Attrs = Record<string, string>;
const attrs = (tag: string): Attrs =>
  Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const tags = (html: string, name: string, marker = ""): Attrs[] =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*${marker}[^>]*>`, "g"))].map((m) => attrs(m[0]));
const svgOf = (html: string) => html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
const tableOf = (html: string) => html.slice(html.indexOf("<table"), html.indexOf("</table>") + 8);
const texts = (svg: string): (Attrs & { text: string })[] =>
  [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    ...attrs(m[1]!),
    text: m[2]!.replace(/[\u2068\u2069]/g, ""),
  }));
const bars = (html: string) =>
  new Map(tags(svgOf(html), "rect", "data-bar=").map((a) => [Number(a["data-bar"]), a]));

const LONG = "Microsoft Exchange Server 2019 with Cumulative Update 14 and a very long description";
const barProps: BarChartProps = {
  id: "by-software",
  title: "Open relays by software",
  summary: "Postfix accounts for most open relays found.",
  rows: [
    { label: "postfix", value: 420, display: "420" },
    { label: "exim", value: 35, display: "35" },
    { label: "sendmail", value: null, display: "" },
    { label: LONG, value: 12, display: "12" },
    { label: "nothing", value: 0, display: "0" },
  ],
  dir: "ltr",
  tableCaption: "Open relays by software, last 30 days",
  labelHeader: "Software",
  valueHeader: "Tests",
  suppressedLabel: "fewer than 10",
};
const bar = (p: Partial<BarChartProps> = {}) =>
  renderToStaticMarkup(createElement(BarChart, { ...barProps, ...p }));

const days = Array.from({ length: 30 }, (_, i) => ({
  label: `Day ${i + 1} of November 2026`,
  shortLabel: `${i + 1} Nov`,
  value: i === 4 ? null : 100 + i * 29,
  display: i === 4 ? "" : String(100 + i * 29),
}));
const columnProps: ColumnChartProps = {
  id: "per-day",
  title: "Tests per day",
  summary: "Tests rose from 100 to 941 a day in November.",
  rows: days,
  dir: "ltr",
  tableCaption: "Tests per day, November 2026",
  labelHeader: "Day",
  valueHeader: "Tests",
  suppressedLabel: "fewer than 10",
  formatTick: (n) => n.toLocaleString("en"),
};
const column = (p: Partial<ColumnChartProps> = {}) =>
  renderToStaticMarkup(createElement(ColumnChart, { ...columnProps, ...p }));

describe.each([
  ["BarChart", () => bar(), barProps],
  ["ColumnChart", () => column(), columnProps],
] as const)("%s", (_name, render, props) => {
  const html = render();
  const svg = svgOf(html);

  it("is a figure: caption, visible summary, one named image, a data table", () => {
    expect(html.startsWith("<figure")).toBe(true);
    expect(html).toMatch(new RegExp(`<figcaption[^>]*>${props.title}</figcaption>`));
    expect(html).toMatch(new RegExp(`<p[^>]*>${props.summary}</p>`));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<details");
    const [root] = tags(svg, "svg");
    expect(root!.role).toBe("img");
    expect(root!.width).toBe("100%");
    expect(root!.viewBox).toMatch(new RegExp(`^0 0 ${VIEW_WIDTH} \\d+(\\.\\d+)?$`));
    const ids = root!["aria-labelledby"]!.split(" ");
    expect(ids).toEqual([`${props.id}-title`, `${props.id}-desc`]);
    expect(svg).toContain(`<title id="${ids[0]}">${props.title}</title>`);
    expect(svg).toContain(`<desc id="${ids[1]}">${props.summary}</desc>`);
    expect(html.match(new RegExp(`id="${props.id}-`, "g"))).toHaveLength(2);
  });

  it("has one table row per data row, with scoped headers and a caption", () => {
    const table = tableOf(html);
    expect(table).toContain(
      `<caption class="mb-2 text-start font-bold">${props.tableCaption}</caption>`,
    );
    expect(tags(table, "th", 'scope="col"')).toHaveLength(2);
    const body = table.slice(table.indexOf("<tbody>"));
    expect(tags(body, "tr")).toHaveLength(props.rows.length);
    expect(tags(body, "th", 'scope="row"')).toHaveLength(props.rows.length);
    for (const row of props.rows) expect(body).toContain(`<bdi>${row.label}</bdi>`);
  });

  it("draws no bar for a suppressed row and says why, in the picture and the table", () => {
    const suppressed = props.rows.findIndex((r) => r.value === null);
    expect(bars(html).has(suppressed)).toBe(false);
    expect(bars(html).size).toBe(props.rows.filter((r) => (r.value ?? 0) > 0).length);
    expect(texts(svg).some((t) => t.text === props.suppressedLabel)).toBe(true);
    const body = tableOf(html).slice(tableOf(html).indexOf("<tbody>"));
    const rows = body.split("<tr").slice(1);
    expect(rows[suppressed]).toContain(props.suppressedLabel);
    expect(rows[suppressed]).toContain("data-suppressed");
  });

  it("mirrors every bar in Arabic and keeps the SVG's own direction left-to-right", () => {
    const rtl = props === barProps ? bar({ dir: "rtl" }) : column({ dir: "rtl" });
    expect(rtl.startsWith('<figure dir="rtl"')).toBe(true);
    expect(tags(svgOf(rtl), "svg")[0]!.direction).toBe("ltr");
    const ltrBars = bars(html);
    const rtlBars = bars(rtl);
    expect(rtlBars.size).toBe(ltrBars.size);
    for (const [i, l] of ltrBars) {
      const r = rtlBars.get(i)!;
      expect(Number(r.width)).toBe(Number(l.width));
      expect(Number(r.x)).toBeCloseTo(VIEW_WIDTH - Number(l.x) - Number(l.width), 1);
    }
    const ltrTexts = texts(svg);
    const rtlTexts = texts(svgOf(rtl));
    const flip = { start: "end", end: "start", middle: "middle" } as Record<string, string>;
    ltrTexts.forEach((t, i) => {
      expect(rtlTexts[i]!["text-anchor"]).toBe(flip[t["text-anchor"]!]);
      expect(Number(rtlTexts[i]!.x)).toBeCloseTo(VIEW_WIDTH - Number(t.x), 1);
    });
  });

  it("keeps text at 11 px or more on a 320 px phone", () => {
    expect(tags(svg, "svg")[0]!["font-size"]).toBe(String(FONT_SIZE));
    expect(svg).not.toMatch(/<text[^>]*font-size/);
    expect((FONT_SIZE * 288) / VIEW_WIDTH).toBeGreaterThanOrEqual(11);
  });

  it("avoids page breaks inside in print", () => {
    expect(tags(html, "figure")[0]!.class).toContain("print:break-inside-avoid");
  });
});

describe("BarChart", () => {
  it("truncates a long label in the picture only", () => {
    const html = bar();
    const inSvg = texts(svgOf(html)).find((t) => t.text.startsWith("Microsoft"))!;
    expect(inSvg.text.endsWith("…")).toBe(true);
    expect(inSvg.text.length).toBeLessThan(LONG.length);
    expect(textWidth(inSvg.text)).toBeLessThanOrEqual(VIEW_WIDTH);
    expect(svgOf(html)).not.toContain(LONG);
    expect(tableOf(html)).toContain(`<bdi>${LONG}</bdi>`);
  });

  it("scales bars to the largest value, or to max", () => {
    expect(Number(bars(bar()).get(0)!.width)).toBe(VIEW_WIDTH);
    expect(Number(bars(bar()).get(1)!.width)).toBeCloseTo((35 / 420) * VIEW_WIDTH, 1);
    const pct = bar({ max: 1000 });
    expect(Number(bars(pct).get(0)!.width)).toBeCloseTo(0.42 * VIEW_WIDTH, 1);
  });

  it("puts a value after its bar when there is room, inside the bar when not", () => {
    const values = texts(svgOf(bar())).filter((t) => t["data-value"]);
    expect(values.map((v) => [v.text, v["data-value"]])).toEqual([
      ["420", "inside"],
      ["35", "outside"],
      ["12", "outside"],
      ["0", "outside"],
    ]);
    const inside = values[0]!;
    expect(inside.fill).toBe("#fff");
    expect(inside["text-anchor"]).toBe("end");
    for (const v of values) {
      const x = Number(v.x);
      const w = textWidth(v.text);
      const [from, to] = v["text-anchor"] === "end" ? [x - w, x] : [x, x + w];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(VIEW_WIDTH);
    }
  });

  it("grows bars from the right in Arabic, labels anchored at the right edge", () => {
    const rtl = bar({ dir: "rtl" });
    const first = bars(rtl).get(0)!;
    expect(Number(first.x) + Number(first.width)).toBe(VIEW_WIDTH);
    const label = texts(svgOf(rtl)).find((t) => t.text === "postfix")!;
    expect(label.x).toBe(String(VIEW_WIDTH));
    expect(label["text-anchor"]).toBe("end");
  });

  it("draws an accessible bar: brand blue with a darker 1px outline", () => {
    const first = bars(bar()).get(0)!;
    expect(first.fill).toBe("#1d70b8");
    expect(first.stroke).toBe("#003078");
    expect(first["vector-effect"]).toBe("non-scaling-stroke");
  });

  it("survives no rows", () => {
    const html = bar({ rows: [] });
    expect(bars(html).size).toBe(0);
    expect(tags(svgOf(html), "svg")[0]!.viewBox).toMatch(/^0 0 360 [1-9]/);
  });
});

describe("ColumnChart", () => {
  const axisLabels = (html: string) => texts(svgOf(html)).filter((t) => t["data-axis-label"]);

  it("thins axis labels so they never overlap at 30 days", () => {
    for (const html of [column(), column({ dir: "rtl" })]) {
      const labels = axisLabels(html);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels.length).toBeLessThan(30);
      expect(labels[0]!.text).toBe("1 Nov");
      const boxes = labels
        .map((l) => [Number(l.x) - textWidth(l.text) / 2, Number(l.x) + textWidth(l.text) / 2])
        .sort((a, b) => a[0]! - b[0]!);
      boxes.forEach(([from, to], i) => {
        expect(from).toBeGreaterThanOrEqual(-0.01);
        expect(to).toBeLessThanOrEqual(VIEW_WIDTH + 0.01);
        if (i > 0) expect(from).toBeGreaterThan(boxes[i - 1]![1]!);
      });
    }
  });

  it("labels every column, and writes values, when a dozen fit", () => {
    const weeks = Array.from({ length: 8 }, (_, i) => ({
      label: `Week ${i + 1}`,
      shortLabel: `W${i + 1}`,
      value: 10 * (i + 1),
      display: String(10 * (i + 1)),
    }));
    const html = column({ rows: weeks });
    expect(axisLabels(html)).toHaveLength(8);
    expect(
      texts(svgOf(html))
        .filter((t) => t["font-weight"] === "bold")
        .map((t) => t.text),
    ).toEqual(weeks.map((w) => w.display));
  });

  it("draws a light y-axis at nice values, formatted by the caller", () => {
    const html = column({ formatTick: (n) => `#${n}` });
    const ticks = tags(svgOf(html), "g", "data-tick=").map((g) => Number(g["data-tick"]));
    expect(ticks).toEqual([0, 500, 1000]);
    for (const t of ticks) expect(texts(svgOf(html)).some((x) => x.text === `#${t}`)).toBe(true);
    const max = column({ max: 100, rows: days.map((d) => ({ ...d, value: d.value && 50 })) });
    expect(tags(svgOf(max), "g", "data-tick=").map((g) => g["data-tick"])).toEqual([
      "0",
      "50",
      "100",
    ]);
  });

  it("runs time right to left in Arabic: the first day on the right", () => {
    const rtl = bars(column({ dir: "rtl" }));
    expect(Number(rtl.get(0)!.x)).toBeGreaterThan(Number(rtl.get(29)!.x));
    const ltr = bars(column());
    expect(Number(ltr.get(0)!.x)).toBeLessThan(Number(ltr.get(29)!.x));
  });

  it("marks a suppressed day with an open circle explained in a legend", () => {
    const svg = svgOf(column());
    expect(tags(svg, "circle", "data-suppressed")).toHaveLength(1);
    expect(svg).toMatch(/<g data-legend="">[\s\S]*fewer than 10/);
    expect(svgOf(column({ rows: days.slice(5) }))).not.toContain("data-legend");
  });
});

describe("server-only", () => {
  it("has no client component in the folder", () => {
    for (const f of ["bar-chart.tsx", "column-chart.tsx", "chart-figure.tsx"]) {
      const src = readFileSync(new URL(`../../components/charts/${f}`, import.meta.url), "utf8");
      expect(src).not.toMatch(/^["']use client["']/m);
    }
  });
});
