// `npm run bench`: speed and memory figures, printed rather than asserted (timed tests flake on
// a shared machine). The flood benchmark needs a production build (`npm run build`).
import { benchEngine } from "./engine";
import { benchFlood } from "./flood";
import { benchHostileTls } from "./hostile-tls";
import { benchMemory } from "./memory";
import { benchStatistics } from "./statistics";
import { benchVerdictTimes } from "./verdict-times";

console.log("# Probe engine");
await benchEngine();
console.log("\n# Time to verdict per test peer (default limits)");
const verdictsOk = await benchVerdictTimes();
console.log("\n# Rate limit under a flood of /api/self-test");
const floodOk = await benchFlood();
console.log("\n# Page latency while a hostile TLS peer is tested");
const tlsOk = await benchHostileTls();
console.log("\n# Report memory filled with worst-case reports");
const memoryOk = await benchMemory();
console.log("\n# Statistics over 1 000 000 records");
const statisticsOk = await benchStatistics();
process.exitCode = verdictsOk && floodOk && tlsOk && memoryOk && statisticsOk ? 0 : 1;
