import tls from "node:tls";

// One permissive client context for every handshake: old servers (TLS 1.0, weak ciphers) must
// still let us talk, and building a context per connection costs CPU under load.
let sharedContext: tls.SecureContext | null = null;
export function clientContext(): tls.SecureContext {
  sharedContext ??= tls.createSecureContext({ minVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" });
  return sharedContext;
}
