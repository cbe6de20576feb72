// One SMTP connection brought to the point where relay attempts can start: greeting → EHLO
// (→ STARTTLS → EHLO) → control (MAIL FROM:<> / RCPT TO:<postmaster>). Anything that ends the
// check before that point comes back as an outcome instead of a session.
import type { CheckContext } from "./context";
import { outcome, outcomeOfError, type Outcome } from "./outcome";
import { bannerName, command, exchange, isAuthRequired, offersPipelining, offersStartTls, readReply, replyText, type SmtpReply } from "./smtp-reply";
import { detectSmtpSoftware } from "./software";
import type { Transcript } from "./transcript";
import type { Wire } from "./wire";
import { connectWire } from "./wire-connect";

export interface SmtpSession {
  wire: Wire;
  /** the server's own name from its greeting, or null */
  banner: string | null;
  pipelining: boolean;
  software: string | null;
}

export type Opened = { session: SmtpSession } | { outcome: Outcome };

export async function openSession(ctx: CheckContext, transcript: Transcript): Promise<Opened> {
  let wire: Wire;
  try {
    wire = await connectWire(ctx.target, ctx.port, ctx.limits, transcript);
  } catch (e) {
    return { outcome: outcomeOfError(e) };
  }
  let software: string | null = null;
  const notice = (r: SmtpReply) => {
    software ??= detectSmtpSoftware(replyText(r));
  };
  const end = async (o: Outcome, polite: boolean): Promise<Opened> => {
    if (polite) await politeQuit(wire);
    wire.close();
    return { outcome: { ...o, software: o.software ?? software } };
  };
  try {
    if (ctx.smtpsPorts.has(ctx.port)) await wire.startTls();
    const greeting = await readReply(wire);
    notice(greeting);
    if (greeting.code === 421) return end(outcome("inconclusive", "service-unavailable"), false);
    if (greeting.code >= 500) return end(outcome("secure", "greeting-refused"), false);
    if (greeting.code >= 400) return end(outcome("inconclusive", "temporary-failure"), false);
    if (greeting.code !== 220) return end(outcome("no-service", "not-smtp"), false);

    let hello = await greet(wire, ctx.heloName);
    notice(hello);
    if (!ctx.smtpsPorts.has(ctx.port) && hello.code === 250 && offersStartTls(hello)) {
      const r = await command(wire, "STARTTLS");
      if (r.code === 220) {
        await wire.startTls();
        hello = await greet(wire, ctx.heloName);
      }
    }
    if (hello.code !== 250) {
      return end(outcome("inconclusive", hello.code < 500 ? "temporary-failure" : "helo-refused"), true);
    }
    const pipelining = offersPipelining(hello);
    const refused = await control(wire, pipelining);
    if (refused) return end(refused, true);
    return { session: { wire, banner: bannerName(greeting), pipelining, software } };
  } catch (e) {
    wire.close();
    return { outcome: outcomeOfError(e, software) };
  }
}

/** EHLO, falling back to HELO for servers that do not speak ESMTP. */
async function greet(wire: Wire, name: string): Promise<SmtpReply> {
  const ehlo = await command(wire, `EHLO ${name}`);
  return ehlo.code >= 500 ? command(wire, `HELO ${name}`) : ehlo;
}

/** Control first: a server refusing the null sender or postmaster refuses everything, so its
 * later refusals would prove nothing about relaying. Returns the outcome when it refuses. */
async function control(wire: Wire, pipelining: boolean): Promise<Outcome | null> {
  const [mail, ctl] = await exchange(wire, ["MAIL FROM:<>", "RCPT TO:<postmaster>"], pipelining);
  if (isAuthRequired(mail!)) return outcome("secure", "auth-required");
  if (mail!.code !== 250) return outcome("inconclusive", mail!.code < 500 ? "temporary-failure" : "sender-refused");
  if (!ctl) return outcome("inconclusive", "sender-refused");
  if (isAuthRequired(ctl)) return outcome("secure", "auth-required");
  if (ctl.code !== 250 && ctl.code !== 251) {
    return outcome("inconclusive", ctl.code < 500 ? "temporary-failure" : "control-refused");
  }
  return null;
}

/** RSET then QUIT, waiting briefly for each reply; errors here do not change the verdict. */
export async function politeQuit(wire: Wire): Promise<void> {
  try {
    for (const cmd of ["RSET", "QUIT"]) {
      wire.send(cmd);
      await readReply(wire, Date.now() + 500);
    }
  } catch {
    // the verdict is already known
  }
}
