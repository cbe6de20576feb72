// A hostile STARTTLS peer in its own process (its CPU must not count as the site's): DHE only
// with a composite 10 000-bit modulus, renegotiating after every handshake. The site tests each
// visitor's own address, so the peer also answers on every loopback address given as an
// argument (same port, forwarded). Prints {"port": n}.
import net from "node:net";
import { startHostileStartTls } from "../lib/probe/test-peers/tls-hostile";

const peer = await startHostileStartTls({ dhe: true, renegotiations: 1_000 });
const forwarders = await Promise.all(
  process.argv.slice(2).map(
    (address) =>
      new Promise<net.Server>((resolve, reject) => {
        const server = net.createServer((visitor) => {
          const upstream = net.connect(peer.port, "127.0.0.1");
          visitor.on("error", () => upstream.destroy());
          upstream.on("error", () => visitor.destroy());
          visitor.pipe(upstream).pipe(visitor);
        });
        server.once("error", reject);
        server.listen(peer.port, address, () => resolve(server));
      }),
  ),
);
process.stdout.write(`${JSON.stringify({ port: peer.port })}\n`);
const stop = async () => {
  for (const f of forwarders) f.close();
  await peer.close();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
