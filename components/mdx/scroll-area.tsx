"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A sideways-scrolling region for code: focusable and labelled, so keyboard users can scroll it
 * (axe: scrollable-region-focusable). Without JavaScript the shadow on the cut-off edge
 * (globals.css, .code-scroll) is the cue; with it, a line of text says so too, only when the
 * content really is wider than the screen. `after` sits below the region (the copy button).
 */
export function ScrollArea({ label, hint, after, children }: { label: string; hint: string; after?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    // Fires once when observing starts, then on every resize (rotation, zoom, font size).
    const observer = new ResizeObserver(() => setOverflowing(region.scrollWidth > region.clientWidth + 1));
    observer.observe(region);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="code-block mb-4">
      <div
        ref={ref}
        // Left to right also on Arabic pages: a right-to-left scroller would open on the end
        // of the command and hide its start.
        dir="ltr"
        role="region"
        aria-label={label}
        tabIndex={0}
        data-overflowing={overflowing ? "true" : undefined}
        className="code-scroll overflow-x-auto border-s-4 border-line"
      >
        {children}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 empty:hidden">
        {after}
        {overflowing && (
          <p aria-hidden="true" className="code-scroll-hint text-sm text-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
