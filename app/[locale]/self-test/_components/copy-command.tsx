"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** The command as plain text (works without JavaScript), plus a copy button when we can copy. */
export function CopyCommand({ command, copyLabel, copiedLabel }: { command: string; copyLabel: string; copiedLabel: string }) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== "undefined" && navigator.clipboard !== undefined,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  return (
    <div className="mb-6">
      <pre className="mb-3 overflow-x-auto border border-line bg-panel p-4">
        <code>{command}</code>
      </pre>
      {canCopy && (
        <button
          type="button"
          className="bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          onClick={() => navigator.clipboard.writeText(command).then(() => setCopied(true), () => setCopied(false))}
        >
          {copyLabel}
        </button>
      )}
      <span role="status" className="ms-4">
        {copied ? copiedLabel : ""}
      </span>
    </div>
  );
}
