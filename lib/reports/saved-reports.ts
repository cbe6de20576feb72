// Saved reports on top of the store: unguessable ids, a second secret that deletes, the retention
// period, and a cap on saves per visitor so that nobody fills the disk by pressing "save" in a loop.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { SelfTestReport } from "../probe/types";
import type { SavedReportRow, Store } from "../store/types";
import { isSecret } from "./secret";

const newSecret = () => randomBytes(16).toString("base64url");
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export interface Saved {
  id: string;
  deleteToken: string;
  savedAt: Date;
  expiresAt: Date;
}

export type SaveOutcome = { ok: true; saved: Saved } | { ok: false; reason: "limited" };

export interface SavedReports {
  readonly retentionDays: number;
  /** `visitor`: the gate's key for the saver, for the cap on saves. Throws StoreUnavailableError. */
  save(report: SelfTestReport, visitor: string): Promise<SaveOutcome>;
  /** null for an unknown, expired or malformed id */
  find(id: string): Promise<SavedReportRow | null>;
  /** the report when `token` is its delete secret, else null */
  findForDeletion(id: string, token: string): Promise<SavedReportRow | null>;
  /** true when the report existed, the token was its delete secret, and it is gone now */
  delete(id: string, token: string): Promise<boolean>;
}

export interface SavedReportsOptions {
  retentionDays: number;
  /** saves per visitor per hour */
  savesPerHour?: number;
  now?: () => Date;
}

export function createSavedReports(store: Store, opts: SavedReportsOptions): SavedReports {
  const now = opts.now ?? (() => new Date());
  const limiter = new RateLimiterMemory({ points: opts.savesPerHour ?? 10, duration: 3600, keyPrefix: "save" });
  const find = async (id: string) => (isSecret(id) ? store.findReport(id, now()) : null);
  const tokenMatches = (row: SavedReportRow, token: string) =>
    isSecret(token) && timingSafeEqual(Buffer.from(row.deleteHash, "hex"), Buffer.from(hashOf(token), "hex"));

  return {
    retentionDays: opts.retentionDays,
    async save(report, visitor) {
      try {
        await limiter.consume(visitor);
      } catch (e) {
        if (e instanceof RateLimiterRes) return { ok: false, reason: "limited" };
        throw e;
      }
      const savedAt = now();
      const expiresAt = new Date(savedAt.getTime() + opts.retentionDays * 86_400_000);
      const saved = { id: newSecret(), deleteToken: newSecret(), savedAt, expiresAt };
      try {
        await store.saveReport({ id: saved.id, deleteHash: hashOf(saved.deleteToken), report, savedAt, expiresAt });
      } catch (e) {
        await limiter.reward(visitor); // nothing was saved: the attempt does not count
        throw e;
      }
      return { ok: true, saved };
    },
    find,
    async findForDeletion(id, token) {
      const row = await find(id);
      return row && tokenMatches(row, token) ? row : null;
    },
    async delete(id, token) {
      return isSecret(id) && isSecret(token) && store.deleteReport(id, hashOf(token));
    },
  };
}
