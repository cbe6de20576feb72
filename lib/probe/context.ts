import type { Canary } from "./types";
import type { WireLimits } from "./wire";

/** Everything one check needs; built by run-self-test.ts, identical for every kind. */
export interface CheckContext {
  /** normalized IP from assessTarget */
  target: string;
  port: number;
  limits: WireLimits;
  canary: Canary;
  canaryDomain: string;
  heloName: string;
  /** SMTP ports with implicit TLS */
  smtpsPorts: ReadonlySet<number>;
}
