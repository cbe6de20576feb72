import type { ReactNode } from "react";
import { FONT_SIZE, VIEW_WIDTH, type Dir } from "./scale";

/** What every chart shows in its data table: the full label and the value as the caller wrote it. */
export interface TableRow {
  label: string;
  value: number | null;
  display: string;
}

interface Props {
  id: string;
  kind: "bar" | "column";
  title: string;
  summary: string;
  dir: Dir;
  /** viewBox height; the width is always VIEW_WIDTH */
  height: number;
  rows: TableRow[];
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
  suppressedLabel: string;
  /** the SVG's drawing, in left-to-right-mirrored user units */
  children: ReactNode;
}

/**
 * The frame both charts share: title (figcaption), visible summary, the SVG picture and an
 * always-visible data table. The SVG is one image with one name (title + summary); the table is
 * the text alternative with every number, so the picture can drop detail (thinned labels,
 * truncated names) without hiding anything.
 */
export function ChartFigure({
  id,
  kind,
  title,
  summary,
  dir,
  height,
  rows,
  tableCaption,
  labelHeader,
  valueHeader,
  suppressedLabel,
  children,
}: Props) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure dir={dir} data-chart={kind} className="my-8 print:break-inside-avoid">
      <figcaption className="mb-2 text-xl font-bold">{title}</figcaption>
      <p className="mb-4 max-w-prose">{summary}</p>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${VIEW_WIDTH} ${height}`}
        width="100%"
        // The drawing is mirrored by hand; keeping the SVG itself left-to-right makes
        // text-anchor start/end mean left/right in every browser (labels isolate themselves).
        direction="ltr"
        fontSize={FONT_SIZE}
        className="block h-auto max-w-[32rem] tabular-nums [print-color-adjust:exact] print:break-inside-avoid"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        {children}
      </svg>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="mb-2 text-start font-bold">{tableCaption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pe-4 text-start">
                {labelHeader}
              </th>
              <th scope="col" className="py-2 text-end">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr
                key={i}
                className="border-b border-line print:break-inside-avoid"
                data-suppressed={row.value === null ? "" : undefined}
              >
                <th scope="row" className="py-2 pe-4 text-start font-normal break-words">
                  <bdi>{row.label}</bdi>
                </th>
                <td
                  className={`py-2 text-end tabular-nums ${row.value === null ? "text-muted" : ""}`}
                >
                  <bdi>{row.value === null ? suppressedLabel : row.display}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Colours from app/globals.css, as presentation attributes so the picture survives without CSS. */
export const INK = "#0b0c0c";
export const MUTED = "#484949";
export const LINE = "#b1b4b6";
export const BRAND = "#1d70b8"; // 5.2:1 on white; a mid-dark grey in greyscale print
export const BRAND_DARK = "#003078";
