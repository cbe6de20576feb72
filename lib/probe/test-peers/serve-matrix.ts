// Starts open (or hostile) peers on 127.0.0.1 and prints their ports as one JSON line; used by
// bench/engine.ts so peer CPU stays out of the engine's process. Argument: which peers
// (smtp, http, socks4, socks5, fake200, echo, liar, garbage, silent; default the four open ones). Exits when stdin closes or on SIGTERM.
import { startSmtpPeer } from "./smtp-peers";
import { startHttpProxy } from "./proxy-peers";
import { startSocks4, startSocks5 } from "./socks-peers";
import { startEcho, startFake200, startGarbage, startSilent, startSocksLiar } from "./hostile-peers";
import type { Peer } from "./tcp-fake";

const starters: Record<string, () => Promise<Peer>> = {
  smtp: () => startSmtpPeer("open"),
  http: () => startHttpProxy(),
  socks4: () => startSocks4(),
  socks5: () => startSocks5(),
  fake200: startFake200,
  echo: startEcho,
  liar: startSocksLiar,
  garbage: startGarbage,
  silent: startSilent,
};
const wanted = (process.argv[2] ?? "smtp,http,socks4,socks5").split(",").filter((k) => k in starters);
const peers = await Promise.all(wanted.map((k) => starters[k]!()));
process.stdout.write(`${JSON.stringify(Object.fromEntries(wanted.map((k, i) => [k, peers[i]!.port])))}\n`);
const stop = async () => {
  await Promise.all(peers.map((p) => p.close()));
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
