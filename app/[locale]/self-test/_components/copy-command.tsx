import { CopyButton } from "@/components/ui/copy-button";

/** The command as plain text (works without JavaScript), wrapped on a phone rather than scrolled, plus a copy button when we can copy. */
export function CopyCommand({ command, copyLabel, copiedLabel }: { command: string; copyLabel: string; copiedLabel: string }) {
  return (
    <div className="mb-6">
      <pre className="mb-3 border border-line bg-panel p-4 break-all whitespace-pre-wrap">
        <code>{command}</code>
      </pre>
      <CopyButton text={command} copyLabel={copyLabel} copiedLabel={copiedLabel} />
    </div>
  );
}
