// Node 20 reached end of life in April 2026, and a public security site must not run on an
// unsupported runtime. The project ships Node 24 LTS as the npm `node` package, so `npm start`
// and every `npm run` script use it; this check stops anything started another way.
export const REQUIRED_NODE_MAJOR = 24;

/** Why this runtime is not acceptable, or null when it is. */
export function unsupportedRuntime(version: string = process.versions.node): string | null {
  const major = Number(version.split(".")[0]);
  if (major >= REQUIRED_NODE_MAJOR) return null;
  return `Node.js ${version} is not supported (end of life). Use Node.js ${REQUIRED_NODE_MAJOR}: the npm scripts (npm start, npm run selftest, npm test) run the project's own Node ${REQUIRED_NODE_MAJOR}.`;
}
