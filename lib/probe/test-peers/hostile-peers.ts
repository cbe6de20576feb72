// Hostile or broken peers: each one misbehaves in one specific way the engine must survive
// within its deadline (architecture safety rule 5).
import { randomBytes } from "node:crypto";
import type net from "node:net";
import { startTcpFake, type Peer, type PeerAt } from "./tcp-fake";

function guard(s: net.Socket, timers: Set<ReturnType<typeof setInterval>>, t: ReturnType<typeof setInterval>) {
  timers.add(t);
  s.on("close", () => {
    clearInterval(t);
    timers.delete(t);
  });
}

async function withTimers(make: (timers: Set<ReturnType<typeof setInterval>>) => (s: net.Socket) => void): Promise<Peer> {
  const timers = new Set<ReturnType<typeof setInterval>>();
  const peer = await startTcpFake(make(timers));
  return {
    ...peer,
    close: async () => {
      for (const t of timers) clearInterval(t);
      await peer.close();
    },
  };
}

/** Sends its SMTP greeting one byte per `intervalMs` (default 1 s). */
export function startTarpit(intervalMs = 1000): Promise<Peer> {
  const greeting = Buffer.from("220 tarpit.peer.test ESMTP slow as can be\r\n");
  return withTimers((timers) => (s) => {
    let i = 0;
    const t = setInterval(() => {
      if (i < greeting.length) s.write(greeting.subarray(i, ++i));
    }, intervalMs);
    guard(s, timers, t);
  });
}

/** Streams one endless line (up to `totalBytes`, default 20 MB) starting like `prefix`. */
export function startHugeLine(prefix = "220 ", totalBytes = 20 * 1024 * 1024): Promise<Peer> {
  const chunk = Buffer.alloc(64 * 1024, "a");
  return startTcpFake((s) => {
    let sent = 0;
    s.write(prefix);
    const pump = () => {
      while (sent < totalBytes && !s.destroyed) {
        sent += chunk.length;
        if (!s.write(chunk)) return void s.once("drain", pump);
      }
    };
    pump();
  });
}

/**
 * Random bytes right away and after anything received. The first byte is fixed at 0x7f, which
 * starts no SOCKS4 (0/4) or SOCKS5 (5) reply: fully random bytes look like a SOCKS4 grant about
 * once in 8 000 runs, and that made the "not-socks" test flaky.
 */
export function startGarbage(): Promise<Peer> {
  const garbage = () => {
    const bytes = randomBytes(512);
    bytes[0] = 0x7f;
    return bytes;
  };
  return startTcpFake((s) => {
    s.write(garbage());
    s.on("data", () => s.write(garbage()));
  });
}

