// A raw TCP listener on 127.0.0.1 (or ::1) with an ephemeral port for hostile fakes (or on a
// given loopback address and port, as e2e visitors need); close() destroys every socket it
// accepted so no test leaves anything behind.
import net from "node:net";

export interface Peer {
  port: number;
  /** number of connections still open on the peer side */
  openConnections(): number;
  close(): Promise<void>;
}

export type PeerHost = "127.0.0.1" | "::1";

/** Where a fake listens when it is not 127.0.0.1 on an ephemeral port (always a loopback address). */
export type PeerAt = { host: string; port: number };

export function listenPeer(server: net.Server, sockets: Set<net.Socket> = new Set(), host: string = "127.0.0.1", port = 0): Promise<Peer> {
  server.on("connection", (s: net.Socket) => {
    sockets.add(s);
    s.on("error", () => {});
    s.on("close", () => sockets.delete(s));
    // a fake that never reads would never notice our FIN; drain so closes are seen at once
    if (s.listenerCount("data") === 0) s.resume();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        openConnections: () => sockets.size,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

export function startTcpFake(onConnection: (socket: net.Socket) => void, at?: PeerAt): Promise<Peer> {
  return listenPeer(net.createServer(onConnection), new Set(), at?.host, at?.port);
}
