import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
// Bundled at build: the 1:110m atlas is small, and no file is read at request time.
import atlas from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 800;
/** Dropping points closer than this (in map pixels) keeps the inline SVG small. */
const TOLERANCE = 2.5;
const ANTARCTICA = "010";

export interface MapShape {
  code: string;
  d: string;
  marker: [number, number] | null;
}

export interface WorldMapGeometry {
  height: number;
  /** Every non-participating country merged into one outline. */
  background: string;
  shapes: MapShape[];
}

type Point = [number, number];

/** Projects to whole pixels, drops near-duplicate points and specks, writes relative commands. */
function toPath(object: GeoPermissibleObjects, path: ReturnType<typeof geoPath>, minArea: number) {
  const rings: Point[][] = [];
  path.context({
    moveTo: (x: number, y: number) => void rings.push([[x, y]]),
    lineTo: (x: number, y: number) => void rings.at(-1)?.push([x, y]),
    closePath: () => {},
    arc: () => {},
  } as unknown as CanvasRenderingContext2D)(object);
  let out = "";
  let origin: Point = [0, 0];
  for (const ring of rings) {
    const points: Point[] = [];
    for (const [x, y] of ring) {
      const next: Point = [Math.round(x), Math.round(y)];
      const last = points.at(-1);
      if (!last || Math.hypot(next[0] - last[0], next[1] - last[1]) >= TOLERANCE) points.push(next);
    }
    if (points.length < 3 || Math.abs(area(points)) < minArea) continue;
    const [first, ...rest] = points as [Point, ...Point[]];
    out += `${out ? "m" : "M"}${first[0] - origin[0]} ${first[1] - origin[1]}l`;
    let [lx, ly] = first;
    out += rest
      .map(([x, y]) => {
        const step = `${x - lx} ${y - ly}`;
        [lx, ly] = [x, y];
        return step;
      })
      .join(" ");
    out += "z";
    origin = first;
  }
  return out.replace(/ -/g, "-");
}

function area(points: Point[]): number {
  let sum = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length] as Point;
    sum += x1 * y2 - x2 * y1;
  });
  return sum / 2;
}

/** The participating countries shaded, the rest as one outline; computed once per process. */
export function buildWorldMap(
  countries: { code: string; mapIds: string[]; marker?: [number, number] }[],
): WorldMapGeometry {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const all = topology.objects.countries.geometries.filter(
    (g): g is Polygon | MultiPolygon => g.id !== ANTARCTICA && g.type !== null,
  );
  const shaded = new Set(countries.flatMap((c) => c.mapIds));
  const world = feature(topology, { type: "GeometryCollection", geometries: all });
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, world);
  const path = geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(world);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const background = merge(
    topology,
    all.filter((g) => !shaded.has(String(g.id))),
  );
  return {
    height: Math.ceil(bottom - top),
    background: toPath(background, path, 4),
    shapes: countries.map((country) => {
      const geometries = all.filter((g) => country.mapIds.includes(String(g.id)));
      const shape = merge(topology, geometries);
      const marker = country.marker ? projection(country.marker) : null;
      return {
        code: country.code,
        d: geometries.length ? toPath(shape, path, 0.5) : "",
        marker: marker ? [Math.round(marker[0]), Math.round(marker[1])] : null,
      };
    }),
  };
}
