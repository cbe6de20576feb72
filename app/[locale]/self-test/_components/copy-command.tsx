import { CopyButton } from "@/components/ui/copy-button";

/** The command as plain text (works without JavaScript), plus a copy button when we can copy. */
export function CopyCommand({ command, copyLabel, copiedLabel }: { command: string; copyLabel: string; copiedLabel: string }) {
  return (
    <div className="mb-6">
      <pre className="mb-3 overflow-x-auto border border-line bg-panel p-4">
        <code>{command}</code>
      </pre>
      <CopyButton text={command} copyLabel={copyLabel} copiedLabel={copiedLabel} />
    </div>
  );
}
