// `npm run bench`: speed and memory figures, printed rather than asserted (timed tests flake on
// a shared machine). The flood benchmark needs a production build (`npm run build`).
import { benchEngine } from "./engine";
import { benchFlood } from "./flood";

console.log("# Probe engine");
await benchEngine();
console.log("\n# Rate limit under a flood of /api/self-test");
const floodOk = await benchFlood();
process.exitCode = floodOk ? 0 : 1;
