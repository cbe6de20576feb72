import type { ComponentPropsWithoutRef } from "react";
import { Details } from "@/components/ui/details";
import { InsetText } from "@/components/ui/inset-text";
import { WarningText } from "@/components/ui/warning-text";
import { CodeBlock } from "./code-block";

// Markdown elements mapped to the site's typography. Headings in content start at h2: the
// page template renders the one h1 from the frontmatter title.
export const mdxComponents = {
  h2: (props: ComponentPropsWithoutRef<"h2">) => (
    <h2 className="mt-10 mb-4 text-2xl font-bold" {...props} />
  ),
  h3: (props: ComponentPropsWithoutRef<"h3">) => (
    <h3 className="mt-8 mb-3 text-xl font-bold" {...props} />
  ),
  p: (props: ComponentPropsWithoutRef<"p">) => <p className="mb-4" {...props} />,
  ul: (props: ComponentPropsWithoutRef<"ul">) => (
    <ul className="mb-4 list-disc space-y-2 ps-6" {...props} />
  ),
  ol: (props: ComponentPropsWithoutRef<"ol">) => (
    <ol className="mb-4 list-decimal space-y-2 ps-6" {...props} />
  ),
  pre: CodeBlock,
  code: (props: ComponentPropsWithoutRef<"code">) => (
    <code className="rounded-sm bg-panel px-1 text-[0.9em]" dir="ltr" {...props} />
  ),
  // Explicit roles: the stacked layout on narrow screens (globals.css) makes the cells blocks,
  // and browsers drop a table's semantics with its table display unless the roles say so.
  table: (props: ComponentPropsWithoutRef<"table">) => (
    <table role="table" className="stack-table mb-4 w-full border-collapse text-start" {...props} />
  ),
  thead: (props: ComponentPropsWithoutRef<"thead">) => <thead role="rowgroup" {...props} />,
  tbody: (props: ComponentPropsWithoutRef<"tbody">) => <tbody role="rowgroup" {...props} />,
  tr: (props: ComponentPropsWithoutRef<"tr">) => <tr role="row" {...props} />,
  th: (props: ComponentPropsWithoutRef<"th">) => (
    <th role="columnheader" className="border-b border-line py-2 pe-4 text-start font-bold" {...props} />
  ),
  td: (props: ComponentPropsWithoutRef<"td">) => (
    <td role="cell" className="border-b border-line py-2 pe-4 align-top" {...props} />
  ),
  blockquote: (props: ComponentPropsWithoutRef<"blockquote">) => (
    <blockquote className="mb-4 border-s-4 border-line ps-4" {...props} />
  ),
  Details,
  InsetText,
  WarningText,
};
