import net from "node:net";
import { ProbeError, abortCode } from "./probe-error";
import type { Transcript } from "./transcript";
import { Wire, type WireLimits } from "./wire";

/** Opens a TCP connection; failures before the handshake mean "no service" and say why. */
export function connectWire(host: string, port: number, limits: WireLimits, transcript: Transcript): Promise<Wire> {
  return new Promise((resolve, reject) => {
    if (limits.signal.aborted) return reject(abortCode(limits.signal));
    const t0 = performance.now();
    const socket = net.connect({ host, port, noDelay: true }); // small commands, no Nagle wait
    const done = (err: ProbeError | null) => {
      clearTimeout(timer);
      limits.signal.removeEventListener("abort", onAbort);
      socket.removeListener("error", onError);
      socket.removeListener("connect", onConnect);
      if (err) {
        socket.on("error", () => {}); // late errors after destroy must not crash the process
        socket.destroy();
        reject(err);
      } else {
        resolve(new Wire(socket, limits, transcript, performance.now() - t0));
      }
    };
    const onConnect = () => done(null);
    const onError = (e: NodeJS.ErrnoException) =>
      done(new ProbeError(e.code === "ECONNREFUSED" ? "connection-refused" : "unreachable"));
    const onAbort = () => done(abortCode(limits.signal));
    const timer = setTimeout(() => done(new ProbeError("connect-timeout")), limits.connectTimeoutMs);
    socket.once("connect", onConnect);
    socket.once("error", onError);
    limits.signal.addEventListener("abort", onAbort, { once: true });
  });
}
