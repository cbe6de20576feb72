import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

/** A link styled as the GOV.UK start/primary button. */
export function ButtonLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={`inline-block bg-ok px-5 py-2 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] visited:text-white hover:bg-[#005a30] hover:text-white ${className}`}
      {...props}
    />
  );
}
