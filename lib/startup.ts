// What server.ts and worker.ts check before anything starts: the Node version and the
// configuration. Either problem ends the process with a message that says what to fix.
import { unsupportedRuntime } from "./node-version";
import { parseOperator } from "./operator";
import { placeholderMessage, placeholderProblems } from "./placeholder-config";
import { parseSelfTestConfig, type SelfTestConfig } from "./selftest/config";

export function configOrExit(what: "server" | "worker"): SelfTestConfig {
  const runtimeProblem = unsupportedRuntime();
  if (runtimeProblem) {
    console.error(runtimeProblem);
    process.exit(1);
  }
  const parsed = parseSelfTestConfig(process.env);
  const operator = what === "server" ? parseOperator(process.env) : null;
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(operator && !operator.ok ? operator.errors : [])];
  if (!parsed.ok || errors.length > 0) {
    console.error(`Configuration error, the ${what} did not start:\n  ${errors.join("\n  ")}`);
    process.exit(1);
  }
  // The web server publishes the addresses; a probe worker shows nothing to visitors.
  const placeholders = what === "server" ? placeholderProblems(process.env) : [];
  if (placeholders.length > 0) {
    console.error(placeholderMessage(what, placeholders));
    process.exit(1);
  }
  return parsed.config;
}
