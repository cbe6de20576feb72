"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** A link written out in full (it is meant to be copied), plus a copy button when we can copy. */
export function CopyLink({ href, copyLabel, copiedLabel, testId }: { href: string; copyLabel: string; copiedLabel: string; testId: string }) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== "undefined" && navigator.clipboard !== undefined,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  return (
    <div className="mb-4">
      <p className="mb-2 break-all ltr">
        <a href={href} data-testid={testId}>
          {href}
        </a>
      </p>
      {canCopy && (
        <button
          type="button"
          className="bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
          onClick={() => navigator.clipboard.writeText(href).then(() => setCopied(true), () => setCopied(false))}
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
