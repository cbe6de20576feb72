// Apache httpd from a copy of Debian's own /etc/apache2 tree in a temp dir (APACHE_CONFDIR), so
// the guide's `apachectl` commands run verbatim against it. "open" = `a2enmod proxy_http
// proxy_connect` plus a conf with `ProxyRequests On` and no access control.
import { readFileSync, writeFileSync, symlinkSync, mkdirSync } from "node:fs";
import path from "node:path";
import { scratchDir, sh, startServer, waitForPort } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

const SERVER = "127.0.5.3";
const PUBLIC = "127.0.6.3";
const PORT = 80;

export const OPEN_PROXY_CONF = "conf-enabled/forward-proxy.conf";

export async function startApache(setup: "open" | "default"): Promise<ConfigInstance> {
  const scratch = scratchDir("apache");
  const root = path.join(scratch.dir, "apache2");
  sh(`cp -a /etc/apache2 ${root}`);
  for (const d of ["run", "lock", "log"]) mkdirSync(path.join(scratch.dir, d));
  const env = {
    APACHE_CONFDIR: root,
    APACHE_RUN_USER: "www-data",
    APACHE_RUN_GROUP: "www-data",
    APACHE_PID_FILE: `${scratch.dir}/run/apache2.pid`,
    APACHE_RUN_DIR: `${scratch.dir}/run`,
    APACHE_LOCK_DIR: `${scratch.dir}/lock`,
    APACHE_LOG_DIR: `${scratch.dir}/log`,
    LANG: "C",
  };
  // apachectl sources $APACHE_CONFDIR/envvars: point it at the instance's own places.
  writeFileSync(path.join(root, "envvars"), Object.entries(env).map(([k, v]) => `export ${k}=${v}`).join("\n") + "\n");
  writeFileSync(path.join(root, "ports.conf"), `Listen ${SERVER}:${PORT}\n`);
  if (setup === "open") {
    for (const m of ["proxy.load", "proxy.conf", "proxy_http.load", "proxy_connect.load"]) {
      symlinkSync(`../mods-available/${m}`, path.join(root, "mods-enabled", m));
    }
    // CONNECT to any unprivileged port, as people do when "HTTPS on odd ports" fails.
    writeFileSync(path.join(root, OPEN_PROXY_CONF), "ProxyRequests On\nAllowCONNECT 443 1024-65535\n");
  }
  const server = startServer("apache", "apache2", ["-d", root, "-DFOREGROUND"], env);
  await waitForPort(server, SERVER, PORT);
  const forwarder = await tcpForwarder(PUBLIC, PORT, { host: SERVER, port: PORT });
  const file = path.join(root, OPEN_PROXY_CONF);
  return {
    target: PUBLIC,
    ports: { "http-proxy": [PORT], "http-post": [PORT], "http-connect": [PORT] },
    config: file,
    read: () => readFileSync(file, "utf8"),
    write: (text) => writeFileSync(file, text),
    run: (command) => sh(command, env),
    stop: teardown([server, forwarder], scratch.remove),
  };
}
