import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CANARY_PATH_PREFIX, canaryProof, startCanary } from "./canary";
import type { Canary } from "./types";

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

let canary: Canary;
let shortLived: Canary;
beforeAll(async () => {
  canary = await startCanary({ host: "127.0.0.1", port: 0 });
  shortLived = await startCanary({ host: "127.0.0.1", port: 0, nonceTtlMs: 30 });
});
afterAll(async () => {
  await canary.close();
  await shortLived.close();
});

describe("canary", () => {
  it("answers an issued nonce with the nonce and its proof, and records the peer", async () => {
    const nonce = canary.issueNonce();
    expect(canary.url(nonce)).toBe(`http://127.0.0.1:${canary.port}${CANARY_PATH_PREFIX}${nonce}`);
    expect(canary.wasFetched(nonce)).toBeNull();
    const res = await get(canary.url(nonce));
    expect(res.status).toBe(200);
    expect(res.body).toContain(nonce);
    expect(res.body).toContain(canaryProof(nonce));
    expect(canary.wasFetched(nonce)).toEqual({ peer: "127.0.0.1" });
  });
  it("answers 404 to nonces it did not issue", async () => {
    const res = await get(`http://127.0.0.1:${canary.port}${CANARY_PATH_PREFIX}${"a".repeat(32)}`);
    expect(res.status).toBe(404);
    expect((await get(`http://127.0.0.1:${canary.port}/`)).status).toBe(404);
  });
  it("the proof is not derivable from the URL text alone (not the nonce itself)", () => {
    const nonce = canary.issueNonce();
    expect(canaryProof(nonce)).not.toContain(nonce);
    expect(canary.url(nonce)).not.toContain(canaryProof(nonce));
  });
  it("expires nonces", async () => {
    const nonce = shortLived.issueNonce();
    await new Promise((r) => setTimeout(r, 60));
    expect((await get(shortLived.url(nonce))).status).toBe(404);
  });
  it("uses the public URL for url(), host and port", async () => {
    const pub = await startCanary({ host: "127.0.0.1", port: 0, publicUrl: "http://canary.example.org:8089" });
    try {
      expect(pub.host).toBe("canary.example.org");
      expect(pub.port).toBe(8089);
      expect(pub.url("ab")).toBe(`http://canary.example.org:8089${CANARY_PATH_PREFIX}ab`);
    } finally {
      await pub.close();
    }
  });
});
