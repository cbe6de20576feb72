"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { takeReportFocus } from "./arrival";

/** The verdict box's heading; takes the focus when the live view has just opened the report. */
export function VerdictHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // No dependency list: testing again re-renders the same report page without remounting it.
  useEffect(() => {
    if (takeReportFocus()) heading.current?.focus();
  });
  return (
    <h2 id="verdict-heading" ref={heading} tabIndex={-1} className="mb-4 text-2xl font-bold outline-none sm:text-3xl">
      {children}
    </h2>
  );
}
