// The relay attempts of one check, shared by its connections: each connection takes the next
// attempt, the replies add up here, and the verdict is the one a single connection trying every
// attempt in turn would reach. The first accepted recipient decides at once.
import { outcome, outcomeOfError, type Outcome } from "./outcome";
import { isAuthRequired, replyText, type SmtpReply } from "./smtp-reply";
import type { RelayAttempt } from "./smtp-variants";
import { ProbeError } from "./wire";
import type { Wire } from "./wire";

// A temporary reply that names the relay refusal outright (Postfix's defer_unauth_destination,
// Debian's default, answers "454 4.7.1 … Relay access denied") refuses relaying; it is not
// greylisting and a retry would get the same answer.
const RELAY_REFUSAL_TEXT = /relay(ing)? (access )?(denied|not permitted|prohibited)|not permitted to relay|unable to relay/i;

export class RelayAttempts {
  private readonly queue: RelayAttempt[];
  private readonly wires = new Set<Wire>();
  private decided: Outcome | null = null;
  private failure: unknown = null;
  private onlyHangUps = true;
  private mailTemp = 0;
  private rcptTemp = 0;
  private denied = 0;
  private authDenied = 0;
  private answered!: () => void;
  /** Settles at the first answer to an attempt (or failure): the server's pace is then known. */
  readonly firstAnswer = new Promise<void>((resolve) => (this.answered = resolve));

  constructor(attempts: RelayAttempt[]) {
    this.queue = [...attempts];
  }

  get done(): boolean {
    return this.decided !== null;
  }

  /** Takes attempts on `wire` until none is left, the check is decided, or the wire fails. */
  async drain(wire: Wire, send: (wire: Wire, a: RelayAttempt) => Promise<(SmtpReply | null)[]>): Promise<void> {
    this.wires.add(wire);
    try {
      for (let a = this.next(); a; a = this.next()) {
        let replies: (SmtpReply | null)[];
        try {
          replies = await send(wire, a);
        } catch (e) {
          if (!this.done) this.fail(a, e);
          return;
        } finally {
          this.answered();
        }
        if (this.done) return; // decided on another connection while this one waited
        this.record(wire, a, replies[1], replies[2]);
      }
    } finally {
      this.wires.delete(wire);
    }
  }

  verdict(): Outcome {
    if (this.decided) return this.decided;
    if (this.queue.length > 0) {
      // Every connection ended before all attempts were answered. Servers such as Exim hang up
      // after too many refused commands: having refused every attempt so far, and accepted
      // none, such a server is refusing to relay.
      if (this.onlyHangUps && this.denied > 0 && this.rcptTemp === 0) return outcome("secure", "relay-denied");
      return outcomeOfError(this.failure);
    }
    if (this.rcptTemp > 0) return outcome("inconclusive", "temporary-failure");
    if (this.denied > 0) return outcome("secure", this.authDenied === this.denied ? "auth-required" : "relay-denied");
    return outcome("inconclusive", this.mailTemp > 0 ? "temporary-failure" : "sender-refused");
  }

  private next(): RelayAttempt | undefined {
    return this.decided ? undefined : this.queue.shift();
  }

  /** The attempt goes back for another connection; the first failure is kept as the reason. */
  private fail(a: RelayAttempt, e: unknown): void {
    this.queue.unshift(a);
    this.failure ??= e;
    if (!(e instanceof ProbeError && e.code === "connection-closed")) this.onlyHangUps = false;
  }

  private decide(by: Wire, o: Outcome): void {
    this.decided = o;
    for (const w of this.wires) if (w !== by) w.close(); // their answers no longer matter
  }

  private record(wire: Wire, a: RelayAttempt, m: SmtpReply | null | undefined, r: SmtpReply | null | undefined): void {
    if (m && isAuthRequired(m)) return this.decide(wire, outcome("secure", "auth-required"));
    if (!m || m.code !== 250 || !r) {
      if (m && m.code < 500) this.mailTemp++;
      return;
    }
    if (r.code === 250 || r.code === 251) return this.decide(wire, outcome("vulnerable", `relay-accepted-${a.variant}`));
    if (r.code >= 500 || RELAY_REFUSAL_TEXT.test(replyText(r))) {
      this.denied++;
      if (isAuthRequired(r)) this.authDenied++;
    } else {
      this.rcptTemp++; // 4xx (greylisting?) or an odd 2xx/3xx: could relay on retry, so not secure
    }
  }
}