/** "HTTP/1.1 200 OK" to everything, CONNECT included, keep-alive, forwarding nothing. */
export function startFake200(at?: PeerAt): Promise<Peer> {
  const body = "<html><body>Welcome! Everything is fine.</body></html>";
  const reply = `HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  return startTcpFake((s) => {
    let seen = "";
    s.on("data", (d: Buffer) => {
      seen += d.toString("latin1");
      while (seen.includes("\r\n\r\n")) {
        const head = seen.slice(0, seen.indexOf("\r\n\r\n"));
        seen = seen.slice(head.length + 4);
        s.write(head.startsWith("CONNECT") ? "HTTP/1.1 200 Connection established\r\n\r\n" : reply);
      }
    });
  }, at);
}

/** Echoes the request back inside a 200 page, as error pages quoting the URL do. */
export function startEcho(): Promise<Peer> {
  return startTcpFake((s) => {
    s.once("data", (d: Buffer) => {
      const body = `You asked for: ${d.toString("latin1")}`;
      s.end(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    });
  });
}

/** Grants every SOCKS4 or SOCKS5 request (no auth) and forwards nothing. */
export function startSocksLiar(): Promise<Peer> {
  return startTcpFake((s) => {
    let stage = 0;
    s.on("data", (d: Buffer) => {
      if (d[0] === 4 && stage === 0) {
        stage = 2;
        s.write(Buffer.from([0, 90, 0, 0, 0, 0, 0, 0]));
      } else if (d[0] === 5 && stage === 0) {
        stage = 1;
        s.write(Buffer.from([5, 0]));
      } else if (d[0] === 5 && stage === 1) {
        stage = 2;
        s.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 80]));
      }
      // stage 2: swallow the tunnelled request, answer nothing, keep the socket open
    });
  });
}

/** SMTP that greets, answers EHLO, then drops the connection on MAIL. */
export function startCloseMidDialogue(): Promise<Peer> {
  return startTcpFake((s) => {
    s.write("220 flaky.peer.test ESMTP\r\n");
    s.on("data", (d: Buffer) => {
      const line = d.toString("latin1");
      if (/^EHLO/i.test(line)) s.write("250-flaky.peer.test\r\n250 8BITMIME\r\n");
      else s.destroy();
    });
  });
}

/** "421 Service not available" as its greeting, then closes. */
export function start421(): Promise<Peer> {
  return startTcpFake((s) => {
    s.end("421 4.3.2 busy.peer.test Service not available, closing channel\r\n");
  });
}

/** Accepts TCP and never says a word. */
export function startSilent(): Promise<Peer> {
  return startTcpFake(() => {});
}

/** Accepts every SMTP command with 250 (RCPT included) and records every line received, so a
 * test can prove DATA is never sent. `acceptRcpt` decides which RCPTs get 250. */
export async function startRecordingSmtp(
  acceptRcpt: (rcpt: string) => boolean = () => true,
  opts: {
    pipelining?: boolean;
    acceptSender?: (from: string) => boolean;
    /** reply to a refused RCPT (default a permanent relay refusal) */
    refusal?: string;
    /** hang up without a reply after this many refused RCPTs, as Exim does */
    hangUpAfterRefusals?: number;
    /** wait this long before each refusal, as Postfix's smtpd_error_sleep_time */
    refusalDelayMs?: number;
    /** answer further connections with "421 too many connections", as a per-client limit */
    maxSessions?: number;
  } = {},
): Promise<Peer & { lines: string[]; sessions: string[][] }> {
  const refusal = `${opts.refusal ?? "550 5.7.1 Relay access denied"}\r\n`;
  const ehlo = opts.pipelining === false ? "250-rec.peer.test\r\n250 8BITMIME\r\n" : "250-rec.peer.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n";
  const lines: string[] = [];
  const sessions: string[][] = [];
  const peer = await startTcpFake((s) => {
    let buf = "";
    let refused = 0;
    let delays = 0;
    const session: string[] = [];
    sessions.push(session);
    if (sessions.length > (opts.maxSessions ?? Infinity)) return void s.end("421 4.7.0 rec.peer.test Too many connections\r\n");
    s.write("220 rec.peer.test ESMTP recorder\r\n");
    s.on("data", (d: Buffer) => {
      buf += d.toString("latin1");
      // like real servers, answer a pipelined group in one write
      let out = "";
      let quit = false;
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, "");
        buf = buf.slice(nl + 1);
        lines.push(line);
        session.push(line);
        const verb = line.split(/[ :]/)[0]!.toUpperCase();
        if (verb === "EHLO") out += ehlo;
        else if (verb === "MAIL" && opts.acceptSender && !opts.acceptSender(/<(.*)>/.exec(line)?.[1] ?? "")) {
          out += "553 5.1.8 Sender address rejected\r\n";
        }
        else if (verb === "RCPT") {
          const rcpt = /<(.*)>/.exec(line)?.[1] ?? "";
          if (rcpt === "postmaster" || acceptRcpt(rcpt)) out += "250 2.1.5 Ok\r\n";
          else if (++refused > (opts.hangUpAfterRefusals ?? Infinity)) return void s.destroy();
          else {
            out += refusal;
            delays++;
          }
        } else if (verb === "DATA") out += "354 go ahead\r\n";
        else if (verb === "QUIT") {
          out += "221 bye\r\n";
          quit = true;
        } else out += "250 2.0.0 Ok\r\n";
      }
      const reply = () => (quit ? s.end(out) : out && s.write(out));
      // one delay per refusal in this group, like a server sleeping before each error reply
      const wait = (opts.refusalDelayMs ?? 0) * delays;
      delays = 0;
      if (wait > 0) setTimeout(() => !s.destroyed && reply(), wait);
      else reply();
    });
  });
  return { ...peer, lines, sessions };
}

/** A proxy that really fetches the URL it is given but returns its own page instead. */
export function startSwallowingProxy(): Promise<Peer> {
  return startTcpFake((s) => {
    s.once("data", (d: Buffer) => {
      const url = /^GET (http:\/\/\S+) HTTP/.exec(d.toString("latin1"))?.[1];
      const reply = () => s.end("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nfiltered");
      if (!url) return reply();
      import("node:http").then(({ default: http }) => {
        http.get(url, { agent: false }, (res) => {
          res.resume();
          res.on("end", reply);
        }).on("error", reply);
      }, reply);
    });
  });
}

/** Answers every request with a 502 from "squid", as a proxy that cannot reach upstream. */
export function startBadGateway(): Promise<Peer> {
  return startTcpFake((s) => {
    s.once("data", () => s.end("HTTP/1.1 502 Bad Gateway\r\nServer: squid/6.10\r\nContent-Length: 0\r\n\r\n"));
  });
}
