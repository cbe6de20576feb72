"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

// While a test runs in the live view, the start page's old error summary and refusal notice
// describe an attempt that is over: they are hidden until the page is opened again.
const Running = createContext<[boolean, (running: boolean) => void]>([false, () => {}]);

export function RunState({ children }: { children: ReactNode }) {
  const state = useState(false);
  return <Running value={state}>{children}</Running>;
}

export function HiddenWhileRunning({ children }: { children: ReactNode }) {
  return useContext(Running)[0] ? null : children;
}

export function useSetRunning(): (running: boolean) => void {
  return useContext(Running)[1];
}
