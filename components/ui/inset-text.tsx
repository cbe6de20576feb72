import type { ReactNode } from "react";

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="my-6 border-s-[10px] border-line ps-4">{children}</div>;
}
