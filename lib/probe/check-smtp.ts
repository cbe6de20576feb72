// smtp-relay: control (MAIL FROM:<> / RCPT TO:<postmaster>), then the relay variants, each after
// RSET, until the first accepted RCPT → RSET → QUIT. Never DATA: the dialogue cannot go past
// RCPT, so no mail is ever sent.
//
// Servers slow down clients that collect errors (Postfix sleeps a second before each refusal;
// Debian's default), so sixteen refusals on one connection take sixteen seconds. Once the first
// connection has shown that the server talks to us and its first attempt was not accepted at
// once, up to three more share the attempts: the delays overlap, each connection stays far below
// the usual error limits (Postfix hangs up after 20 errors, Exim's defaults sooner), and an
// extra connection the server refuses costs nothing. An open relay that accepts the first
// attempt is done on one connection.
import { randomBytes } from "node:crypto";
import type { CheckContext } from "./context";
import type { Outcome } from "./outcome";
import { RelayAttempts } from "./relay-attempts";
import { exchange } from "./smtp-reply";
import { openSession, politeQuit, type SmtpSession } from "./smtp-session";
import { relayAttempts } from "./smtp-variants";
import type { Transcript } from "./transcript";

export const RELAY_CONNECTIONS = 4;
/** Extra connections open when the first attempt is refused, or unanswered this long. */
const HELPERS_AFTER_MS = 250;

export async function runSmtpRelay(ctx: CheckContext, transcript: Transcript): Promise<Outcome> {
  const first = await openSession(ctx, transcript);
  if ("outcome" in first) return first.outcome;
  const nonce = randomBytes(6).toString("hex");
  const attempts = new RelayAttempts(relayAttempts({ ip: ctx.target, banner: first.session.banner, domain: ctx.canaryDomain, nonce }));
  let software = first.session.software;
  const work = async (s: SmtpSession) => {
    software ??= s.software;
    try {
      await attempts.drain(s.wire, (wire, a) => exchange(wire, ["RSET", `MAIL FROM:<${a.from}>`, `RCPT TO:<${a.to}>`], s.pipelining));
      await politeQuit(s.wire);
    } finally {
      s.wire.close();
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wanted = Promise.race([attempts.firstAnswer, new Promise<void>((r) => (timer = setTimeout(r, HELPERS_AFTER_MS)))]);
  const helpers = Array.from({ length: RELAY_CONNECTIONS - 1 }, async (_, i) => {
    await wanted;
    if (attempts.done || ctx.limits.signal.aborted) return;
    const opened = await openSession(ctx, transcript.tagged(`[${i + 2}] `));
    if ("session" in opened) await work(opened.session);
  });
  try {
    await Promise.all([work(first.session), ...helpers]);
  } finally {
    clearTimeout(timer);
  }
  return { ...attempts.verdict(), software };
}
