import type { ReactNode } from "react";

/** An important caution; the "!" is decorative, the text carries the meaning. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="my-6 flex items-start gap-4">
      <span
        aria-hidden="true"
        className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-xl font-bold text-white"
      >
        !
      </span>
      <strong className="pt-1">{children}</strong>
    </div>
  );
}
