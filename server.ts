// Production server (`npm start`): decides the client address from the TCP socket — or, behind
// a trusted proxy, from X-Forwarded-For — before Next.js sees the request, so no header a
// visitor sends can choose what the self-test probes. `next start` alone would pass a forged
// X-Forwarded-For through, which is why the self-test refuses to run without this server.
import http from "node:http";
import { configOrExit } from "./lib/startup";
import next from "next";
import { resolveClientIp } from "./lib/client-ip";
import { answerHealth } from "./lib/health";
import { DEFAULTS, startCanary, type Canary } from "./lib/probe";
import { createRunner } from "./lib/runner";
import { createQueueRunner, type QueueRunner } from "./lib/runner/queue";
import { CLIENT_IP_HEADER, installSelfTestService } from "./lib/selftest/runtime";
import { createApiGate } from "./lib/selftest/api-gate";
import { createSelfTestService } from "./lib/selftest/service";
import { connectRedis } from "./lib/selftest/redis";
import { openStore } from "./lib/store";
import { createSavedReports } from "./lib/reports/saved-reports";
import { installSavedReports } from "./lib/reports/runtime";
import { createStatisticsSource } from "./lib/statistics/source";
import { installStatistics } from "./lib/statistics/runtime";
import { startPurgeSweep } from "./lib/reports/sweep";
import { pinStatus, reportPageStatus } from "./lib/reports/page-status";

const config = configOrExit("server");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

// The store may be down at startup: pages and the self-test run without it, saving waits for it.
const store = openStore(config.store);
await store.ready().catch((e: Error) => console.error(`The store is not ready (${store.backend}): ${e.message}. Saving reports will fail until it is.`));
const sweep = startPurgeSweep(store);
const savedReports = createSavedReports(store, { retentionDays: config.reportRetentionDays });
installSavedReports(savedReports);
installStatistics(createStatisticsSource(store, { demo: config.statisticsDemo }));

// With the queue, probe workers (worker.ts) run the tests, each with its own canary.
const queued = config.runner === "queue";
let canary: Canary | null = null;
if (!config.disabled && !queued) {
  try {
    canary = await startCanary(config.canary);
  } catch (e) {
    console.error(`The self-test canary could not start on ${config.canary.host}:${config.canary.port}: ${(e as Error).message}`);
    process.exit(1);
  }
}
// Several web instances share their limits through Redis; one instance keeps them in memory.
const redis = config.redisUrl ? connectRedis(config.redisUrl) : null;
// Probes run in worker threads (no peer can hold the event loop that serves pages), or in probe
// workers behind the queue. Waiting for a queued test covers the engine's deadline and one
// hand-over from a worker that died to another (its lock, 10 s), with room to spare.
const queue =
  queued && !config.disabled
    ? createQueueRunner({ redisUrl: config.redisUrl!, subscriber: connectRedis(config.redisUrl!), publisher: redis!, maxWaitMs: 2 * DEFAULTS.totalTimeoutMs + 20_000 })
    : null;
const runner = queue ?? (canary ? createRunner(canary, config.probeWorkers) : null);
const service = createSelfTestService(config, runner, store, redis);
installSelfTestService(service);
const apiGate = createApiGate(service, config.siteUrl.origin);

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// What /readyz checks: the store (SQLite file or PostgreSQL) answers a query, Redis when the
// limits are shared, and at least one probe worker listens when the queue runs the tests.
const dependencies = [
  { name: "store", check: () => store.ping() },
  ...(redis ? [{ name: "redis", check: async () => void (await redis.ping()) }] : []),
  ...(queue ? [{ name: "workers", check: () => workersListening(queue) }] : []),
];

async function workersListening(q: QueueRunner): Promise<void> {
  if ((await q.workers()) === 0) throw new Error("no probe worker");
}

const server = http.createServer(async (req, res) => {
  if (await answerHealth(req, res, dependencies)) return;
  const client = resolveClientIp({
    socketIp: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trusted: config.trustedProxies,
  });
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
  // Always set: left empty, Next.js would fill it with the socket address of our own proxy.
  req.headers[CLIENT_IP_HEADER] = client ?? "unknown";
  void apiGate(req, client).then(
    async (answer) => {
      if (answer) return void res.writeHead(answer.status, answer.headers).end(answer.body);
      const accept = req.headers.accept ?? "";
      const page = accept.includes("text/html") || !accept.includes("application/json");
      const status = page ? await reportPageStatus(req.method ?? "GET", (req.url ?? "/").split("?")[0]!, savedReports) : null;
      if (status) pinStatus(res, status);
      await handle(req, res);
    },
    () => res.writeHead(500).end(),
  );
});

server.listen(port, hostname, () => {
  const canaryAt = canary ? `, canary ${canary.url("…")}` : queued ? ", tests run by probe workers (queue)" : ", self-test disabled";
  console.log(`Ready on http://${hostname}:${port}${canaryAt}, store ${store.backend}, limits ${redis ? "in Redis" : "in memory"}`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  const force = setTimeout(() => process.exit(0), 5_000);
  force.unref();
  server.close();
  server.closeIdleConnections();
  await runner?.close();
  await canary?.close();
  sweep.stop();
  await store.close().catch(() => {});
  redis?.disconnect();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
