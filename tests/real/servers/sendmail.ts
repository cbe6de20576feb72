// Sendmail from the root that setup.sh unpacked with dpkg -x (it cannot be installed beside
// Postfix). Debian's Sendmail and its tools (the generated Makefile, parse_mc, update_mk, the
// .m4 files) use fixed paths: /etc/mail, /usr/share/sendmail, /usr/libexec/sendmail,
// /var/lib/sendmail, /run/sendmail, /var/spool/mqueue. So each case runs in a private mount
// namespace where these paths are the case's own directories, and the guide's commands run
// there verbatim (`cd /etc/mail`, `make`). The host's files are never touched; only missing
// mount points are created as empty directories, and removed afterwards.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { sh, scratchDir, startServer, waitForPort } from "../processes";
import { tcpForwarder } from "../forwarders";
import { teardown, type ConfigInstance } from "./instance";

export const SENDMAIL_ROOT = process.env.REAL_SENDMAIL_ROOT ?? "/var/tmp/real-tests-sendmail";
const SERVER = "127.0.5.8";
const PUBLIC = "127.0.6.8";
const PORT = 25;
// The users Debian's postinst adds: the daemon runs as root (as on Debian), but the generated
// sendmail.cf names smmta as its TrustedUser and the Makefile gives files to group smmsp.
const SMMTA_ID = 64_998;
const SMMSP_ID = 64_997;

/**
 * "promiscuous": Debian's sendmail.mc plus FEATURE(`promiscuous_relay').
 * "wide-access": Debian's sendmail.mc with an access map that says RELAY for all of 127.x,
 *   which in this suite includes the stranger the forwarder stands for (127.0.7.1).
 * "default": Debian's sendmail.mc and access map as shipped (see localOnly()).
 */
export type SendmailSetup = "promiscuous" | "wide-access" | "default";

export interface SendmailInstance extends ConfigInstance {
  /** /etc/mail/access of the instance */
  access: { read(): string; write(text: string): void };
}

const unpacked = (p: string) => path.join(SENDMAIL_ROOT, p);

/**
 * Debian's access map trusts `127`, all of 127.0.0.0/8, which on a real server is only the
 * machine itself. Here 127.0.7.1 stands for a stranger, so those lines say 127.0.0.1.
 */
function localOnly(access: string): string {
  return access.replace(/^((?:Connect|GreetPause|ClientRate|ClientConn):127)(\s)/gm, "$1.0.0.1$2");
}

function sendmailMc(setup: SendmailSetup): string {
  // Debian's default listens on 127.0.0.1 only; the instance listens on its own address.
  const mc = readFileSync(unpacked("usr/share/sendmail/cf/debian/sendmail.mc"), "utf8").replace(/Addr=127\.0\.0\.1/g, `Addr=${SERVER}`);
  if (setup !== "promiscuous") return mc;
  return mc.replace(/^MAILER_DEFINITIONS$/m, "FEATURE(`promiscuous_relay')dnl\n$&");
}

function accessMap(setup: SendmailSetup): string {
  const shipped = localOnly(readFileSync(unpacked("usr/share/sendmail/examples/db/access"), "utf8"));
  // The mistake: a RELAY line for a network far wider than the admin's own.
  return setup === "wide-access" ? `${shipped}Connect:127\t\t\t\tRELAY\n` : shipped;
}

// Paths in the namespace → the case's directory (or the unpacked root).
function mounts(dir: string): [string, string][] {
  return [
    ["/etc/passwd", `${dir}/passwd`],
    ["/etc/group", `${dir}/group`],
    ["/etc/hosts", `${dir}/hosts`],
    ["/etc/nsswitch.conf", `${dir}/nsswitch.conf`],
    ["/etc/resolv.conf", `${dir}/resolv.conf`],
    ["/etc/mail", `${dir}/mail`],
    ["/etc/cron.d", `${dir}/cron.d`],
    ["/usr/sbin", `${dir}/sbin`],
    ["/usr/share/sendmail", unpacked("usr/share/sendmail")],
    ["/usr/libexec/sendmail", unpacked("usr/libexec/sendmail")],
    ["/var/lib/sendmail", `${dir}/lib`],
    ["/run/sendmail", `${dir}/run`],
    ["/var/spool/mqueue", `${dir}/mqueue`],
  ];
}

