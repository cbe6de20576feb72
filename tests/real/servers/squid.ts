// Squid with a generated squid.conf ("open": http_access allow all) or Debian's own squid.conf
// ("default"), plus the instance's own address, pid and log places.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sh, scratchDir, startServer, waitForPort } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

const SERVER = "127.0.5.2";
const PUBLIC = "127.0.6.2";
const PORT = 3128;

function instanceLines(dir: string): string[] {
  return [
    `pid_filename ${dir}/squid.pid`,
    `cache_log ${dir}/cache.log`,
    "access_log none",
    "cache_store_log none",
    `coredump_dir ${dir}`,
    "shutdown_lifetime 0 seconds",
    "visible_hostname proxy.example.test",
  ];
}

export async function startSquid(setup: "open" | "default"): Promise<ConfigInstance> {
  const scratch = scratchDir("squid");
  const dir = scratch.dir;
  sh(`chown proxy ${dir}`);
  const base =
    setup === "default"
      ? readFileSync("/etc/squid/squid.conf", "utf8").replace(/^http_port 3128$/m, `http_port ${SERVER}:${PORT}`)
      : [`http_port ${SERVER}:${PORT}`, "http_access allow all"].join("\n");
  const config = path.join(dir, "squid.conf");
  writeFileSync(config, [base, ...instanceLines(dir), ""].join("\n"));
  // -n: our own service name, so shared memory and pid never meet a system Squid.
  const squid = `squid -f ${config} -n realtest`;
  const server = startServer("squid", "squid", ["--foreground", "-f", config, "-n", "realtest"]);
  await waitForPort(server, SERVER, PORT);
  const forwarder = await tcpForwarder(PUBLIC, PORT, { host: SERVER, port: PORT });
  return {
    target: PUBLIC,
    ports: { "http-proxy": [PORT], "http-post": [PORT], "http-connect": [PORT] },
    config,
    read: () => readFileSync(config, "utf8"),
    write: (text) => writeFileSync(config, text),
    run: (command) => sh(command.replace(/^squid\b/, squid)),
    stop: teardown([server, forwarder], scratch.remove),
  };
}
