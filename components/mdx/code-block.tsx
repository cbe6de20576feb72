import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/ui/copy-button";
import { codeKind } from "./code-kind";
import { ScrollArea } from "./scroll-area";

type CodeProps = { className?: string; children?: ReactNode };

/** The text of a rendered fence: what the reader sees is exactly what the button copies. */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return isValidElement<CodeProps>(node) ? textOf(node.props.children) : "";
}

/**
 * A fenced block from a guide: a labelled scroll region (commands stay on one line, as the
 * shell needs them) and, for commands and configuration, a copy button. Output samples get no
 * button: nobody pastes a server's reply.
 */
export async function CodeBlock({ children }: ComponentPropsWithoutRef<"pre">) {
  const t = await getTranslations("Code");
  const kind = codeKind(isValidElement<CodeProps>(children) ? children.props.className : undefined);
  // Markdown ends every fence with a newline; a pasted command should not run on its own.
  const text = textOf(children).replace(/\n$/, "");
  const copy =
    kind === "output" ? undefined : (
      <CopyButton
        text={text}
        copyLabel={t(kind === "command" ? "copyCommand" : "copyConfig")}
        copiedLabel={t("copied")}
      />
    );
  return (
    <ScrollArea label={t(`${kind}Label`)} hint={t("scrollHint")} after={copy}>
      <pre dir="ltr" className="w-max min-w-full p-4 text-sm">
        {children}
      </pre>
    </ScrollArea>
  );
}