function prepare(setup: SendmailSetup, dir: string): void {
  const etc = (name: string) => readFileSync(`/etc/${name}`, "utf8");
  writeFileSync(`${dir}/passwd`, `${etc("passwd")}smmta:x:${SMMTA_ID}:${SMMTA_ID}::/var/lib/sendmail:/usr/sbin/nologin\nsmmsp:x:${SMMSP_ID}:${SMMSP_ID}::/var/lib/sendmail:/usr/sbin/nologin\n`);
  writeFileSync(`${dir}/group`, `${etc("group")}smmta:x:${SMMTA_ID}:\nsmmsp:x:${SMMSP_ID}:\n`);
  // Names come from files only and nothing is asked of a name server: no packet may leave
  // loopback. The machine gets a qualified name as Debian's installer gives it (127.0.1.1),
  // without which Sendmail waits for one at start.
  const host = hostname();
  writeFileSync(`${dir}/hosts`, `127.0.1.1\t${host}.example.test ${host}\n${etc("hosts")}`);
  writeFileSync(`${dir}/nsswitch.conf`, "passwd: files\ngroup: files\nhosts: files\n");
  writeFileSync(`${dir}/resolv.conf`, "nameserver 127.0.0.1\n");
  for (const d of ["mail/m4", "cron.d", "lib/host_status", "run/mta", "run/msp", "run/stampdir", "mqueue"]) {
    mkdirSync(`${dir}/${d}`, { recursive: true });
  }
  // /usr/sbin as update-alternatives leaves it for Sendmail (the Makefile calls
  // /usr/sbin/sendmail and /usr/sbin/makemap).
  cpSync(unpacked("usr/sbin"), `${dir}/sbin`, { recursive: true, verbatimSymlinks: true });
  for (const name of ["sendmail", "sendmail-mta"]) symlinkSync("../libexec/sendmail/sendmail", `${dir}/sbin/${name}`);
  // /etc/mail as Debian's postinst leaves it: its .mc, the example access map and aliases, the
  // two empty m4 includes, and a service switch without DNS (shipped as service.switch-nodns).
  const mail = (name: string) => `${dir}/mail/${name}`;
  writeFileSync(mail("sendmail.mc"), sendmailMc(setup));
  writeFileSync(mail("access"), accessMap(setup));
  cpSync(unpacked("usr/share/sendmail/examples/db/aliases"), mail("aliases"));
  cpSync(unpacked("etc/mail/helpfile"), mail("helpfile"));
  cpSync(unpacked("etc/mail/service.switch-nodns"), mail("service.switch"));
  for (const name of ["local-host-names", "relay-domains", "m4/dialup.m4", "m4/provider.m4"]) writeFileSync(mail(name), "");
}

/** The sockets a process holds ("socket:[inode]"), apart from its stdio (Node's pipes are sockets). */
function sockets(pid: number): Set<string> {
  const fds = readdirSync(`/proc/${pid}/fd`).filter((fd) => Number(fd) > 2);
  const links = fds.map((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return ""; // closed meanwhile
    }
  });
  return new Set(links.filter((l) => l.startsWith("socket:")));
}

/**
 * On SIGHUP Sendmail closes its sockets and re-executes itself under the same PID. Until every
 * socket it held is gone, a client could still reach the old configuration.
 */
async function restarted(pid: number, old: Set<string>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ([...sockets(pid)].some((s) => old.has(s))) {
    if (Date.now() > until) throw new Error(`sendmail (PID ${pid}) did not restart on SIGHUP within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function startSendmail(setup: SendmailSetup): Promise<SendmailInstance> {
  const scratch = scratchDir("sendmail");
  const dir = scratch.dir;
  prepare(setup, dir);
  const made = mounts(dir)
    .map(([at]) => at)
    .filter((at) => !existsSync(at));
  for (const at of made) mkdirSync(at);
  const removeMountPoints = () => {
    for (const at of [...made].reverse()) rmdirSync(at);
  };
  // As the package's configure step does: databases, Makefile, then `make` builds sendmail.cf
  // and the maps. Then the daemon in the foreground (-bD); `unshare -m` without --fork and the
  // shell's exec keep one PID, Sendmail's. It restarts itself on SIGHUP by re-executing its
  // full path, which is the same inside the namespace.
  const script = [
    ...mounts(dir).map(([at, from]) => `mount --bind ${from} ${at}`),
    "cd /etc/mail",
    "/usr/share/sendmail/parse_mc >/dev/null",
    "/usr/share/sendmail/update_mk >/dev/null",
    "make >/dev/null",
    "exec /usr/libexec/sendmail/sendmail -bD",
  ].join(" && ");
  const server = startServer("sendmail", "unshare", ["-m", "sh", "-c", script]);
  try {
    await waitForPort(server, SERVER, PORT, 30_000);
  } catch (e) {
    await server.stop();
    removeMountPoints();
    scratch.remove();
    throw e;
  }
  const pid = server.pid;
  const forwarder = await tcpForwarder(PUBLIC, PORT, { host: SERVER, port: PORT });
  const file = (name: string) => path.join(dir, "mail", name);
  let cwd = "/";
  let restarting: Promise<void> = Promise.resolve();
  return {
    target: PUBLIC,
    ports: { "smtp-relay": [PORT] },
    config: file("sendmail.mc"),
    read: () => readFileSync(file("sendmail.mc"), "utf8"),
    write: (text) => writeFileSync(file("sendmail.mc"), text),
    access: { read: () => readFileSync(file("access"), "utf8"), write: (text) => writeFileSync(file("access"), text) },
    // One line of the guide, run in the instance's namespace (its /etc/mail). `systemctl reload
    // sendmail` is what Debian's init script does after its own `make`: SIGHUP to the daemon.
    run: (command) => {
      const cd = /^cd\s+(\S+)$/.exec(command);
      if (cd) {
        cwd = cd[1]!;
        return "";
      }
      if (/^systemctl reload sendmail\b/.test(command)) {
        const old = sockets(pid);
        process.kill(pid, "SIGHUP");
        restarting = restarted(pid, old).then(() => waitForPort(server, SERVER, PORT));
        return "";
      }
      return sh(`nsenter -t ${pid} -m -- sh -c ${quote(`cd ${cwd} && ${command}`)}`);
    },
    settled: () => restarting,
    stop: teardown([server, forwarder], () => {
      removeMountPoints();
      scratch.remove();
    }),
  };
}
