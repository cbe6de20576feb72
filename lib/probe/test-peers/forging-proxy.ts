// A fake open proxy that forges the canary's answer instead of fetching it (issue 10 item 6).
// It plays along with GET-absolute, CONNECT, SOCKS4 and SOCKS5, reads the nonce from the request
// it is asked to forward, and answers "200" with a canary-like body carrying `forge(nonce)`.
import { createHash } from "node:crypto";
import { startTcpFake, type Peer } from "./tcp-fake";

/** The proof as the canary computed it before it was keyed: anyone who saw the nonce could. */
export function unkeyedProof(nonce: string): string {
  return `proof-${createHash("sha256").update(`secure-your-server:${nonce}`).digest("hex").slice(0, 32)}`;
}

const SOCKS4_GRANTED = Buffer.from([0, 90, 0, 0, 0, 0, 0, 0]);
const SOCKS5_GRANTED = Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 80]);

export function startProofForger(forge: (nonce: string) => string): Promise<Peer> {
  return startTcpFake((s) => {
    let stage: "greeting" | "socks5-request" | "http" = "greeting";
    let text = "";
    s.on("data", (d: Buffer) => {
      if (stage === "greeting" && d[0] === 4) {
        stage = "http";
        return void s.write(SOCKS4_GRANTED);
      }
      if (stage === "greeting" && d[0] === 5) {
        stage = "socks5-request";
        return void s.write(Buffer.from([5, 0]));
      }
      if (stage === "socks5-request") {
        stage = "http";
        return void s.write(SOCKS5_GRANTED);
      }
      stage = "http";
      text += d.toString("latin1");
      let end: number;
      while ((end = text.indexOf("\r\n\r\n")) >= 0) {
        const head = text.slice(0, end);
        text = text.slice(end + 4);
        if (head.startsWith("CONNECT ")) {
          s.write("HTTP/1.1 200 Connection established\r\n\r\n");
          continue;
        }
        const nonce = /\/syscanary\/([0-9a-f]{32})/.exec(head)?.[1] ?? "";
        const body = `secure-your-server canary ${nonce} ${forge(nonce)}\n`;
        const type = "Content-Type: text/plain; charset=utf-8";
        return void s.end(`HTTP/1.1 200 OK\r\n${type}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
      }
    });
  });
}
