import { CopyButton } from "@/components/ui/copy-button";

/** A link written out in full (it is meant to be copied), plus a copy button when we can copy. */
export function CopyLink({ href, copyLabel, copiedLabel, testId }: { href: string; copyLabel: string; copiedLabel: string; testId: string }) {
  return (
    <div className="mb-4">
      <p className="mb-2 break-all ltr">
        <a href={href} data-testid={testId}>
          {href}
        </a>
      </p>
      <CopyButton text={href} copyLabel={copyLabel} copiedLabel={copiedLabel} />
    </div>
  );
}
