import type { Verdict } from "@/lib/probe/types";

// GOV.UK tag colours: dark text on a light tint, readable (WCAG AA) in every state.
const STYLE: Record<Verdict | "waiting" | "running", string> = {
  vulnerable: "bg-[#f4cdc6] text-[#2a0b06]",
  inconclusive: "bg-[#fff7bf] text-[#594d00]",
  secure: "bg-[#cce2d8] text-[#005a30]",
  "no-service": "bg-[#eeefef] text-[#383f43]",
  waiting: "bg-[#eeefef] text-[#383f43]",
  running: "bg-[#bbd4ea] text-[#0c2d4a]",
};

export function StatusTag({ status, children }: { status: keyof typeof STYLE; children: string }) {
  return (
    <strong data-status={status} className={`inline-block px-2 py-0.5 text-base font-bold ${STYLE[status]}`}>
      {children}
    </strong>
  );
}
