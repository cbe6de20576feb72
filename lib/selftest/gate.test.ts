import { describe, expect, it } from "vitest";
import { createGate, type GateOptions } from "./gate";

const gate = (over: Partial<GateOptions> = {}) =>
  createGate({ allowPrivate: false, cooldownSeconds: 60, maxConcurrent: 2, disabled: false, keyOf: (ip) => `k:${ip}`, ...over });

const PUBLIC = "8.8.8.8";

describe("gate", () => {
  it("admits a public address once per cooldown, then says how long to wait", async () => {
    const g = gate();
    const first = await g.admit(PUBLIC);
    expect(first.ok).toBe(true);
    const second = await g.admit(PUBLIC);
    expect(second).toMatchObject({ ok: false, refused: "rate-limited", status: 429, ip: PUBLIC });
    expect(second.ok === false && second.retryAfterSeconds).toBeGreaterThan(55);
    expect(await g.waitSeconds(PUBLIC)).toBeGreaterThan(55);
    expect(await g.waitSeconds("9.9.9.9")).toBe(0);
  });

  it("refuses non-public addresses with the engine's code, without using the cooldown", async () => {
    const g = gate();
    expect(await g.admit("127.0.0.2")).toMatchObject({ ok: false, refused: "loopback", status: 403, ip: "127.0.0.2" });
    expect(await g.admit("192.168.1.9")).toMatchObject({ refused: "private", status: 403 });
    expect(await g.admit("169.254.169.254")).toMatchObject({ refused: "link-local", status: 403 });
    expect(await g.admit(null)).toMatchObject({ refused: "invalid-address", status: 403, ip: null });
    expect(await g.waitSeconds("127.0.0.2")).toBe(0);
  });

  it("lets a lab deployment test private addresses, but never link-local", async () => {
    const g = gate({ allowPrivate: true });
    expect((await g.admit("127.0.0.2")).ok).toBe(true);
    expect(await g.admit("169.254.169.254")).toMatchObject({ refused: "link-local" });
  });

  it("caps tests running at once and refunds the cooldown of a visitor turned away", async () => {
    const g = gate();
    const a = await g.admit("8.8.8.1");
    const b = await g.admit("8.8.8.2");
    expect(g.running()).toBe(2);
    expect(await g.admit("8.8.8.3")).toMatchObject({ refused: "busy", status: 503, retryAfterSeconds: 20 });
    expect(await g.waitSeconds("8.8.8.3")).toBe(0);
    if (a.ok) a.release();
    if (a.ok) a.release(); // twice is harmless
    expect(g.running()).toBe(1);
    expect((await g.admit("8.8.8.3")).ok).toBe(true);
    if (b.ok) b.release();
  });

  it("gives one admission and the rest rate-limited when one address floods", async () => {
    const g = gate({ maxConcurrent: 1 });
    const answers = await Promise.all(Array.from({ length: 200 }, () => g.admit(PUBLIC)));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.refused === "rate-limited")).toHaveLength(199);
  });

  it("refuses everything when switched off", async () => {
    expect(await gate({ disabled: true }).admit(PUBLIC)).toMatchObject({ refused: "disabled", status: 503 });
  });
});
