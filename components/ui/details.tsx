import type { ReactNode } from "react";

/** GOV.UK "details": native disclosure, works without JavaScript and with screen readers. */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="mb-4">
      <summary className="cursor-pointer text-brand underline">{summary}</summary>
      <div className="mt-2 border-s-4 border-line ps-4">{children}</div>
    </details>
  );
}
