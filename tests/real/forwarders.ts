// The suite's stand-in for "the internet". Every address a test uses is on loopback, and the
// distributions' defaults rightly trust the local machine (127.0.0.1, and 127.0.0.0/8 for
// Postfix), so the engine would be a trusted client if it talked to the servers directly.
// It talks to a forwarder instead, which reaches the server from OUTSIDE_SOURCE (not 127.0.0.1)
// and, for SMTP, tells Postfix with XCLIENT to treat the session as coming from a public
// documentation address. The guides' snippets stay untouched.
import net from "node:net";

export const OUTSIDE_SOURCE = "127.0.7.1";
/** The address Postfix is told (XCLIENT) that the session comes from: TEST-NET-2, never contacted. */
export const XCLIENT_ADDR = "198.51.100.25";

export interface Forwarder {
  close(): Promise<void>;
}

type Prelude = (upstream: net.Socket) => Promise<Buffer>;

function listen(host: string, port: number, to: { host: string; port: number }, prelude?: Prelude): Promise<Forwarder> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: to.host, port: to.port, localAddress: OUTSIDE_SOURCE });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    }
    const kill = () => (client.destroy(), upstream.destroy());
    client.on("error", kill);
    upstream.on("error", kill);
    client.pause();
    upstream.once("connect", () => {
      void (prelude ? prelude(upstream) : Promise.resolve(Buffer.alloc(0))).then(
        (first) => {
          if (first.length > 0) client.write(first);
          client.pipe(upstream);
          upstream.pipe(client);
          client.resume();
        },
        kill,
      );
    });
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

export function tcpForwarder(host: string, port: number, to: { host: string; port: number }): Promise<Forwarder> {
  return listen(host, port, to);
}

/** Reads SMTP replies until one whose last line is final ("250 …", not "250-…"). */
function readReply(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = "";
    const onData = (b: Buffer) => {
      buf += b.toString("latin1");
      const lines = buf.split("\r\n");
      const done = lines.slice(0, -1).some((l) => /^\d{3} /.test(l));
      if (done) {
        socket.off("data", onData);
        socket.pause();
        resolve(buf);
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.resume();
  });
}

/** SMTP forwarder: EHLO + XCLIENT upstream, then hands the new greeting to the engine. */
export function xclientForwarder(host: string, port: number, to: { host: string; port: number }): Promise<Forwarder> {
  return listen(host, port, to, async (up) => {
    await readReply(up);
    up.write("EHLO forwarder.invalid\r\n");
    const ehlo = await readReply(up);
    if (!/XCLIENT/i.test(ehlo)) throw new Error("upstream does not offer XCLIENT");
    up.write(`XCLIENT ADDR=${XCLIENT_ADDR} NAME=[UNAVAILABLE]\r\n`);
    const greeting = await readReply(up);
    if (!greeting.startsWith("220")) throw new Error(`XCLIENT refused: ${greeting}`);
    return Buffer.from(greeting, "latin1");
  });
}
