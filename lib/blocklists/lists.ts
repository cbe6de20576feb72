// Public DNS blocklists a server owner is likely to be checked against, with every answer each
// operator documents. Lists that list open proxies come first. Before adding or changing a list,
// read lib/blocklists/README.md: only lists in service, only codes the operator documents.
import { type Blocklist, blocklistsSchema } from "./schema";

export const BLOCKLISTS: readonly Blocklist[] = blocklistsSchema.parse([
  {
    zone: "zen.spamhaus.org",
    name: "Spamhaus ZEN",
    operator: "The Spamhaus Project",
    lists: ["spam-source", "exploited-host", "policy"],
    ipv4: true,
    ipv6: true,
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "Listed in the Spamhaus Block List (SBL) as a spam source or spam operation.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.3",
        meaning: "Listed in the SBL CSS, which automatically finds sources of low-volume spam.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.4",
        meaning:
          "Listed in the Exploits Block List (XBL) as a hijacked machine, such as an open proxy or a bot.",
        category: "exploited-host",
      },
      // Spamhaus reserves .5–.7 for the XBL and documents them as currently unused; kept so that an
      // answer in that range reads as an XBL listing rather than as an unknown code.
      {
        answer: "127.0.0.5",
        meaning: "Listed in the Exploits Block List (XBL), on a code Spamhaus reserves for it.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.6",
        meaning: "Listed in the Exploits Block List (XBL), on a code Spamhaus reserves for it.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.7",
        meaning: "Listed in the Exploits Block List (XBL), on a code Spamhaus reserves for it.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.9",
        meaning: "Listed in DROP, a network run entirely by spammers or criminals.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.10",
        meaning:
          "In the Policy Block List (PBL) at the network provider's request: this address should not send mail directly.",
        category: "policy",
      },
      {
        answer: "127.0.0.11",
        meaning:
          "In the Policy Block List (PBL) set by Spamhaus: this address should not send mail directly.",
        category: "policy",
      },
      {
        answer: "127.0.0.30",
        meaning: "Listed in the Botnet Controller List (BCL) as a server that controls a botnet.",
        category: "spam-source",
      },
    ],
    errorCodes: [
      {
        answer: "127.255.255.252",
        meaning: "Spamhaus did not look the address up: the list name in the query was misspelt.",
      },
      {
        answer: "127.255.255.254",
        meaning:
          "Spamhaus refused the query because it came through a public or open DNS resolver.",
      },
      {
        answer: "127.255.255.255",
        meaning: "Spamhaus refused the query because too many queries came from the same resolver.",
      },
    ],
    lookupUrl: "https://check.spamhaus.org/results/?query={ip}",
    delistUrl: "https://check.spamhaus.org/",
    delisting:
      "Look the address up to see which part of ZEN lists it: XBL and CSS entries can be removed by the owner once the problem is fixed, PBL entries on request for a real mail server. SBL listings are reviewed by Spamhaus, usually together with the network's provider.",
    sources: [
      {
        fact: "return codes",
        url: "https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html",
      },
      { fact: "error codes", url: "https://www.spamhaus.org/news/article/788/" },
      { fact: "error codes", url: "https://www.spamhaus.org/faqs/dnsbl-usage/" },
      {
        fact: "ipv6",
        url: "https://docs.spamhaus.com/datasets/docs/source/70-access-methods/data-query-service/040-dqs-queries.html",
      },
      {
        fact: "usage",
        url: "https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users",
      },
      { fact: "delisting", url: "https://check.spamhaus.org/" },
    ],
  },
  {
    zone: "dnsbl.dronebl.org",
    name: "DroneBL",
    operator: "DroneBL (volunteer project)",
    lists: ["open-proxy", "exploited-host"],
    ipv4: true,
    ipv6: true,
    // DroneBL's class 1 is its testing class and is left out on purpose.
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "Kept by DroneBL as a sample of abuse for analysis.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.3",
        meaning: "Seen as an IRC spam drone (a bot).",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.5",
        meaning: "Seen as a bottler (an experimental DroneBL class).",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.6",
        meaning: "Seen as an unknown worm or spambot.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.7",
        meaning: "Seen as a drone taking part in denial-of-service attacks.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.8",
        meaning: "An open SOCKS proxy was found at this address.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.9",
        meaning: "An open HTTP proxy was found at this address.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.10",
        meaning: "A proxy chain was found at this address.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.11",
        meaning: "An open web page proxy was found at this address.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.12",
        meaning: "An open DNS resolver that answers anyone was found at this address.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.13",
        meaning: "Seen guessing passwords in automated (brute force) attacks.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.14",
        meaning: "An open WinGate proxy was found at this address.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.15",
        meaning: "Seen as a compromised router or gateway.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.16",
        meaning: "Seen spreading an autorooting worm.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.17",
        meaning: "Found automatically to be part of a botnet (an experimental class).",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.18",
        meaning:
          "A possibly compromised DNS or mail server name was seen on IRC from this address.",
        category: "exploited-host",
      },
      { answer: "127.0.0.19", meaning: "Seen as an abused VPN service.", category: "open-proxy" },
      {
        answer: "127.0.0.255",
        meaning: "Listed for a threat DroneBL has not put in a class.",
        category: "exploited-host",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://dronebl.org/lookup?ip={ip}",
    delistUrl: "https://dronebl.org/lookup",
    delisting:
      "Fix the cause first, then ask for removal from the lookup page; only the address's own user may ask, and volunteers review each request.",
    sources: [
      { fact: "return codes", url: "https://dronebl.org/classes" },
      { fact: "usage", url: "https://dronebl.org/docs/howtouse" },
      { fact: "delisting", url: "https://dronebl.org/docs/faq" },
    ],
  },
  {
    zone: "rbl.efnetrbl.org",
    name: "EFnet RBL",
    operator: "EFnet IRC network",
    lists: ["open-proxy", "exploited-host"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.1",
        meaning: "An open proxy was found at this address by the EFnet proxy scanners.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.2",
        meaning:
          "Caught by spam traps with a score of 666, typical of self-spreading viruses and trojans.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.3",
        meaning:
          "Caught by spam traps with a score of 50 or more, typical of self-spreading viruses and trojans.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.4",
        meaning: "A Tor exit node, which relays traffic for anyone.",
        category: "open-proxy",
      },
      {
        answer: "127.0.0.5",
        meaning: "Seen as a drone or flooding host.",
        category: "exploited-host",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://rbl.efnetrbl.org/?i={ip}",
    delistUrl: "https://rbl.efnetrbl.org/",
    delisting:
      "Entries expire by themselves once the cause is gone: open proxies and spam trap hits after 7 days, Tor exit nodes after 10 days.",
    sources: [
      { fact: "return codes", url: "https://rbl.efnetrbl.org/" },
      { fact: "delisting", url: "https://rbl.efnetrbl.org/" },
    ],
  },
  {
    zone: "bl.spamcop.net",
    name: "SpamCop Blocking List",
    operator: "SpamCop (Cisco)",
    lists: ["spam-source"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.2",
        meaning:
          "Mail from this address was reported as spam by SpamCop users or reached its spam traps.",
        category: "spam-source",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://www.spamcop.net/bl.shtml?{ip}",
    delistUrl: "https://www.spamcop.net/bl.shtml",
    delisting:
      "Automatic: the listing ends by itself soon after the reports stop, so fix the cause and wait.",
    sources: [
      { fact: "return codes", url: "https://www.spamcop.net/bl.shtml" },
      { fact: "delisting", url: "https://www.spamcop.net/bl.shtml" },
    ],
  },
  {
    zone: "b.barracudacentral.org",
    name: "Barracuda Reputation Block List",
    operator: "Barracuda Networks",
    lists: ["spam-source"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "Barracuda's reputation system saw spam or viruses sent from this address.",
        category: "spam-source",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://www.barracudacentral.org/lookups",
    delistUrl: "https://www.barracudacentral.org/rbl/removal-request",
    delisting:
      "Fix the cause, then fill in the removal request form; Barracuda reviews each request.",
    // Free to query, but Barracuda asks users to register the DNS servers that send the queries
    // (see the usage page); unregistered heavy users may get no answers.
    sources: [
      { fact: "return codes", url: "https://www.barracudacentral.org/rbl/how-to-use" },
      { fact: "usage", url: "https://www.barracudacentral.org/rbl/how-to-use" },
      { fact: "delisting", url: "https://www.barracudacentral.org/rbl/removal-request" },
    ],
  },
  {
    zone: "bl.mailspike.net",
    name: "Mailspike Blacklist",
    operator: "Mailspike",
    lists: ["spam-source"],
    ipv4: true,
    ipv6: false,
    // bl combines the zero-hour list (127.0.0.2) with the three worst reputation levels; the
    // better levels (127.0.0.13 and up) only appear in rep.mailspike.net and are not listings.
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "Seen taking part in a wave of spam in the last hours.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.10",
        meaning: "Mailspike reputation L5: the worst possible reputation.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.11",
        meaning: "Mailspike reputation L4: a very bad reputation.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.12",
        meaning: "Mailspike reputation L3: a bad reputation.",
        category: "spam-source",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://mailspike.io/ip_verify",
    delistUrl: "https://mailspike.io/ip_verify",
    delisting:
      "Listings are automatic and temporary; the IP Verify page also takes delisting requests once the cause is fixed.",
    sources: [
      { fact: "return codes", url: "https://mailspike.org/usage.html" },
      { fact: "usage", url: "https://mailspike.org/usage.html" },
      { fact: "reputation levels", url: "https://mailspike.io/ip_verify/about" },
      { fact: "delisting", url: "https://mailspike.io/ip_verify/about" },
    ],
  },
  {
    zone: "psbl.surriel.com",
    name: "Passive Spam Block List (PSBL)",
    operator: "PSBL (surriel.com)",
    lists: ["spam-source"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.2",
        meaning: "This address sent mail to the PSBL spam traps.",
        category: "spam-source",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://psbl.org/listing?ip={ip}",
    delistUrl: "https://psbl.org/remove",
    delisting:
      "Anyone can remove an address with the web form, and entries also expire by themselves a few weeks after the last spam.",
    sources: [
      { fact: "return codes", url: "https://psbl.org/howto/" },
      { fact: "usage", url: "https://psbl.org/howto/" },
      { fact: "delisting", url: "https://psbl.org/faq/" },
    ],
  },
  {
    zone: "all.spamrats.com",
    name: "SpamRATS (RATS-All)",
    operator: "SpamRATS",
    lists: ["spam-source", "exploited-host"],
    ipv4: true,
    ipv6: false,
    codes: [
      {
        answer: "127.0.0.36",
        meaning:
          "RATS-Dyna: a home or dynamic connection that sent abusive mail connections, probably an infected machine.",
        category: "exploited-host",
      },
      {
        answer: "127.0.0.37",
        meaning: "RATS-NoPtr: an address without reverse DNS that sent abusive mail connections.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.38",
        meaning: "RATS-Spam: an address seen or reported sending spam in volume.",
        category: "spam-source",
      },
      {
        answer: "127.0.0.43",
        meaning: "RATS-Auth: an address seen trying to guess mail account passwords.",
        category: "exploited-host",
      },
    ],
    errorCodes: [],
    lookupUrl: "https://www.spamrats.com/lookup.php?ip={ip}",
    delistUrl: "https://www.spamrats.com/lookup.php",
    delisting:
      "Self-service: once the spam or attacks have stopped, the address can be removed with the form on the SpamRATS site.",
    sources: [
      { fact: "return codes", url: "https://www.spamrats.com/lists.php" },
      { fact: "usage", url: "https://www.spamrats.com/lists.php" },
      { fact: "delisting", url: "https://www.spamrats.com/rats-spam.php" },
    ],
  },
]);
