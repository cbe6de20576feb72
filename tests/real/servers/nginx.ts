// nginx with a generated config: "open" = a server block that proxies to whatever host the
// client names (the usual forward-proxy recipe), "default" = Debian's default site.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratchDir, sh, startServer, waitForPort } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

const SERVER = "127.0.5.4";
const PUBLIC = "127.0.6.4";

export async function startNginx(setup: "open" | "default"): Promise<ConfigInstance> {
  const scratch = scratchDir("nginx");
  const dir = scratch.dir;
  const port = setup === "open" ? 8080 : 80;
  const site =
    setup === "default"
      ? readFileSync("/etc/nginx/sites-available/default", "utf8")
          .replace(/^\s*listen \[::\]:80 default_server;$/m, "")
          .replace(/^\s*listen 80 default_server;$/m, `\tlisten ${SERVER}:80 default_server;`)
      : [
          "server {",
          `    listen ${SERVER}:${port};`,
          "    resolver 127.0.0.1;",
          "    location / {",
          "        proxy_pass http://$http_host$request_uri;",
          "    }",
          "}",
        ].join("\n");
  const config = path.join(dir, "nginx.conf");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${dir}/${t};`);
  writeFileSync(
    config,
    [
      "daemon off;",
      "user www-data;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      "events {}",
      "http {",
      "    include /etc/nginx/mime.types;",
      "    access_log off;",
      ...temp,
      site,
      "}",
      "",
    ].join("\n"),
  );
  const server = startServer("nginx", "nginx", ["-c", config]);
  await waitForPort(server, SERVER, port);
  const forwarder = await tcpForwarder(PUBLIC, port, { host: SERVER, port });
  return {
    target: PUBLIC,
    ports: { "http-proxy": [port], "http-post": [port], "http-connect": [port] },
    config,
    read: () => readFileSync(config, "utf8"),
    write: (text) => writeFileSync(config, text),
    run: (command) => sh(command.replace(/^nginx\b/, `nginx -c ${config}`)),
    stop: teardown([server, forwarder], scratch.remove),
  };
}
