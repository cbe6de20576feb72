// Loopback peers for the self-test e2e: real `smtp-server`, `proxy` and SOCKS5 servers bound to
// one 127.0.x.y address on the ports of the lab port plan, so that a test can play the visitor
// whose server is at that address. Every peer a test starts, the test closes.
import http from "node:http";
import net from "node:net";
import { createServer as createSocks5 } from "@pondwader/socks5-server";
import { createProxy } from "proxy";
import { SMTPServer } from "smtp-server";

/** The lab port plan; playwright.config.ts passes the same plan as SELFTEST_PORTS. */
export const LAB_PORTS = { smtp: 2525, http: 3128, socks: 1080 } as const;
export const LAB_PORT_PLAN = `smtp-relay=${LAB_PORTS.smtp};http-proxy=${LAB_PORTS.http};http-post=${LAB_PORTS.http};http-connect=${LAB_PORTS.http};socks5=${LAB_PORTS.socks}`;
/** One report row per (kind, port) of the lab plan. */
export const LAB_CHECKS = LAB_PORT_PLAN.split(";").length;

const base = Number(process.env.E2E_PORT ?? 3100);
/** The lab server (trusted local proxy, private targets, short cooldown) and the production one. */
export const LAB_URL = `http://127.0.0.1:${base + 1}`;
export const PRODUCTION_URL = `http://127.0.0.1:${base + 2}`;
export const LAB_COOLDOWN_SECONDS = 8;

export interface Closable {
  close(): Promise<void>;
}

function listen(server: net.Server, host: string, port: number): Promise<Closable> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

export interface SmtpPeerOptions {
  relay: "open" | "closed";
  /** hold the greeting back this long, so that a test can watch the progress view */
  greetingDelayMs?: number;
}

/** A Postfix-looking mail server; "open" accepts any recipient, "closed" only local ones. */
export function startSmtp(host: string, { relay, greetingDelayMs = 0 }: SmtpPeerOptions): Promise<Closable> {
  const server = new SMTPServer({
    name: "mx.lab.test",
    banner: "ESMTP Postfix (Debian/GNU)",
    logger: false,
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    onConnect: (_session, cb) => (greetingDelayMs ? setTimeout(cb, greetingDelayMs) : cb()),
    onRcptTo(address, _session, cb) {
      const local = address.address.endsWith("@lab.test") || /^postmaster(@|$)/i.test(address.address);
      if (relay === "closed" && !local) return cb(Object.assign(new Error("5.7.1 Relay access denied"), { responseCode: 554 }));
      cb();
    },
    onData(stream, _session, cb) {
      stream.resume(); // the engine never sends DATA; this only keeps the server well-behaved
      stream.on("end", () => cb());
    },
  });
  server.on("error", () => {});
  const inner = (server as unknown as { server: net.Server }).server;
  return listen(inner, host, LAB_PORTS.smtp);
}

/** An HTTP proxy that demands a password (407) from everyone. */
export function startClosedProxy(host: string): Promise<Closable> {
  const server = http.createServer();
  const proxy = createProxy(server);
  proxy.authenticate = () => false;
  return listen(server, host, LAB_PORTS.http);
}

/** A SOCKS5 proxy that accepts only username/password logins. */
export function startClosedSocks(host: string): Promise<Closable> {
  const server = createSocks5({ auth: { username: "lab", password: "not-for-you" } });
  const inner = (server as unknown as { server: net.Server }).server;
  return listen(inner, host, LAB_PORTS.socks);
}

export async function closeAll(peers: Closable[]): Promise<void> {
  await Promise.all(peers.map((p) => p.close()));
}
