// Health endpoints for a load balancer. /healthz: this process answers (liveness; restart it when
// it does not). /readyz: what it needs to serve a visitor is reachable right now (readiness; send
// it no traffic while it is not). Each dependency gets one quick question with a deadline, so a
// hung database makes the answer "not ready", never a hung probe.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Dependency {
  name: string;
  /** resolves when reachable */
  check(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, "ok" | "unavailable">;
}

export async function readiness(dependencies: Dependency[], timeoutMs = 2_000): Promise<Readiness> {
  const results = await Promise.all(
    dependencies.map(async (d) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), timeoutMs)));
      try {
        await Promise.race([d.check(), late]);
        return [d.name, "ok"] as const;
      } catch {
        return [d.name, "unavailable"] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: results.every(([, r]) => r === "ok"), checks: Object.fromEntries(results) };
}

/** Answers GET /healthz and /readyz; false for any other request. */
export async function answerHealth(req: IncomingMessage, res: ServerResponse, dependencies: Dependency[]): Promise<boolean> {
  const path = (req.url ?? "").split("?")[0];
  if (path !== "/healthz" && path !== "/readyz") return false;
  const body = path === "/healthz" ? { status: "ok" } : await readiness(dependencies);
  const ok = !("ready" in body) || body.ready;
  res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(`${JSON.stringify(body)}\n`);
  return true;
}
