import type { ReactNode } from "react";
import "./globals.css";

// The real document shell (<html lang dir>) lives in app/[locale]/layout.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
