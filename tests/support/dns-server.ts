// A DNS server on loopback for tests (UDP, dns-packet for the wire format): each question's
// answer comes from a table, so a test can serve listings, NXDOMAIN, SERVFAIL, silence (a
// timeout), malformed replies, PTR and forward records. Never a real resolver or list.
import dgram from "node:dgram";
import type { AddressInfo } from "node:net";
import dnsPacket from "dns-packet";

export type DnsAnswer =
  | { a: string[] } // A records
  | { aaaa: string[] }
  | { ptr: string }
  | { rcode: "NXDOMAIN" | "SERVFAIL" | "REFUSED" }
  | { silent: true } // never answer: the client times out
  | { garbage: true }; // bytes that are not a DNS message

export interface DnsServer {
  /** "127.0.0.1:port", as DNSBL_RESOLVERS takes it */
  address: string;
  /** how many questions each name was asked (lower-case, no trailing dot) */
  asked: Map<string, number>;
  close(): Promise<void>;
}

const RCODES = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** `records` maps a lower-case name (and type, "name AAAA") to its answer; anything else is NXDOMAIN. */
export async function startDnsServer(records: Record<string, DnsAnswer>, host = "127.0.0.1"): Promise<DnsServer> {
  const socket = dgram.createSocket(host.includes(":") ? "udp6" : "udp4");
  const asked = new Map<string, number>();
  socket.on("message", (message, peer) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase().replace(/\.$/, "");
    asked.set(name, (asked.get(name) ?? 0) + 1);
    const answer = records[`${name} ${question.type}`] ?? records[name] ?? { rcode: "NXDOMAIN" as const };
    if ("silent" in answer) return;
    if ("garbage" in answer) {
      socket.send(Buffer.from([query.id! >> 8, query.id! & 0xff, 0x81, 0x80, 0xff, 0xff, 0x00]), peer.port, peer.address);
      return;
    }
    const reply = (answers: dnsPacket.Answer[], rcode: keyof typeof RCODES = "NOERROR") =>
      socket.send(
        dnsPacket.encode({
          id: query.id,
          type: "response",
          // dns-packet writes the response code only as the low 4 bits of the flags
          flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | RCODES[rcode],
          questions: [question],
          answers,
        } as dnsPacket.Packet),
        peer.port,
        peer.address,
      );
    const record = { name: question.name, ttl: 60, class: "IN" as const };
    if ("rcode" in answer) reply([], answer.rcode);
    else if ("a" in answer) reply(question.type === "A" ? answer.a.map((data) => ({ ...record, type: "A" as const, data })) : []);
    else if ("aaaa" in answer) reply(question.type === "AAAA" ? answer.aaaa.map((data) => ({ ...record, type: "AAAA" as const, data })) : []);
    else reply(question.type === "PTR" ? [{ ...record, type: "PTR" as const, data: answer.ptr }] : []);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(0, host, () => resolve());
  });
  const { port } = socket.address() as AddressInfo;
  return {
    address: host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`,
    asked,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
