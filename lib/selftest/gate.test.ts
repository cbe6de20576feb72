import { describe, expect, it } from "vitest";
import { createGate, type GateOptions } from "./gate";
import { createVisitorKeyer, DEFAULT_PREFIXES, visitorKeys } from "./visitor-key";

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
    // three networks, so that only the global cap is in play
    const a = await g.admit("8.8.8.1");
    const b = await g.admit("9.9.9.9");
    expect(g.running()).toBe(2);
    expect(await g.admit("1.1.1.1")).toMatchObject({ refused: "busy", status: 503, retryAfterSeconds: 20 });
    expect(await g.waitSeconds("1.1.1.1")).toBe(0);
    if (a.ok) a.release();
    if (a.ok) a.release(); // twice is harmless
    expect(g.running()).toBe(1);
    expect((await g.admit("1.1.1.1")).ok).toBe(true);
    if (b.ok) b.release();
  });

  it("a refunded test gives the cooldown back", async () => {
    const g = gate();
    const first = await g.admit(PUBLIC);
    if (!first.ok) throw new Error("refused");
    first.refund();
    first.release();
    await new Promise((r) => setTimeout(r, 10));
    expect((await g.admit(PUBLIC)).ok).toBe(true);
  });

  it("gives one admission and the rest rate-limited when one address floods", async () => {
    const g = gate({ maxConcurrent: 1 });
    const answers = await Promise.all(Array.from({ length: 200 }, () => g.admit(PUBLIC)));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok && a.refused === "rate-limited")).toHaveLength(199);
  });

  it("refuses IPv4-compatible ::a.b.c.d and cloud metadata over IPv6, even for a lab", async () => {
    expect(await gate().admit("::8.8.8.8")).toMatchObject({ refused: "reserved", status: 403 });
    expect(await gate({ allowPrivate: true }).admit("::127.0.0.2")).toMatchObject({ refused: "reserved" });
    expect(await gate({ allowPrivate: true }).admit("fd00:ec2::254")).toMatchObject({ refused: "link-local" });
  });

  it("refuses everything when switched off", async () => {
    expect(await gate({ disabled: true }).admit(PUBLIC)).toMatchObject({ refused: "disabled", status: 503 });
  });
});

// Private addresses (allowed as in a lab) stand in for visitors' networks: the gate only keys
// them, it never dials.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lab = (over: Partial<GateOptions> = {}) => gate({ allowPrivate: true, maxConcurrent: 8, ...over });
const V6_NET = "fd12:3456:789a:1";
const OTHER_V6_NET = "fd12:3456:789a:2";

describe("gate: one network is one visitor", () => {
  it("eight addresses from one IPv6 /64 cannot take all eight slots; another network still gets in", async () => {
    const g = lab();
    const answers = [];
    for (let i = 1; i <= 8; i++) answers.push(await g.admit(`${V6_NET}::${i}`));
    expect(answers[0]!.ok).toBe(true);
    for (const a of answers.slice(1)) expect(a).toMatchObject({ ok: false, refused: "rate-limited", status: 429 });
    expect(g.running()).toBe(1);
    expect(await g.waitSeconds(`${V6_NET}::99`)).toBeGreaterThan(55); // the whole /64 waits
    expect((await g.admit(`${OTHER_V6_NET}::1`)).ok).toBe(true);
  });

  it("caps tests at once per IPv4 /24 without using up the cooldown of those turned away", async () => {
    const g = lab({ cooldownSeconds: 1 });
    const answers = [];
    for (let i = 1; i <= 8; i++) answers.push(await g.admit(`127.0.0.${i}`));
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(answers[2]).toMatchObject({ ok: false, refused: "rate-limited", status: 429, retryAfterSeconds: 20 });
    expect(await g.waitSeconds("127.0.0.3")).toBe(20);
    expect((await g.admit("127.0.1.1")).ok).toBe(true); // the next /24 is someone else
    const first = answers[0]!;
    if (first.ok) first.release();
    expect((await g.admit("127.0.0.3")).ok).toBe(true); // no cooldown was taken from it
    expect(g.running()).toBe(3);
  });

  it("caps tests at once per IPv6 /64 when the cooldown is shorter than a test", async () => {
    const g = lab({ cooldownSeconds: 1 });
    expect((await g.admit(`${V6_NET}::1`)).ok).toBe(true);
    await sleep(1_100);
    expect((await g.admit(`${V6_NET}::2`)).ok).toBe(true);
    await sleep(1_100);
    expect(await g.admit(`${V6_NET}::3`)).toMatchObject({ refused: "rate-limited", status: 429, retryAfterSeconds: 20 });
    expect((await g.admit(`${OTHER_V6_NET}::3`)).ok).toBe(true);
  });

  it("holds the cap when a whole network asks at the same moment", async () => {
    const g = lab();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => g.admit(`127.0.0.${i + 1}`)));
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(answers.filter((a) => !a.ok && a.refused === "rate-limited")).toHaveLength(48);
  });

  it("follows SELFTEST_MAX_PER_NETWORK and the prefixes", async () => {
    const one = lab({ cooldownSeconds: 1, maxPerNetwork: 1 });
    expect((await one.admit("127.0.0.1")).ok).toBe(true);
    expect(await one.admit("127.0.0.2")).toMatchObject({ refused: "rate-limited" });
    const perAddress = lab({ prefixes: { ipv4: 32, ipv6: 128 } });
    for (let i = 1; i <= 4; i++) expect((await perAddress.admit(`${V6_NET}::${i}`)).ok).toBe(true);
  });

  it("keys networks by a keyed hash of the network, never the plain address", () => {
    const keyOf = createVisitorKeyer(Buffer.alloc(32, 7));
    const k = visitorKeys(`${V6_NET}:0:0:0:5`, keyOf, DEFAULT_PREFIXES);
    expect(k).toEqual({
      address: keyOf(`${V6_NET}:0:0:0:5`),
      cooldown: keyOf(`${V6_NET}::/64`),
      network: keyOf(`${V6_NET}::/64`),
    });
    expect(visitorKeys("127.0.0.9", keyOf, DEFAULT_PREFIXES)).toEqual({
      address: keyOf("127.0.0.9"),
      cooldown: keyOf("127.0.0.9"),
      network: keyOf("127.0.0.0/24"),
    });
    for (const key of Object.values(k)) expect(key).toMatch(/^[\w-]{32}$/);
  });
});

describe("gate: NAT64 visitors", () => {
  // 64:ff9b::127.0.0.5 is tested as 127.0.0.5; the pages ask with the IPv6 text they see.
  const NAT64 = "64:ff9b::7f00:5";

  it("finds the cooldown and the report key that admission recorded", async () => {
    const g = lab();
    const admitted = await g.admit(NAT64);
    expect(admitted).toMatchObject({ ok: true, target: "127.0.0.5" });
    expect(await g.waitSeconds(NAT64)).toBeGreaterThan(55);
    expect(await g.waitSeconds("64:ff9b::127.0.0.5")).toBeGreaterThan(55);
    expect(g.reportKey(NAT64)).toBe(admitted.ok && admitted.key);
    expect(g.reportKey("127.0.0.5")).toBe(admitted.ok && admitted.key);
    expect(g.reportKey("192.0.2.1")).toBeNull(); // untestable: nothing to look up
  });
});
