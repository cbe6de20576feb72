// Real SMTP peers built on the `smtp-server` package, one per relay policy under test.
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { listenPeer, type Peer, type PeerHost } from "./tcp-fake";
import { testCert } from "./tls-cert";

export type SmtpPolicy = "open" | "closed" | "auth" | "greylist" | "starttls-only";

export interface SmtpPeer extends Peer {
  /** times DATA (or BDAT) reached the server: must stay 0 */
  dataCalls: () => number;
  recipients: string[];
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startSmtpPeer(policy: SmtpPolicy, extra: Partial<SMTPServerOptions> = {}, host: PeerHost = "127.0.0.1"): Promise<SmtpPeer> {
  let data = 0;
  const recipients: string[] = [];
  const { key, cert } = testCert();
  const server = new SMTPServer({
    name: "mx.peer.test",
    banner: "ESMTP Postfix (Debian/GNU)",
    logger: false,
    closeTimeout: 500,
    disableReverseLookup: true,
    key,
    cert,
    authOptional: policy !== "auth",
    onAuth: (_auth, _session, cb) => cb(new Error("no")),
    onMailFrom(_address, session, cb) {
      if (policy === "starttls-only" && !session.secure) return cb(smtpError(530, "Must issue a STARTTLS command first"));
      cb();
    },
    onRcptTo(address, _session, cb) {
      recipients.push(address.address);
      const local = /^postmaster(@|$)/i.test(address.address) || address.address.endsWith("@peer.test");
      if (policy === "closed" && !local) return cb(smtpError(554, "5.7.1 Relay access denied"));
      if (policy === "greylist" && !local) return cb(smtpError(451, "4.7.1 Greylisted, try again later"));
      cb();
    },
    onData(stream, _session, cb) {
      data++;
      stream.resume();
      stream.on("end", () => cb());
    },
    ...extra,
  });
  const sockets = new Set<import("node:net").Socket>();
  // smtp-server keeps its net.Server in .server; listenPeer only needs it for close/connections
  const inner = (server as unknown as { server: import("node:net").Server }).server;
  server.on("error", () => {});
  const peer = await listenPeer(inner, sockets, host);
  return {
    ...peer,
    dataCalls: () => data,
    recipients,
    // smtp-server tears its own (possibly TLS) sockets down in the right order
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
