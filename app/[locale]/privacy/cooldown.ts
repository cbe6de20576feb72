import { parseSelfTestConfig } from "@/lib/selftest/config";
import { selfTestService } from "@/lib/selftest/runtime";

/** The cooldown this server runs with: the installed service's, else the environment's. */
export function configuredCooldownSeconds(): number {
  const service = selfTestService();
  if (service) return service.cooldownSeconds;
  const parsed = parseSelfTestConfig(process.env);
  return parsed.ok ? parsed.config.cooldownSeconds : 60;
}

/** "1 minute", "8 seconds", "2 hours", in the locale's words and plural rules. */
export function formatCooldown(locale: string, seconds: number): string {
  const [value, unit] =
    seconds % 3600 === 0 ? [seconds / 3600, "hour"] : seconds % 60 === 0 ? [seconds / 60, "minute"] : [seconds, "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
