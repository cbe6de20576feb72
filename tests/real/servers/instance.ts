import type { CheckKind } from "@/lib/probe";
import { stopAll } from "../processes";

/** One running server as the engine sees it (through its forwarder). */
export interface Instance {
  /** the address the engine probes: the forwarder in front of the server */
  target: string;
  ports: Partial<Record<CheckKind, number[]>>;
  stop(): Promise<void>;
}

/** A server whose config file the test edits as the guide says. */
export interface ConfigInstance extends Instance {
  config: string;
  read(): string;
  write(text: string): void;
  /** runs one command of the guide against this instance (its config file or PID put in) */
  run(command: string): string;
  /** resolves when a restart that run() began is complete */
  settled?(): Promise<void>;
}

/** Stops everything in reverse order of creation, each part by itself. */
export function teardown(parts: { close?: () => Promise<void>; stop?: () => Promise<void> }[], cleanup: () => void) {
  return async () => {
    for (const p of [...parts].reverse()) await (p.close ?? p.stop)?.call(p);
    cleanup();
    await stopAll();
  };
}
