// A visitor from its own loopback address (127.0.30.N): the request leaves from that source, as
// `curl --interface 127.0.30.N` would, so nginx and the site see a distinct client per visitor.
import http from "node:http";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function visit(url: string, source: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", localAddress: source, headers: opts.headers, agent: false, timeout: 120_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url} for ${source}`)));
    req.on("error", reject);
    req.end();
  });
}

/** Starts a test as the visitor, asking for JSON. */
export function selfTest(base: string, source: string, query = ""): Promise<Answer> {
  return visit(`${base}/api/self-test${query}`, source, { method: "POST", headers: { accept: "application/json" } });
}
