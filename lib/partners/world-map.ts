import { partners } from "./data";
import { buildWorldMap, type WorldMapGeometry } from "./map-geometry";

let cached: WorldMapGeometry | undefined;

/** The map depends on the data file only, so it is projected once per server process. */
export function worldMap(): WorldMapGeometry {
  cached ??= buildWorldMap(partners.countries);
  return cached;
}
