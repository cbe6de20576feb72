import { parseSelfTestConfig } from "@/lib/selftest/config";
import { selfTestService } from "@/lib/selftest/runtime";

/** The cooldown this server runs with: the installed service's, else the environment's. */
export function configuredCooldownSeconds(): number {
  const service = selfTestService();
  if (service) return service.cooldownSeconds;
  const parsed = parseSelfTestConfig(process.env);
  return parsed.ok ? parsed.config.cooldownSeconds : 60;
}
