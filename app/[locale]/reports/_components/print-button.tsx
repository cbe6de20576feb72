"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Opens the browser's print dialog; shown only where JavaScript runs (the menu works anyway). */
export function PrintButton({ label }: { label: string }) {
  const canPrint = useSyncExternalStore(noSubscription, () => typeof window.print === "function", () => false);
  if (!canPrint) return null;
  return (
    <button
      type="button"
      className="no-print mb-8 bg-panel px-4 py-2 font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
