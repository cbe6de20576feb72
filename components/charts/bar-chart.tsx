import { BRAND, BRAND_DARK, ChartFigure, INK, MUTED } from "./chart-figure";
import {
  FONT_SIZE,
  VIEW_WIDTH,
  isolate,
  mirrorText,
  mirrorX,
  round,
  textWidth,
  truncate,
  type Anchor,
  type Dir,
} from "./scale";

export interface BarChartProps {
  /** unique on the page; prefixes the ids of the SVG's title and desc */
  id: string;
  title: string;
  summary: string;
  /** `value` null = suppressed ("fewer than 10"); `display` = the value formatted for the locale */
  rows: { label: string; value: number | null; display: string }[];
  /** value of a full-width bar; defaults to the largest value */
  max?: number;
  dir: Dir;
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
  suppressedLabel: string;
}

// Each row: its label on a line of its own (full width, so long and translated names fit on a
// 320 px phone), then the bar. Units are viewBox units (VIEW_WIDTH wide).
const LABEL_BASELINE = Math.round(FONT_SIZE * 0.9);
const BAR_TOP = FONT_SIZE + 5;
const BAR_HEIGHT = 20;
const ROW_HEIGHT = BAR_TOP + BAR_HEIGHT + 12;
const VALUE_PAD = 5;

interface Text {
  x: number;
  textAnchor: Anchor;
  text: string;
  inside: boolean;
}

/** Horizontal bars, one series; bars grow from the start edge (the right in Arabic). */
export function BarChart({ rows, max, dir, ...frame }: BarChartProps) {
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const top = max !== undefined && max > 0 ? max : Math.max(0, ...values) || 1;
  const height = Math.max(ROW_HEIGHT * rows.length - 12 + 4, ROW_HEIGHT);
  const at = (x: number, anchor: Anchor) => mirrorText(x, anchor, dir);

  return (
    <ChartFigure {...frame} kind="bar" dir={dir} height={height} rows={rows}>
      {rows.map((row, i) => {
        const y = i * ROW_HEIGHT;
        const barY = y + BAR_TOP;
        const textY = round(barY + BAR_HEIGHT / 2 + FONT_SIZE * 0.35);
        const label = at(0, "start");
        const barW =
          row.value === null
            ? 0
            : round((Math.min(Math.max(row.value, 0), top) / top) * VIEW_WIDTH);
        const value = row.value === null ? null : placeValue(row.display, barW, dir);
        return (
          <g key={i} data-row={i}>
            <text
              x={label.x}
              y={y + LABEL_BASELINE}
              textAnchor={label.textAnchor}
              fill={INK}
              className="forced-colors:fill-[CanvasText]"
            >
              {isolate(truncate(row.label, VIEW_WIDTH))}
            </text>
            {/* the baseline the bars grow from, also under zero and suppressed rows */}
            <rect
              x={mirrorX(0, 1, dir)}
              y={barY - 2}
              width={1}
              height={BAR_HEIGHT + 4}
              fill={INK}
              className="forced-colors:fill-[CanvasText]"
            />
            {barW > 0 && (
              <rect
                data-bar={i}
                x={round(mirrorX(0, barW, dir))}
                y={barY}
                width={barW}
                height={BAR_HEIGHT}
                fill={BRAND}
                stroke={BRAND_DARK}
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
                className="forced-colors:fill-[CanvasText]"
              />
            )}
            {value ? (
              <text
                x={value.x}
                y={textY}
                textAnchor={value.textAnchor}
                fill={value.inside ? "#fff" : INK}
                fontWeight="bold"
                className={
                  value.inside ? "forced-colors:fill-[Canvas]" : "forced-colors:fill-[CanvasText]"
                }
                data-value={value.inside ? "inside" : "outside"}
              >
                {isolate(value.text)}
              </text>
            ) : (
              <text
                {...at(VALUE_PAD, "start")}
                y={textY}
                fill={MUTED}
                fontStyle="italic"
                className="forced-colors:fill-[CanvasText]"
                data-suppressed=""
              >
                {isolate(truncate(frame.suppressedLabel, VIEW_WIDTH - VALUE_PAD))}
              </text>
            )}
          </g>
        );
      })}
    </ChartFigure>
  );
}

/** The value after the bar when it fits there, else inside the bar's end (white on blue). */
function placeValue(display: string, barW: number, dir: Dir): Text {
  const w = textWidth(display);
  if (barW + VALUE_PAD + w <= VIEW_WIDTH) {
    return { ...mirrorText(barW + VALUE_PAD, "start", dir), text: display, inside: false };
  }
  // Only a bar wider than VIEW_WIDTH − w gets here, so the text fits inside unless it is longer
  // than half the chart; then it is shortened (the table keeps it whole).
  const text = truncate(display, barW - 2 * VALUE_PAD);
  return { ...mirrorText(barW - VALUE_PAD, "end", dir), text, inside: true };
}
