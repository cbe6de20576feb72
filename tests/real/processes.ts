// Server processes for the real-software suite: each started in the foreground as our own
// child, stopped by its PID (never by name), and shell commands run with a clear failure message.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Server {
  name: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<Server>();

export function startServer(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Server {
  const child: ChildProcess = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  const keep = (b: Buffer) => {
    out = (out + b.toString("utf8")).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  if (!child.pid) throw new Error(`${name}: could not start ${cmd}`);
  const pid = child.pid;
  const server: Server = {
    name,
    pid,
    output: () => out,
    async stop() {
      running.delete(server);
      if (exited) return;
      process.kill(pid, "SIGTERM");
      const timer = setTimeout(() => !exited && process.kill(pid, "SIGKILL"), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
  running.add(server);
  return server;
}

/** Safety net for a failed test: stops what is still running, each by its own PID. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

/** Resolves once host:port accepts TCP connections; fails with the server's output otherwise. */
export async function waitForPort(server: Server, host: string, port: number, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host, port });
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${server.name} did not listen on ${host}:${port} within ${timeoutMs} ms:\n${server.output()}`);
}

/**
 * Runs one shell command; throws with its output when it fails. Output goes through a file, not
 * a pipe: a daemon the command signals (postfix reload) may inherit the descriptor and keep a
 * pipe open long after the command is done.
 */
export function sh(command: string, env: Record<string, string> = {}): string {
  const file = path.join(tmpdir(), `real-sh-${process.pid}-${Date.now()}.log`);
  const fd = openSync(file, "w");
  try {
    const r = spawnSync("sh", ["-c", command], { env: { ...process.env, ...env }, stdio: ["ignore", fd, fd], timeout: 30_000 });
    const out = readFileSync(file, "utf8");
    if (r.status !== 0) throw new Error(`command failed (${r.status ?? r.signal}): ${command}\n${out}`);
    return out;
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}

/** A scratch directory that the unprivileged users of the daemons can write to. */
export function scratchDir(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `real-${name}-`));
  chmodSync(dir, 0o755);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
