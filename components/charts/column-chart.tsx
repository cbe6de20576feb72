import { BRAND, BRAND_DARK, ChartFigure, INK, LINE, MUTED } from "./chart-figure";
import {
  FONT_SIZE,
  VIEW_WIDTH,
  edgeInset,
  isolate,
  labelStep,
  labelledIndices,
  mirrorText,
  mirrorX,
  niceScale,
  round,
  textWidth,
  truncate,
  type Anchor,
  type Dir,
} from "./scale";

export interface ColumnChartProps {
  /** unique on the page; prefixes the ids of the SVG's title and desc */
  id: string;
  title: string;
  summary: string;
  /**
   * Oldest first. `label` is the full text for the table ("Monday 1 December 2026"), `shortLabel`
   * the axis text ("1 Dec"); `value` null = suppressed; `display` = the value formatted.
   */
  rows: { label: string; shortLabel: string; value: number | null; display: string }[];
  /** top of the y-axis before rounding up to a nice number; defaults to the largest value */
  max?: number;
  dir: Dir;
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
  suppressedLabel: string;
  /** formats the y-axis tick values in the page's locale, e.g. new Intl.NumberFormat(locale).format */
  formatTick: (n: number) => string;
}

const PLOT_HEIGHT = 160;
const TICK_GAP = 5;
const MAX_SHORT_LABEL = 80; // a short label longer than ~8 characters is cut
const text = (x: number, anchor: Anchor, dir: Dir) => mirrorText(x, anchor, dir);

/**
 * Columns over time, one series, with a light y-axis (gridlines at nice values). In Arabic the
 * time axis runs right to left: the first (oldest) column on the right, the y-axis on the right.
 */
export function ColumnChart({ rows, max, dir, formatTick, ...frame }: ColumnChartProps) {
  const n = rows.length;
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const scale = niceScale(max !== undefined && max > 0 ? max : Math.max(0, ...values), {
    integer: values.every(Number.isInteger),
  });
  const ticks = scale.ticks.map((t) => ({ t, label: formatTick(t) }));

  // Horizontal: [gutter for tick values][inset][n slots][inset]; insets keep the centred axis
  // labels of the first and last column inside the picture.
  const gutter = Math.ceil(Math.max(...ticks.map((t) => textWidth(t.label)))) + 2 * TICK_GAP;
  const plotW = VIEW_WIDTH - gutter;
  const shortLabels = rows.map((r) => truncate(r.shortLabel, MAX_SHORT_LABEL));
  const labelW = Math.max(0, ...shortLabels.map((l) => textWidth(l)));
  const inset = edgeInset(n, plotW, labelW);
  const slot = n > 0 ? (plotW - 2 * inset) / n : plotW;
  const columnW = round(Math.max(1, slot * 0.7));
  const centre = (i: number) => gutter + inset + (i + 0.5) * slot;
  const labelled = new Set(labelledIndices(n, labelStep(slot, labelW)));
  // Values above the columns only when every one fits its slot (a dozen weeks, not 30 days).
  const showValues =
    values.length > 0 &&
    Math.max(...rows.map((r) => (r.value === null ? 0 : textWidth(r.display)))) <= slot - 2;

  // Vertical: [values above columns?][plot][axis labels][legend for suppressed columns?]
  const plotTop = showValues ? FONT_SIZE + 6 : Math.ceil(FONT_SIZE * 0.6);
  const baseline = plotTop + PLOT_HEIGHT;
  const axisLabelY = baseline + FONT_SIZE + 5;
  const hasSuppressed = rows.some((r) => r.value === null);
  const legendY = axisLabelY + FONT_SIZE + 10;
  const height = (hasSuppressed ? legendY : axisLabelY) + 5;
  const y = (v: number) =>
    baseline - (Math.min(Math.max(v, 0), scale.max) / scale.max) * PLOT_HEIGHT;
  const marker = round(Math.min(3.5, Math.max(1.5, slot * 0.35)));

  return (
    <ChartFigure {...frame} kind="column" dir={dir} height={height} rows={rows}>
      <g data-axis="y">
        {ticks.map(({ t, label }) => {
          const ty = round(y(t));
          return (
            <g key={t} data-tick={t}>
              <line
                x1={round(mirrorX(gutter, 0, dir))}
                x2={round(mirrorX(VIEW_WIDTH, 0, dir))}
                y1={ty}
                y2={ty}
                stroke={t === 0 ? INK : LINE}
                strokeWidth={1}
                vectorEffect="non-scaling-stroke"
                className="forced-colors:stroke-[CanvasText]"
              />
              <text
                {...text(gutter - TICK_GAP, "end", dir)}
                y={round(ty + FONT_SIZE * 0.35)}
                fill={MUTED}
                className="forced-colors:fill-[CanvasText]"
              >
                {isolate(label)}
              </text>
            </g>
          );
        })}
      </g>
      {rows.map((row, i) => {
        const cx = centre(i);
        const top =
          row.value === null
            ? baseline
            : Math.min(y(row.value), baseline - (row.value > 0 ? 1 : 0));
        return (
          <g key={i} data-column={i}>
            {row.value === null ? (
              <SuppressedMarker cx={round(mirrorX(cx, 0, dir))} cy={round(baseline - marker - 2)} r={marker} data-suppressed="" />
            ) : (
              top < baseline && (
                <rect
                  data-bar={i}
                  x={round(mirrorX(cx - columnW / 2, columnW, dir))}
                  y={round(top)}
                  width={columnW}
                  height={round(baseline - top)}
                  fill={BRAND}
                  stroke={BRAND_DARK}
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                  className="forced-colors:fill-[CanvasText]"
                />
              )
            )}
            {showValues && row.value !== null && (
              <text
                {...text(cx, "middle", dir)}
                y={round(top - 4)}
                fill={INK}
                fontWeight="bold"
                className="forced-colors:fill-[CanvasText]"
              >
                {isolate(row.display)}
              </text>
            )}
            {labelled.has(i) && (
              <text
                {...text(cx, "middle", dir)}
                y={axisLabelY}
                fill={INK}
                className="forced-colors:fill-[CanvasText]"
                data-axis-label={i}
              >
                {isolate(shortLabels[i]!)}
              </text>
            )}
          </g>
        );
      })}
      {hasSuppressed && (
        <g data-legend="">
          <SuppressedMarker cx={round(mirrorX(marker + 1, 0, dir))} cy={round(legendY - FONT_SIZE * 0.35)} r={marker} />
          <text
            {...text(2 * marker + 8, "start", dir)}
            y={legendY}
            fill={MUTED}
            className="forced-colors:fill-[CanvasText]"
          >
            {isolate(truncate(frame.suppressedLabel, VIEW_WIDTH - 2 * marker - 8))}
          </text>
        </g>
      )}
    </ChartFigure>
  );
}

/** The open circle that stands for a suppressed value ("fewer than 10"), in the chart and its legend. */
function SuppressedMarker(props: { cx: number; cy: number; r: number; "data-suppressed"?: string }) {
  return (
    <circle
      {...props}
      fill="#fff"
      stroke={INK}
      strokeWidth={1}
      vectorEffect="non-scaling-stroke"
      className="forced-colors:stroke-[CanvasText]"
    />
  );
}
