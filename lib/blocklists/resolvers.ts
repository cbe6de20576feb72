// DNSBL_RESOLVERS: the DNS resolvers that look up blocklists, as "host:port" (IPv6 in brackets),
// separated by commas or spaces; the port defaults to 53. Empty: the system's resolvers.
// Addresses only: a resolver named by a host name would need a resolver to find it.
import ipaddr from "ipaddr.js";

export type ResolverList = { ok: true; resolvers: string[] } | { ok: false; error: string };

const FORM = /^(?:\[(?<v6>[0-9a-f:.]+)\]|(?<v4>[0-9.]+))(?::(?<port>\d{1,5}))?$/i;

export function parseResolvers(value: string | undefined): ResolverList {
  const resolvers: string[] = [];
  for (const item of (value ?? "").split(/[,\s]+/).filter(Boolean)) {
    const { v6, v4, port: portText = "53" } = FORM.exec(item)?.groups ?? {};
    const port = Number(portText);
    const valid = v6 ? ipaddr.IPv6.isValid(v6) : !!v4 && ipaddr.IPv4.isValidFourPartDecimal(v4);
    if (!valid || port < 1 || port > 65535) {
      return { ok: false, error: `"${item}" is not an address with an optional port, e.g. 127.0.0.1:53 or [::1]:53` };
    }
    resolvers.push(v6 ? `[${v6}]:${port}` : `${v4}:${port}`);
  }
  return { ok: true, resolvers };
}
