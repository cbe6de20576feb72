// Hostile TLS servers: each tries to make the client spend CPU on its behalf. An SMTPS peer that
// offers only finite-field Diffie-Hellman with a huge composite modulus and renegotiates after
// every handshake froze a whole Node process for seconds per connection before the client
// refused DHE and renegotiation (see tls-context.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * An SMTPS server on 127.0.0.1: greets with 220 after the handshake and then asks for a new
 * handshake over and over (up to `renegotiations`). `dhe` offers only DHE with a composite
 * 10 000-bit modulus; otherwise plain ECDHE (to test renegotiation alone).
 */
export async function startHostileSmtps(opts: { dhe: boolean; renegotiations?: number }): Promise<TlsPeer> {
  let handshakes = 0;
  const server = tls.createServer(
    {
      ...rsaCert(),
      minVersion: "TLSv1.2",
      maxVersion: "TLSv1.2", // renegotiation does not exist in TLS 1.3
      ciphers: opts.dhe ? "DHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0" : "ECDHE-RSA-AES128-GCM-SHA256",
      ...(opts.dhe ? { dhparam: compositeDhParams() } : {}),
    },
    (socket) => {
      handshakes++;
      socket.on("error", () => {});
      socket.write("220 hostile.peer.test ESMTP\r\n");
      let left = opts.renegotiations ?? 50;
      const again = () => {
        if (left-- <= 0 || socket.destroyed) return;
        const asked = socket.renegotiate({ rejectUnauthorized: false }, (err) => {
          if (err) return;
          handshakes++;
          again();
        });
        if (!asked) socket.destroy();
      };
      again();
    },
  );
  server.on("tlsClientError", () => {});
  const peer = await listenPeer(server);
  return { ...peer, handshakes: () => handshakes };
}
