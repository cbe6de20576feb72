// Real HTTP proxies from the `proxy` package (GET-absolute and CONNECT), open or demanding
// auth (407); every requested URL / CONNECT authority is recorded for the safety test.
import http from "node:http";
import { createProxy } from "proxy";
import { listenPeer, type Peer } from "./tcp-fake";

export interface ProxyPeer extends Peer {
  /** request-target of every request and CONNECT seen */
  requests: string[];
}

export async function startHttpProxy(opts: { auth?: boolean } = {}): Promise<ProxyPeer> {
  const requests: string[] = [];
  const server = http.createServer();
  server.prependListener("request", (req) => requests.push(`${req.method} ${req.url}`));
  server.prependListener("connect", (req) => requests.push(`CONNECT ${req.url}`));
  const proxy = createProxy(server);
  if (opts.auth) proxy.authenticate = () => false;
  const peer = await listenPeer(server);
  return {
    ...peer,
    requests,
    close: async () => {
      server.closeAllConnections();
      await peer.close();
    },
  };
}
