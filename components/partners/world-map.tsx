import { MAP_WIDTH } from "@/lib/partners/map-geometry";
import { worldMap } from "@/lib/partners/world-map";

interface Props {
  title: string;
  description: string;
  caption: string;
  /** Localized country names by code, for the hover titles. */
  names: Map<string, string>;
}

/**
 * Static inline SVG drawn on the server: no script, no tiles. role="img" with a title and a
 * description gives it one accessible name; the country list below is the full text alternative.
 */
export function WorldMap({ title, description, caption, names }: Props) {
  const map = worldMap();
  return (
    <figure className="my-8">
      <svg
        role="img"
        aria-labelledby="world-map-title world-map-desc"
        viewBox={`0 0 ${MAP_WIDTH} ${map.height}`}
        className="h-auto w-full"
        data-testid="world-map"
      >
        <title id="world-map-title">{title}</title>
        <desc id="world-map-desc">{description}</desc>
        <path d={map.background} fill="#d8d9da" />
        <g fill="#1d70b8" stroke="#fff" strokeWidth="0.5">
          {map.shapes.map(({ code, d, marker }) => (
            <g key={code} data-country={code}>
              <title>{names.get(code)}</title>
              {d && <path d={d} />}
              {marker && <circle cx={marker[0]} cy={marker[1]} r="4" strokeWidth="1.5" />}
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="mt-2 text-muted">{caption}</figcaption>
    </figure>
  );
}
