/** What a fenced block holds, from its language: it decides the block's label and its copy button. */
export type CodeKind = "command" | "config" | "output";

// Shell languages hold commands to run; `text` holds what a server prints back (nothing to
// copy). A fence without a language is a command: the guides use it for curl and telnet lines.
const COMMAND_LANGUAGES = new Set(["", "sh", "bash", "shell", "console", "powershell"]);

export function codeKind(className: string | undefined): CodeKind {
  const lang = /(?:^|\s)language-([\w-]+)/.exec(className ?? "")?.[1] ?? "";
  if (lang === "text") return "output";
  return COMMAND_LANGUAGES.has(lang) ? "command" : "config";
}
