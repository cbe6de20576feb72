// Product names as their makers write them; never translated. Unknown ids are shown as-is.
const NAMES: Record<string, string> = {
  postfix: "Postfix",
  exim: "Exim",
  sendmail: "Sendmail",
  exchange: "Microsoft Exchange",
  qmail: "qmail",
  opensmtpd: "OpenSMTPD",
  hmailserver: "hMailServer",
  haraka: "Haraka",
  mdaemon: "MDaemon",
  zimbra: "Zimbra",
  communigate: "CommuniGate Pro",
  kerio: "Kerio Connect",
  mailenable: "MailEnable",
  courier: "Courier",
  squid: "Squid",
  tinyproxy: "Tinyproxy",
  privoxy: "Privoxy",
  nginx: "nginx",
  apache: "Apache httpd",
  varnish: "Varnish",
  haproxy: "HAProxy",
  ccproxy: "CCProxy",
  polipo: "Polipo",
  mikrotik: "MikroTik RouterOS",
  "node-proxy": "Node.js proxy",
  dante: "Dante",
};

export function softwareName(id: string): string {
  return NAMES[id] ?? id;
}
