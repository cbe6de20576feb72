import { constants } from "node:crypto";
import tls from "node:tls";

// One client context for every handshake. Old servers (TLS 1.0, weak ciphers) must still let us
// talk, but the peer must never get to choose work for our CPU: finite-field Diffie-Hellman
// lets it send any modulus (a huge non-prime one costs seconds of checks and modular
// arithmetic per handshake), and renegotiation lets it repeat that forever on one connection.
// So: no DHE key exchange, only the elliptic-curve groups below, renegotiation refused.
// Plain RSA key exchange stays for the oldest servers; it costs the client one small public-key
// operation whatever the server sends.
export const CLIENT_GROUPS = "X25519:P-256:P-384";
export const CLIENT_CIPHERS = "DEFAULT:!kDHE:!kEDH:!DHE:!EDH:@SECLEVEL=0";

let sharedContext: tls.SecureContext | null = null;
export function clientContext(): tls.SecureContext {
  sharedContext ??= tls.createSecureContext({
    minVersion: "TLSv1",
    ciphers: CLIENT_CIPHERS,
    ecdhCurve: CLIENT_GROUPS,
    secureOptions: constants.SSL_OP_NO_RENEGOTIATION,
  });
  return sharedContext;
}
