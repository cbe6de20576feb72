// Hostile TLS servers: each tries to make the client spend CPU on its behalf. An SMTPS peer that
// offers only finite-field Diffie-Hellman with a huge composite modulus and renegotiates after
// every handshake froze a whole Node process for seconds per connection before the client
// refused DHE and renegotiation (see tls-context.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";
import tls from "node:tls";
import { listenPeer, type Peer } from "./tcp-fake";

export interface TlsPeer extends Peer {
  /** handshakes the server completed, renegotiations included */
  handshakes(): number;
}

let rsa: { key: Buffer; cert: Buffer } | null = null;

/** DHE suites need an RSA certificate; generated at test time, never committed. */
function rsaCert(): { key: Buffer; cert: Buffer } {
  if (rsa) return rsa;
  const dir = mkdtempSync(join(tmpdir(), "probe-rsa-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"),
      "-out", join(dir, "cert.pem"), "-days", "1", "-subj", "/CN=localhost",
    ], { stdio: "ignore" });
    rsa = { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
    return rsa;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function derLength(n: number): Buffer {
  if (n < 128) return Buffer.from([n]);
  const bytes = Buffer.from(n.toString(16).padStart(Math.ceil(n.toString(16).length / 2) * 2, "0"), "hex");
  return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
}

function derInteger(hex: string): Buffer {
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  const value = body[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), body]) : body;
  return Buffer.concat([Buffer.from([0x02]), derLength(value.length), value]);
}

/** PKCS#3 DH parameters with p = 2^bits - 1 (odd, composite) and g = 2, as PEM. */
export function compositeDhParams(bits = 10_000): string {
  const p = derInteger("f".repeat(Math.floor(bits / 4)) + ["", "1", "3", "7"][bits % 4]!);
  const body = Buffer.concat([p, derInteger("02")]);
  const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]).toString("base64");
  return `-----BEGIN DH PARAMETERS-----\n${der.match(/.{1,64}/g)!.join("\n")}\n-----END DH PARAMETERS-----\n`;
}

interface HostileTls {
  /** DHE only, with a composite 10 000-bit modulus; otherwise plain ECDHE (renegotiation alone) */
  dhe: boolean;
  /** new handshakes asked for after the first (default 50) */
  renegotiations?: number;
}

function serverOptions(opts: HostileTls): tls.TlsOptions {
  return {
    ...rsaCert(),
    minVersion: "TLSv1.2",
    maxVersion: "TLSv1.2", // renegotiation does not exist in TLS 1.3
    ciphers: opts.dhe ? "DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0" : "ECDHE-RSA-AES128-GCM-SHA256",
    ...(opts.dhe ? { dhparam: compositeDhParams() } : {}),
  };
}

/** Asks for a new handshake over and over; counts every handshake that completes. */
function renegotiateForever(socket: tls.TLSSocket, opts: HostileTls, counted: () => void): void {
  let left = opts.renegotiations ?? 50;
  const again = () => {
    if (left-- <= 0 || socket.destroyed) return;
    const asked = socket.renegotiate({ rejectUnauthorized: false }, (err) => {
      if (err) return;
      counted();
      again();
    });
    if (!asked) socket.destroy();
  };
  again();
}

/** An SMTPS server on 127.0.0.1 (TLS from the first byte) that greets, then renegotiates. */
export async function startHostileSmtps(opts: HostileTls): Promise<TlsPeer> {
  let handshakes = 0;
  const server = tls.createServer(serverOptions(opts), (socket) => {
    handshakes++;
    socket.on("error", () => {});
    socket.write("220 hostile.peer.test ESMTP\r\n");
    renegotiateForever(socket, opts, () => handshakes++);
  });
  server.on("tlsClientError", () => {});
  const peer = await listenPeer(server);
  return { ...peer, handshakes: () => handshakes };
}

/** The same on a plain SMTP port: offers STARTTLS, then does as startHostileSmtps. */
export async function startHostileStartTls(opts: HostileTls): Promise<TlsPeer> {
  let handshakes = 0;
  const context = tls.createSecureContext(serverOptions(opts));
  const server = net.createServer((socket) => {
    socket.write("220 hostile.peer.test ESMTP\r\n");
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("latin1");
      if (pending.length > 4096) return void socket.destroy();
      let eol: number;
      while ((eol = pending.indexOf("\n")) >= 0) {
        const verb = pending.slice(0, eol).trim().split(" ")[0]!.toUpperCase();
        pending = pending.slice(eol + 1);
        if (verb === "EHLO") socket.write("250-hostile.peer.test\r\n250 STARTTLS\r\n");
        else if (verb !== "STARTTLS") socket.write("502 no\r\n");
        else {
          socket.removeListener("data", onData);
          socket.write("220 go ahead\r\n");
          const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
          secure.on("error", () => socket.destroy());
          secure.once("secure", () => {
            handshakes++;
            renegotiateForever(secure, opts, () => handshakes++);
          });
          return;
        }
      }
    };
    socket.on("data", onData);
  });
  const peer = await listenPeer(server);
  return { ...peer, handshakes: () => handshakes };
}
