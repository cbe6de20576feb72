// Hostile clients of the canary (issue 10 item 7): each tries to hold canary connections open in
// one specific way. They dial from a chosen loopback source (127.0.0.x) so per-source caps can be
// tested; every socket they open is destroyed by `close()`, so a test leaves nothing behind.
import net from "node:net";

export interface HeldConnection {
  /** ms from connect until the canary closed the connection (never resolves while it is open) */
  closed: Promise<number>;
  isOpen(): boolean;
  /** the client hangs up this one connection */
  drop(): void;
}

export interface HostileClients {
  connections: HeldConnection[];
  /** how many are still open, as seen from the client side */
  open(): number;
  close(): void;
}

interface Dial {
  port: number;
  /** loopback source address, e.g. 127.0.0.2 (default 127.0.0.1) */
  from?: string;
}

function hold(sockets: Set<net.Socket>, { port, from = "127.0.0.1" }: Dial, onConnect?: (s: net.Socket) => void) {
  return new Promise<HeldConnection>((resolve, reject) => {
    const s = net.connect({ host: "127.0.0.1", port, localAddress: from });
    sockets.add(s);
    let openedAt = 0;
    const closed = new Promise<number>((done) => s.once("close", () => done(Date.now() - openedAt)));
    s.on("error", () => {}); // a reset is how the canary may drop us; `closed` reports it
    s.once("close", () => sockets.delete(s));
    s.once("error", reject); // before connect only: after it, resolve has already won
    s.once("connect", () => {
      openedAt = Date.now();
      onConnect?.(s);
      resolve({ closed, isOpen: () => !s.destroyed && s.readyState === "open", drop: () => s.destroy() });
    });
  });
}

function clients(sockets: Set<net.Socket>, connections: HeldConnection[], timers: NodeJS.Timeout[] = []): HostileClients {
  return {
    connections,
    open: () => connections.filter((c) => c.isOpen()).length,
    close: () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
    },
  };
}

/** Connects and never sends a byte. */
export async function idleConnector(dial: Dial): Promise<HostileClients> {
  return openMany(dial, 1);
}

/** Opens `count` idle connections one after another, as fast as the canary accepts them. */
export async function openMany(dial: Dial, count: number): Promise<HostileClients> {
  const sockets = new Set<net.Socket>();
  const connections: HeldConnection[] = [];
  for (let i = 0; i < count; i++) connections.push(await hold(sockets, dial));
  return clients(sockets, connections);
}

/** Slowloris: starts a plausible request head, then trickles one header byte every `intervalMs`
 * and never finishes it, so an idle timeout alone never fires. */
export async function slowloris(dial: Dial & { intervalMs: number }): Promise<HostileClients> {
  const sockets = new Set<net.Socket>();
  const timers: NodeJS.Timeout[] = [];
  const connection = await hold(sockets, dial, (s) => {
    s.write(`GET /syscanary/${"0".repeat(32)} HTTP/1.1\r\nHost: canary\r\nX-Slow: `);
    const t = setInterval(() => {
      if (!s.destroyed) s.write("a");
    }, dial.intervalMs);
    timers.push(t);
    s.once("close", () => clearInterval(t));
  });
  return clients(sockets, [connection], timers);
}
