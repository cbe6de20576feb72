import type { ComponentType } from "react";
import { MDXRemote } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "./mdx-components";
import { rehypeTableLabels } from "./table-labels";

/**
 * Renders a content page's Markdown body on the server; only code blocks add small client
 * leaves. `components` adds a page's own elements beside the shared ones.
 */
export function MdxContent({ source, components }: { source: string; components?: Record<string, ComponentType> }) {
  return (
    <div className="prose-gov">
      <MDXRemote
        source={source}
        components={{ ...mdxComponents, ...components }}
        options={{ mdxOptions: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableLabels] } }}
      />
    </div>
  );
}
