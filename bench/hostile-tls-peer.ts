// A hostile STARTTLS peer in its own process (its CPU must not count as the site's): DHE only
// with a composite 10 000-bit modulus, renegotiating after every handshake. Prints {"port": n}.
import { startHostileStartTls } from "../lib/probe/test-peers/tls-hostile";

const peer = await startHostileStartTls({ dhe: true, renegotiations: 1_000 });
process.stdout.write(`${JSON.stringify({ port: peer.port })}\n`);
const stop = async () => {
  await peer.close();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
