"use client";

import { useEffect } from "react";

/**
 * A printout cannot be clicked: every collapsed <details> opens for printing and closes again
 * afterwards. CSS alone cannot open them in every browser (globals.css does where it can).
 */
export function PrintOpensDetails() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")];
      for (const details of opened) details.open = true;
    };
    const restore = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", restore);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", restore);
    };
  }, []);
  return null;
}
