// SOCKS peers: SOCKS5 from @pondwader/socks5-server (open or user/pass only), and a minimal
// but real forwarding SOCKS4/4a server of our own (the npm `socks4` server is unmaintained).
import net from "node:net";
import { createServer as createSocks5 } from "@pondwader/socks5-server";
import { listenPeer, type Peer, type PeerHost } from "./tcp-fake";

export interface SocksPeer extends Peer {
  /** "host:port" of every CONNECT request */
  destinations: string[];
}

export async function startSocks5(opts: { auth?: boolean; host?: PeerHost } = {}): Promise<SocksPeer> {
  const destinations: string[] = [];
  const server = createSocks5(opts.auth ? { auth: { username: "u", password: "p" } } : {});
  server.setRulesetValidator((conn) => {
    destinations.push(`${conn.destAddress}:${conn.destPort}`);
    return true;
  });
  const sockets = new Set<net.Socket>();
  const inner = (server as unknown as { server: net.Server }).server;
  const peer = await listenPeer(inner, sockets, opts.host);
  return { ...peer, destinations };
}

/** SOCKS4 (and 4a) CONNECT only; `reject` answers 91 to every request. */
export async function startSocks4(opts: { reject?: boolean; host?: PeerHost } = {}): Promise<SocksPeer> {
  const destinations: string[] = [];
  const upstreams = new Set<net.Socket>();
  const server = net.createServer((client) => {
    let buf = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 1024 || (buf.length >= 1 && buf[0] !== 4)) return client.destroy();
      const userEnd = buf.indexOf(0, 8);
      if (buf.length < 9 || userEnd < 0) return;
      const port = buf.readUInt16BE(2);
      let host = [...buf.subarray(4, 8)].join(".");
      let end = userEnd + 1;
      if (host.startsWith("0.0.0.") && host !== "0.0.0.0") {
        const hostEnd = buf.indexOf(0, end);
        if (hostEnd < 0) return;
        host = buf.subarray(end, hostEnd).toString("latin1");
        end = hostEnd + 1;
      }
      client.removeListener("data", onData);
      destinations.push(`${host}:${port}`);
      const reply = (code: number) => Buffer.from([0, code, 0, 0, 0, 0, 0, 0]);
      if (opts.reject || buf[1] !== 1) {
        client.end(reply(91));
        return;
      }
      const rest = buf.subarray(end);
      const upstream = net.connect({ host, port });
      upstreams.add(upstream);
      upstream.on("close", () => upstreams.delete(upstream));
      upstream.on("error", () => client.destroy());
      client.on("close", () => upstream.destroy());
      upstream.once("connect", () => {
        client.write(reply(90));
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
    };
    client.on("data", onData);
  });
  const peer = await listenPeer(server, undefined, opts.host);
  return {
    ...peer,
    destinations,
    close: async () => {
      for (const u of upstreams) u.destroy();
      await peer.close();
    },
  };
}
