// SMTP replies: multi-line ("250-…" continuation, "250 …" last), bounded in time as a whole so
// a tarpit trickling continuation lines cannot stretch one reply past the idle timeout.
import { ProbeError, type Wire } from "./wire";

export interface SmtpReply {
  code: number;
  lines: string[];
}

const REPLY_LINE = /^([2-5]\d\d)([ -]|$)/;
const MAX_REPLY_LINES = 64;

export async function readReply(wire: Wire, until = wire.deadline()): Promise<SmtpReply> {
  const lines: string[] = [];
  for (;;) {
    const line = await wire.readLine(until);
    wire.transcript.received(line);
    const m = REPLY_LINE.exec(line);
    if (!m || lines.length >= MAX_REPLY_LINES) throw new ProbeError("not-smtp");
    lines.push(line);
    if (m[2] !== "-") return { code: Number(m[1]), lines };
  }
}

/** Sends one command and reads its reply; 421 means the server is closing on us, anywhere. */
export async function command(wire: Wire, line: string): Promise<SmtpReply> {
  wire.send(line);
  const reply = await readReply(wire);
  if (reply.code === 421) throw new ProbeError("service-unavailable");
  return reply;
}

export function replyText(r: SmtpReply): string {
  return r.lines.join("\n");
}

/** Auth demanded rather than relay refused: 530, or any 5xx carrying enhanced code 5.7.0. */
export function isAuthRequired(r: SmtpReply): boolean {
  return r.code === 530 || (r.code >= 500 && /\b5\.7\.0\b/.test(replyText(r)));
}

export function offersStartTls(ehlo: SmtpReply): boolean {
  return ehlo.lines.some((l) => /^250[ -]STARTTLS\b/i.test(l));
}

/** The name the server gives itself in its greeting, used by the banner-name relay variants. */
export function bannerName(greeting: SmtpReply): string | null {
  const token = greeting.lines[0]?.slice(4).trim().split(/\s+/)[0] ?? "";
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(token) ? token.toLowerCase() : null;
}
