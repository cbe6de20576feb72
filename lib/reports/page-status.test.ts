import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SelfTestReport } from "../probe/types";
import { openStore } from "../store";
import type { Store } from "../store/types";
import { pinStatus, reportPageStatus } from "./page-status";
import { createSavedReports, type SavedReports } from "./saved-reports";

const report: SelfTestReport = { schema: 1, target: "203.0.113.5", startedAt: "2026-12-05T10:00:00.000Z", durationMs: 5, verdict: "no-service", checks: [] };

let dir: string;
let store: Store;
let reports: SavedReports;
let id: string;
let token: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "page-status-"));
  store = openStore({ dataDir: dir });
  reports = createSavedReports(store, { retentionDays: 1 });
  const saved = await reports.save(report, "v");
  if (!saved.ok) throw new Error("not saved");
  ({ id, deleteToken: token } = saved.saved);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reportPageStatus", () => {
  it("lets a saved report and its delete page render (null)", async () => {
    expect(await reportPageStatus("GET", `/en/reports/${id}`, reports)).toBeNull();
    expect(await reportPageStatus("HEAD", `/ro/reports/${id}/delete/${token}`, reports)).toBeNull();
  });

  it("answers 404 for unknown and malformed ids and wrong delete links", async () => {
    expect(await reportPageStatus("GET", `/en/reports/${"A".repeat(22)}`, reports)).toBe(404);
    expect(await reportPageStatus("GET", "/en/reports/short", reports)).toBe(404);
    expect(await reportPageStatus("GET", `/en/reports/${id}/delete/${"B".repeat(22)}`, reports)).toBe(404);
    expect(await reportPageStatus("GET", `/en/reports/${id}/delete/nope`, reports)).toBe(404);
  });

  it("answers 503 when the store fails, and leaves other pages and methods alone", async () => {
    const down = { find: () => Promise.reject(new Error("down")) } as unknown as SavedReports;
    expect(await reportPageStatus("GET", `/en/reports/${id}`, down)).toBe(503);
    expect(await reportPageStatus("GET", `/en/reports/${id}`, null)).toBe(503);
    expect(await reportPageStatus("GET", "/en/reports/deleted", reports)).toBeNull();
    expect(await reportPageStatus("GET", "/en/self-test/report", reports)).toBeNull();
    expect(await reportPageStatus("POST", `/en/reports/${id}/delete/${"B".repeat(22)}`, reports)).toBeNull();
  });
});

describe("pinStatus", () => {
  it("keeps the pinned status whatever the handler sets", async () => {
    const server = http.createServer((_req, res) => {
      pinStatus(res, 404);
      res.statusCode = 200;
      res.writeHead(200, { "content-type": "text/plain" }).end("page");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("page");
    server.close();
  });
});
