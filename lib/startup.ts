// What server.ts and worker.ts check before anything starts: the Node version and the
// configuration. Either problem ends the process with a message that says what to fix.
import { unsupportedRuntime } from "./node-version";
import { parseSelfTestConfig, type SelfTestConfig } from "./selftest/config";

export function configOrExit(what: "server" | "worker"): SelfTestConfig {
  const runtimeProblem = unsupportedRuntime();
  if (runtimeProblem) {
    console.error(runtimeProblem);
    process.exit(1);
  }
  const parsed = parseSelfTestConfig(process.env);
  if (!parsed.ok) {
    console.error(`Configuration error, the ${what} did not start:\n  ${parsed.errors.join("\n  ")}`);
    process.exit(1);
  }
  return parsed.config;
}
