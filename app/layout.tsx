import type { Metadata } from "next";
import type { ReactNode } from "react";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

// Pages without their own metadata (not-found answers, for one) still resolve social-card
// addresses against the site's public address, not against localhost.
export const metadata: Metadata = { metadataBase: siteUrl };

// The real document shell (<html lang dir>) lives in app/[locale]/layout.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
