// SMTP replies: multi-line ("250-…" continuation, "250 …" last), bounded in time as a whole so
// a tarpit trickling continuation lines cannot stretch one reply past the idle timeout.
import { ProbeError, type Wire } from "./wire";

export interface SmtpReply {
  code: number;
  lines: string[];
}

const REPLY_LINE = /^([2-5]\d\d)([ -]|$)/;
// Judges the first bytes of a reply line before it is complete: "2", "25", "250", "250-"…
const REPLY_PREFIX = /^(?:$|[2-5](?:\d(?:\d(?:[ \r\n-]|$)|$)|$))/;
const notSmtp = (partial: Buffer) =>
  REPLY_PREFIX.test(partial.subarray(0, 4).toString("latin1")) ? null : ("not-smtp" as const);
const MAX_REPLY_LINES = 64;

export async function readReply(wire: Wire, until = wire.deadline()): Promise<SmtpReply> {
  const lines: string[] = [];
  for (;;) {
    const line = await wire.readLine(until, notSmtp);
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

/** Sends a group of commands and returns one reply per command. With PIPELINING (RFC 2920)
 * the group goes out in one write, saving round trips; otherwise one command at a time, and
 * a failed MAIL ends the group early (its RCPT would only earn a meaningless 503). */
export async function exchange(wire: Wire, cmds: string[], pipelining: boolean): Promise<(SmtpReply | null)[]> {
  if (!pipelining) {
    const out: (SmtpReply | null)[] = [];
    for (const cmd of cmds) {
      const prev = out.at(-1);
      if (prev && prev.code !== 250 && /^MAIL /i.test(cmds[out.length - 1] ?? "")) out.push(null);
      else out.push(await command(wire, cmd));
    }
    return out;
  }
  for (const cmd of cmds) wire.transcript.sent(cmd);
  wire.write(cmds.map((c) => `${c}\r\n`).join(""));
  const out: SmtpReply[] = [];
  for (let i = 0; i < cmds.length; i++) {
    const reply = await readReply(wire);
    if (reply.code === 421) throw new ProbeError("service-unavailable");
    out.push(reply);
  }
  return out;
}

export function offersPipelining(ehlo: SmtpReply): boolean {
  return ehlo.lines.some((l) => /^250[ -]PIPELINING\b/i.test(l));
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
