// tinyproxy with a generated config ("open": no Allow line, so everyone is allowed) or Debian's
// own tinyproxy.conf ("default"), bound to its own address.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sh, scratchDir, startServer, waitForPort } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

const SERVER = "127.0.5.5";
const PUBLIC = "127.0.6.5";
const PORT = 8888;

export async function startTinyproxy(setup: "open" | "default"): Promise<ConfigInstance> {
  const scratch = scratchDir("tinyproxy");
  const dir = scratch.dir;
  sh(`chown tinyproxy ${dir}`);
  const base =
    setup === "default"
      ? readFileSync("/etc/tinyproxy/tinyproxy.conf", "utf8").replace(/^(LogFile|PidFile)\b.*$/gm, "")
      : ["User tinyproxy", "Group tinyproxy", `Port ${PORT}`, "Timeout 60", 'ViaProxyName "tinyproxy"'].join("\n");
  const config = path.join(dir, "tinyproxy.conf");
  writeFileSync(config, [base, `Listen ${SERVER}`, `PidFile "${dir}/tinyproxy.pid"`, `LogFile "${dir}/tinyproxy.log"`, ""].join("\n"));
  const server = startServer("tinyproxy", "tinyproxy", ["-d", "-c", config]);
  await waitForPort(server, SERVER, PORT);
  const forwarder = await tcpForwarder(PUBLIC, PORT, { host: SERVER, port: PORT });
  return {
    target: PUBLIC,
    ports: { "http-proxy": [PORT], "http-post": [PORT], "http-connect": [PORT] },
    config,
    read: () => readFileSync(config, "utf8"),
    write: (text) => writeFileSync(config, text),
    // "systemctl reload tinyproxy" is Debian's ExecReload: kill -USR1 $MAINPID.
    run: (command) =>
      command === "systemctl reload tinyproxy" ? (process.kill(server.pid, "SIGUSR1"), "") : sh(command),
    stop: teardown([server, forwarder], scratch.remove),
  };
}
