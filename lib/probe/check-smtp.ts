// smtp-relay: greeting → EHLO (→ STARTTLS → EHLO) → control (MAIL FROM:<> / RCPT TO:<postmaster>)
// → relay variants, each after RSET, until the first accepted RCPT → RSET → QUIT.
// Never DATA: the dialogue cannot go past RCPT, so no mail is ever sent.
import { randomBytes } from "node:crypto";
import type { CheckContext } from "./context";
import { outcome, outcomeOfError, type Outcome } from "./outcome";
import { bannerName, command, exchange, isAuthRequired, offersPipelining, offersStartTls, readReply, replyText, type SmtpReply } from "./smtp-reply";
import { relayAttempts } from "./smtp-variants";
import { detectSmtpSoftware } from "./software";
import type { Transcript } from "./transcript";
import type { Wire } from "./wire";
import { connectWire } from "./wire-connect";
import { ProbeError } from "./wire";

// A temporary reply that names the relay refusal outright (Postfix's defer_unauth_destination,
// Debian's default, answers "454 4.7.1 … Relay access denied") refuses relaying; it is not
// greylisting and a retry would get the same answer.
const RELAY_REFUSAL_TEXT = /relay(ing)? (access )?(denied|not permitted|prohibited)|not permitted to relay|unable to relay/i;

export async function runSmtpRelay(ctx: CheckContext, transcript: Transcript): Promise<Outcome> {
  let wire: Wire;
  try {
    wire = await connectWire(ctx.target, ctx.port, ctx.limits, transcript);
  } catch (e) {
    return outcomeOfError(e);
  }
  let software: string | null = null;
  const notice = (r: SmtpReply) => {
    software ??= detectSmtpSoftware(replyText(r));
  };
  try {
    if (ctx.smtpsPorts.has(ctx.port)) await wire.startTls();
    const greeting = await readReply(wire);
    notice(greeting);
    if (greeting.code === 421) return outcome("inconclusive", "service-unavailable", software);
    if (greeting.code >= 500) return outcome("secure", "greeting-refused", software);
    if (greeting.code >= 400) return outcome("inconclusive", "temporary-failure", software);
    if (greeting.code !== 220) return outcome("no-service", "not-smtp", software);

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
      return outcome("inconclusive", hello.code < 500 ? "temporary-failure" : "helo-refused", software);
    }
    const result = await relayDialogue(wire, ctx, bannerName(greeting), offersPipelining(hello));
    await politeQuit(wire);
    return { ...result, software };
  } catch (e) {
    return outcomeOfError(e, software);
  } finally {
    wire.close();
  }
}

/** EHLO, falling back to HELO for servers that do not speak ESMTP. */
async function greet(wire: Wire, name: string): Promise<SmtpReply> {
  const ehlo = await command(wire, `EHLO ${name}`);
  return ehlo.code >= 500 ? command(wire, `HELO ${name}`) : ehlo;
}

async function relayDialogue(wire: Wire, ctx: CheckContext, banner: string | null, pipelining: boolean): Promise<Outcome> {
  // Control first: a server refusing the null sender or postmaster refuses everything, so its
  // later refusals would prove nothing about relaying.
  const [mail, ctl] = await exchange(wire, ["MAIL FROM:<>", "RCPT TO:<postmaster>"], pipelining);
  if (isAuthRequired(mail!)) return outcome("secure", "auth-required");
  if (mail!.code !== 250) return outcome("inconclusive", mail!.code < 500 ? "temporary-failure" : "sender-refused");
  if (!ctl) return outcome("inconclusive", "sender-refused");
  if (isAuthRequired(ctl)) return outcome("secure", "auth-required");
  if (ctl.code !== 250 && ctl.code !== 251) {
    return outcome("inconclusive", ctl.code < 500 ? "temporary-failure" : "control-refused");
  }

  const nonce = randomBytes(6).toString("hex");
  let mailTemp = 0;
  let rcptTemp = 0;
  let denied = 0;
  let authDenied = 0;
  for (const attempt of relayAttempts({ ip: ctx.target, banner, domain: ctx.canaryDomain, nonce })) {
    let m: SmtpReply | null | undefined;
    let r: SmtpReply | null | undefined;
    try {
      [, m, r] = await exchange(wire, ["RSET", `MAIL FROM:<${attempt.from}>`, `RCPT TO:<${attempt.to}>`], pipelining);
    } catch (e) {
      // Servers such as Exim hang up after too many refused commands. Having refused every
      // attempt so far, and accepted none, the server is refusing to relay.
      const hungUp = e instanceof ProbeError && e.code === "connection-closed";
      if (hungUp && denied > 0 && rcptTemp === 0) return outcome("secure", "relay-denied");
      throw e;
    }
    if (isAuthRequired(m!)) return outcome("secure", "auth-required");
    if (m!.code !== 250 || !r) {
      if (m!.code < 500) mailTemp++;
      continue;
    }
    if (r.code === 250 || r.code === 251) return outcome("vulnerable", `relay-accepted-${attempt.variant}`);
    if (r.code >= 500 || RELAY_REFUSAL_TEXT.test(replyText(r))) {
      denied++;
      if (isAuthRequired(r)) authDenied++;
    } else {
      rcptTemp++; // 4xx (greylisting?) or an odd 2xx/3xx: could relay on retry, so not secure
    }
  }
  if (rcptTemp > 0) return outcome("inconclusive", "temporary-failure");
  if (denied > 0) return outcome("secure", authDenied === denied ? "auth-required" : "relay-denied");
  return outcome("inconclusive", mailTemp > 0 ? "temporary-failure" : "sender-refused");
}

/** RSET then QUIT, waiting briefly for each reply; errors here do not change the verdict. */
async function politeQuit(wire: Wire): Promise<void> {
  try {
    for (const cmd of ["RSET", "QUIT"]) {
      wire.send(cmd);
      await readReply(wire, Date.now() + 500);
    }
  } catch {
    // the verdict is already known
  }
}
