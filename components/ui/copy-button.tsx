"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Copies `text`, shown only where the browser lets us copy; says "copied" in a live region. */
export function CopyButton({ text, copyLabel, copiedLabel }: { text: string; copyLabel: string; copiedLabel: string }) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== "undefined" && navigator.clipboard !== undefined,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  return (
    <>
      {canCopy && (
        <button
          type="button"
          className="no-print bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
        >
          {copyLabel}
        </button>
      )}
      <span role="status" className="no-print ms-4">
        {copied ? copiedLabel : ""}
      </span>
    </>
  );
}
