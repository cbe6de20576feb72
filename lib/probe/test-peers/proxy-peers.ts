// Real HTTP proxies from the `proxy` package (GET-absolute and CONNECT), open or demanding
// auth (407); every requested URL / CONNECT authority is recorded for the safety test.
import http from "node:http";
import net from "node:net";
import { createProxy } from "proxy";
import { listenPeer, startTcpFake, type Peer, type PeerHost } from "./tcp-fake";

export interface ProxyPeer extends Peer {
  /** request-target of every request and CONNECT seen */
  requests: string[];
}

export async function startHttpProxy(opts: { auth?: boolean; host?: PeerHost } = {}): Promise<ProxyPeer> {
  const requests: string[] = [];
  const server = http.createServer();
  server.prependListener("request", (req) => requests.push(`${req.method} ${req.url}`));
  server.prependListener("connect", (req) => requests.push(`CONNECT ${req.url}`));
  const proxy = createProxy(server);
  if (opts.auth) proxy.authenticate = () => false;
  const peer = await listenPeer(server, undefined, opts.host);
  return {
    ...peer,
    requests,
    close: async () => {
      server.closeAllConnections();
      await peer.close();
    },
  };
}

/** A CONNECT proxy that really tunnels but holds every answer coming back for `delayMs`: a slow
 * path, to be judged by what the canary saw rather than by how long the tunnel stayed quiet. */
export function startSlowTunnel(delayMs: number): Promise<Peer> {
  return startTcpFake((client) => {
    client.once("data", (d: Buffer) => {
      const m = /^CONNECT \[?([^\]\s]+?)\]?:(\d+) /.exec(d.toString("latin1"));
      if (!m) return void client.destroy();
      const upstream = net.connect({ host: m[1]!, port: Number(m[2]) });
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      const later = (f: () => void) => setTimeout(() => !client.destroyed && f(), delayMs);
      upstream.once("connect", () => {
        client.write("HTTP/1.1 200 Connection established\r\n\r\n");
        client.on("data", (c: Buffer) => upstream.write(c));
        upstream.on("data", (c: Buffer) => later(() => client.write(c)));
        upstream.on("end", () => later(() => client.end()));
      });
    });
  });
}

/** A proxy that refuses GET (403) but forwards POST: the reason the http-post check exists. */
export async function startPostOnlyProxy(): Promise<Peer> {
  const server = http.createServer((req, res) => {
    if (req.method !== "POST" || !/^http:\/\//.test(req.url ?? "")) {
      res.writeHead(403, { server: "postonly", "content-length": 0, connection: "close" }).end();
      return;
    }
    const upstream = http.request(req.url!, { method: "POST", headers: req.headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502, { connection: "close" }).end());
    req.pipe(upstream);
  });
  const peer = await listenPeer(server);
  return { ...peer, close: async () => (server.closeAllConnections(), peer.close()) };
}
