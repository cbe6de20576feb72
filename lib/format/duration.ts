/**
 * A configured length of time in the locale's words and plural rules, in its largest whole unit:
 * "1 minute", "8 seconds", "2 hours", "20 de secunde". Messages take the result as one value, so
 * no translation has to inflect a noun after a number it cannot see.
 */
export function formatDuration(locale: string, seconds: number): string {
  const [value, unit] =
    seconds % 3600 === 0 ? [seconds / 3600, "hour"] : seconds % 60 === 0 ? [seconds / 60, "minute"] : [seconds, "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
