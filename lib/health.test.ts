import { describe, expect, it } from "vitest";
import { readiness } from "./health";

describe("readiness", () => {
  it("ready when every dependency answers, naming each one", async () => {
    expect(await readiness([{ name: "store", check: async () => {} }])).toEqual({ ready: true, checks: { store: "ok" } });
  });

  it("not ready when one fails or hangs past the deadline; the others still say ok", async () => {
    const t0 = Date.now();
    const r = await readiness(
      [
        { name: "store", check: async () => {} },
        { name: "redis", check: () => Promise.reject(new Error("ECONNREFUSED")) },
        { name: "queue", check: () => new Promise<void>(() => {}) },
      ],
      200,
    );
    expect(r).toEqual({ ready: false, checks: { store: "ok", redis: "unavailable", queue: "unavailable" } });
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
