// Dante (danted) with a generated config: "open" = no authentication, pass rules from anywhere;
// "default" = Debian's danted.conf plus the internal/external lines it needs to start at all.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratchDir, startServer, waitForPort, type Server } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

const SERVER = "127.0.5.6";
const PUBLIC = "127.0.6.6";
const PORT = 1080;

const OPEN = [
  "clientmethod: none",
  "socksmethod: none",
  "client pass {",
  "        from: 0.0.0.0/0 to: 0.0.0.0/0",
  "}",
  "socks pass {",
  "        from: 0.0.0.0/0 to: 0.0.0.0/0",
  "}",
].join("\n");

export async function startDante(setup: "open" | "default"): Promise<ConfigInstance> {
  const scratch = scratchDir("dante");
  const config = path.join(scratch.dir, "danted.conf");
  const base = setup === "default" ? readFileSync("/etc/danted.conf", "utf8") : "logoutput: stderr\nuser.privileged: root\nuser.unprivileged: nobody";
  writeFileSync(config, [base, `internal: ${SERVER} port = ${PORT}`, "external: 127.0.0.1", setup === "open" ? OPEN : "", ""].join("\n"));
  const pidFile = path.join(scratch.dir, "danted.pid");
  const start = async (): Promise<Server> => {
    const s = startServer("dante", "danted", ["-f", config, "-p", pidFile]);
    await waitForPort(s, SERVER, PORT);
    return s;
  };
  let server = await start();
  let restarting: Promise<void> = Promise.resolve();
  const forwarder = await tcpForwarder(PUBLIC, PORT, { host: SERVER, port: PORT });
  const current = { stop: () => server.stop() };
  return {
    target: PUBLIC,
    ports: { socks4: [PORT], socks5: [PORT] },
    config,
    read: () => readFileSync(config, "utf8"),
    write: (text) => writeFileSync(config, text),
    run: (command) => {
      if (command !== "systemctl restart danted") throw new Error(`unexpected Dante command: ${command}`);
      // A restart is a stop and a start; run() is synchronous, so the caller awaits settled().
      restarting = server.stop().then(async () => void (server = await start()));
      return "";
    },
    settled: () => restarting,
    stop: teardown([current, forwarder], scratch.remove),
  };
}
