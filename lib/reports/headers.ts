// Headers of every answer about a saved report: private to whoever holds the link, never cached
// by shared caches, never indexed, and the link never leaks to the next site in a Referer.
export const REPORT_HEADERS = {
  "cache-control": "private, no-store",
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
  vary: "Accept",
} as const;
