// Progress of one test as NDJSON lines for the page's live view. Lines carry only what a row
// needs (no transcripts: the full report is on the report page), then a final "done" line.
import type { ProgressEvent } from "../probe";
import type { Ticket } from "./service";

export type StreamLine =
  | Exclude<ProgressEvent, { type: "finish" }>
  | { type: "finish"; kind: string; port: number; verdict: string }
  | { type: "done"; verdict: string }
  | { type: "error" };

export function progressStream(ticket: Ticket, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (line: StreamLine) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // the visitor went away; the test still finishes and is remembered
        }
      };
      try {
        const report = await ticket.run({
          signal,
          onProgress: (e) =>
            send(e.type === "finish" ? { type: "finish", kind: e.result.kind, port: e.result.port, verdict: e.result.verdict } : e),
        });
        send({ type: "done", verdict: report.verdict });
      } catch {
        send({ type: "error" });
      }
      try {
        controller.close();
      } catch {
        // already closed by a cancelled reader
      }
    },
  });
}
