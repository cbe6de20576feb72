// The canary is an internet-facing port: every connection is bounded in time and in number,
// per source too, so a slowloris or an idle flood costs nothing (issue 10, items 5 to 7).
import type http from "node:http";
import type net from "node:net";
import ipaddr from "ipaddr.js";

export interface ConnectionLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  maxConnections: number;
  maxConnectionsPerSource: number;
}

/** IPv4 address, or the /64 of an IPv6 one: one IPv6 network is one visitor (issue 10 item 2). */
export function connectionSource(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return "unknown";
  const ip = ipaddr.process(address); // ::ffff:a.b.c.d counts as a.b.c.d
  if (ip.kind() === "ipv4") return ip.toString();
  return `${ip.toNormalizedString().split(":").slice(0, 4).join(":")}::/64`;
}

// Node's own headersTimeout/requestTimeout are only checked every connectionsCheckingInterval
// (30 s by default), so each connection gets its own timers instead; they fire on time.
export function boundConnections(server: http.Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections; // net drops extras before any JS socket exists
  server.timeout = limits.idleTimeoutMs; // node:http destroys a socket idle this long
  server.keepAliveTimeout = Math.min(1_000, limits.idleTimeoutMs);
  // Addresses live here only while their connections are open: an entry leaves with its last one.
  const perSource = new Map<string, number>();
  const headerTimers = new WeakMap<net.Socket, NodeJS.Timeout>();
  server.on("connection", (socket: net.Socket) => {
    const source = connectionSource(socket.remoteAddress);
    const open = (perSource.get(source) ?? 0) + 1;
    if (open > limits.maxConnectionsPerSource) return void socket.destroy();
    perSource.set(source, open);
    const kill = () => socket.destroy();
    const life = setTimeout(kill, limits.requestTimeoutMs).unref();
    const head = setTimeout(kill, limits.headersTimeoutMs).unref();
    headerTimers.set(socket, head);
    socket.once("close", () => {
      clearTimeout(life);
      clearTimeout(head);
      const left = (perSource.get(source) ?? 1) - 1;
      if (left > 0) perSource.set(source, left);
      else perSource.delete(source);
    });
  });
  server.on("request", (req: http.IncomingMessage) => clearTimeout(headerTimers.get(req.socket)));
  server.on("clientError", (_err, socket) => socket.destroy());
}
