// Best-effort product detection from banners, EHLO replies, HTTP headers and error pages.
// Only used to pick a fix guide and to tell the visitor what answered; never for a verdict.

const SMTP_PATTERNS: [RegExp, string][] = [
  [/\bpostfix\b/i, "postfix"],
  [/\bexim\b/i, "exim"],
  [/\bsendmail\b/i, "sendmail"],
  [/microsoft esmtp mail service|microsoft exchange|\bexchange server\b/i, "exchange"],
  [/\bqmail\b/i, "qmail"],
  [/\bopensmtpd\b/i, "opensmtpd"],
  [/\bhmailserver\b/i, "hmailserver"],
  [/\bharaka\b/i, "haraka"],
  [/\bmdaemon\b/i, "mdaemon"],
  [/\bzimbra\b/i, "zimbra"],
  [/\bcommunigate\b/i, "communigate"],
  [/\bkerio\b/i, "kerio"],
  [/\bmailenable\b/i, "mailenable"],
  [/\bcourier\b/i, "courier"],
];

const HTTP_PATTERNS: [RegExp, string][] = [
  [/\bsquid\b/i, "squid"],
  [/\btinyproxy\b/i, "tinyproxy"],
  [/\bprivoxy\b/i, "privoxy"],
  [/\bnginx\b/i, "nginx"],
  [/\bapache\b/i, "apache"],
  [/\bvarnish\b/i, "varnish"],
  [/\bhaproxy\b/i, "haproxy"],
  [/\bccproxy\b/i, "ccproxy"],
  [/\bpolipo\b/i, "polipo"],
  [/\bmikrotik\b/i, "mikrotik"],
  [/\bproxy\/\d+\.\d+/i, "node-proxy"],
];

function firstMatch(text: string, patterns: [RegExp, string][]): string | null {
  for (const [re, name] of patterns) if (re.test(text)) return name;
  return null;
}

export function detectSmtpSoftware(text: string): string | null {
  return firstMatch(text, SMTP_PATTERNS);
}

/** `head` = status line and headers; Server and Via are trusted first, then the page body. */
export function detectHttpSoftware(head: string, body = ""): string | null {
  const headers = head
    .split(/\r?\n/)
    .filter((l) => /^(server|via|x-squid-error|x-cache|proxy-agent|proxy-authenticate):/i.test(l))
    .join("\n");
  return firstMatch(headers, HTTP_PATTERNS) ?? firstMatch(body.slice(0, 2048), HTTP_PATTERNS);
}

export const KNOWN_SOFTWARE: readonly string[] = [
  ...SMTP_PATTERNS.map(([, n]) => n),
  ...HTTP_PATTERNS.map(([, n]) => n),
];
