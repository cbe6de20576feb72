// Postfix as a second instance with its own config directory (MAIL_CONFIG), so the guide's
// `postconf` and `postfix` commands run verbatim against it. master.cf comes from upstream's
// template without chroot (a chroot would need copies of system files inside the queue).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { sh, scratchDir, startServer, waitForPort } from "../processes";
import { OUTSIDE_SOURCE, xclientForwarder } from "../forwarders";
import { teardown, type Instance } from "./instance";

const SERVER = "127.0.5.1";
const PUBLIC = "127.0.6.1";

export type PostfixSetup = "open-mynetworks" | "open-restrictions" | "open-submission" | "default";

function mainCf(setup: PostfixSetup, dir: string): string {
  const base =
    setup === "default"
      ? readFileSync("/usr/share/postfix/main.cf.debian", "utf8")
      : ["compatibility_level = 3.6", "myhostname = mail.example.test", "mydestination = $myhostname, localhost"].join("\n");
  const open: Record<PostfixSetup, string[]> = {
    "open-mynetworks": ["mynetworks = 0.0.0.0/0"],
    // Postfix refuses to start when no rule stops relaying, so the mistake is a "permit" too early.
    "open-restrictions": [`smtpd_relay_restrictions = permit_mynetworks, check_client_access cidr:${dir}/etc/relay-clients.cidr, reject_unauth_destination`],
    "open-submission": [],
    default: [],
  };
  return [
    base,
    ...open[setup],
    // The instance's own places and addresses (not part of any relay policy):
    `queue_directory = ${dir}/queue`,
    `data_directory = ${dir}/data`,
    `inet_interfaces = ${SERVER}`,
    "inet_protocols = ipv4",
    `maillog_file_prefixes = ${dir}`,
    `maillog_file = ${dir}/maillog`,
    "alias_maps =",
    "alias_database =",
    `smtpd_authorized_xclient_hosts = ${OUTSIDE_SOURCE}`,
    // Postfix's own pause after each refused relay attempt (1 s) stays on: the engine must reach
    // its verdict at the pace of a real server.
    "",
  ].join("\n");
}

function masterCf(setup: PostfixSetup): string {
  const dist = readFileSync("/usr/share/postfix/master.cf.dist", "utf8").replace(
    /^(\S+\s+\S+\s+\S+\s+\S+\s+)y(\s)/gm,
    "$1n$2",
  );
  const submission =
    setup === "open-submission"
      ? // A common mistake: a service-wide "trust everyone" (Postfix refuses to start with a bare
        // "permit" in place of reject_unauth_destination, so that mistake cannot happen).
        ["submission inet n - n - - smtpd", "  -o syslog_name=postfix/submission", "  -o mynetworks=0.0.0.0/0"]
      : [];
  return [dist, ...submission, ""].join("\n");
}

export async function startPostfix(setup: PostfixSetup): Promise<Instance & { env: Record<string, string> }> {
  const scratch = scratchDir("postfix");
  const dir = scratch.dir;
  for (const sub of ["etc", "queue", "data"]) mkdirSync(path.join(dir, sub));
  sh(`chown postfix ${dir}/data`);
  writeFileSync(path.join(dir, "etc", "main.cf"), mainCf(setup, dir));
  writeFileSync(path.join(dir, "etc", "master.cf"), masterCf(setup));
  // "Trusted partners" that turned out to be everyone.
  writeFileSync(path.join(dir, "etc", "relay-clients.cidr"), "0.0.0.0/0 OK\n");
  const env = { MAIL_CONFIG: path.join(dir, "etc") };
  // Postfix refuses an inet_interfaces address that no interface carries: put ours on lo while
  // the case runs (a /32 inside 127.0.0.0/8, which lo already answers for).
  sh(`ip addr replace ${SERVER}/32 dev lo`);
  const unaddress = { stop: async () => void sh(`ip addr del ${SERVER}/32 dev lo`) };
  const parts: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = [unaddress];
  try {
    sh("postfix check", env); // creates the queue directories
    // The master itself, in the foreground, so that its PID is ours to stop.
    const master = path.join(sh("postconf -h daemon_directory", env).trim(), "master");
    const server = startServer("postfix", master, ["-s"], env);
    parts.push(server);
    const ports = setup === "open-submission" ? [25, 587] : [25];
    for (const port of ports) {
      await waitForPort(server, SERVER, port);
      parts.push(await xclientForwarder(PUBLIC, port, { host: SERVER, port }));
    }
    return { target: PUBLIC, ports: { "smtp-relay": ports }, env, stop: teardown(parts, scratch.remove) };
  } catch (e) {
    await teardown(parts, scratch.remove)();
    throw e;
  }
}
