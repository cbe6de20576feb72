// The worker pool runs the real engine off the caller's event loop, with the canary answering
// from the caller's thread; what happens in a worker (CPU, a crash) stays in that worker.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCanary, TargetRefusedError, type Canary } from "../probe";
import { startSilent } from "../probe/test-peers/hostile-peers";
import { startHttpProxy, type ProxyPeer } from "../probe/test-peers/proxy-peers";
import type { Peer } from "../probe/test-peers/tcp-fake";
import type { ProbeRunner } from "./types";
import { createWorkerPoolRunner } from "./worker-pool";

const FAST = { allowPrivate: true, connectTimeoutMs: 1000, idleTimeoutMs: 2000, totalTimeoutMs: 6000 };
let canary: Canary;
let pool: ProbeRunner;
let proxy: ProxyPeer;
let silent: Peer;

beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  pool = createWorkerPoolRunner({ canary, size: 2 });
  [proxy, silent] = await Promise.all([startHttpProxy(), startSilent()]);
});

afterAll(async () => {
  await pool.close();
  await Promise.all([proxy.close(), silent.close(), canary.close()]);
});

describe("worker pool runner", () => {
  it("runs the engine in a worker and proves an open proxy through the canary of the calling thread", async () => {
    const events: string[] = [];
    const report = await pool.run(
      "127.0.0.1",
      { ...FAST, only: ["http-proxy"], ports: { "http-proxy": [proxy.port] } },
      { onProgress: (e) => events.push(e.type) },
    );
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]).toMatchObject({ kind: "http-proxy", verdict: "vulnerable", reason: "nonce-returned" });
    expect(events).toEqual(["planned", "start", "finish"]);
  });

  it("gives workers the canary's IPv6 URL for an IPv6 target", async () => {
    const dual = await startCanary({ host: "127.0.0.1", port: 0, v6: { host: "::1", port: 0 } });
    const dualPool = createWorkerPoolRunner({ canary: dual, size: 1 });
    const proxy6 = await startHttpProxy({ host: "::1" });
    try {
      const report = await dualPool.run("::1", { ...FAST, only: ["http-proxy"], ports: { "http-proxy": [proxy6.port] } });
      expect(report.checks[0]).toMatchObject({ verdict: "vulnerable", reason: "nonce-returned" });
      expect(proxy6.requests).toEqual([expect.stringContaining(`http://[::1]:${dual.v6!.port}/syscanary/`)]);
    } finally {
      await dualPool.close();
      await Promise.all([proxy6.close(), dual.close()]);
    }
  });

  it("runs several tests at once across workers", async () => {
    const runs = Array.from({ length: 6 }, () =>
      pool.run("127.0.0.1", { ...FAST, only: ["http-proxy"], ports: { "http-proxy": [proxy.port] } }),
    );
    const verdicts = (await Promise.all(runs)).map((r) => r.verdict);
    expect(verdicts).toEqual(Array(6).fill("vulnerable"));
  });

  it("rejects a refused target with the engine's TargetRefusedError and code", async () => {
    const error = await pool.run("127.0.0.1", { ...FAST, allowPrivate: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetRefusedError);
    expect((error as TargetRefusedError).code).toBe("loopback");
  });

  it("stops a running test when the caller aborts", async () => {
    const stop = new AbortController();
    const slow = { ...FAST, idleTimeoutMs: 20_000, totalTimeoutMs: 30_000 };
    const running = pool.run("127.0.0.1", { ...slow, only: ["smtp-relay"], ports: { "smtp-relay": [silent.port] } }, { signal: stop.signal });
    setTimeout(() => stop.abort(), 300);
    const report = await running;
    expect(report.checks[0]).toMatchObject({ verdict: "inconclusive", reason: "aborted" });
    expect(report.durationMs).toBeLessThan(10_000);
  });

  it("keeps the calling thread's event loop free while a worker burns CPU", async () => {
    const busy = createWorkerPoolRunner({ canary, size: 1, workerUrl: new URL("./test-workers/busy-worker.mjs", import.meta.url) });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    try {
      await busy.run("127.0.0.1", { totalTimeoutMs: 10 }); // worker started and warm
      delay.enable();
      const report = await busy.run("127.0.0.1", { totalTimeoutMs: 2_000 });
      delay.disable();
      expect(report.target).toBe("127.0.0.1");
      // Had the 2 s of CPU run on this thread, the largest delay would be about 2 000 ms.
      expect(delay.max / 1e6).toBeLessThan(500);
    } finally {
      await busy.close();
    }
  });

  it("a worker that dies fails only its own runs and is replaced", async () => {
    const crashy = createWorkerPoolRunner({ canary, size: 1, workerUrl: new URL("./test-workers/crash-worker.mjs", import.meta.url) });
    try {
      await expect(crashy.run("crash", {})).rejects.toThrow("probe worker stopped");
      const report = await crashy.run("127.0.0.1", {});
      expect(report.target).toBe("127.0.0.1");
    } finally {
      await crashy.close();
    }
  });
});
