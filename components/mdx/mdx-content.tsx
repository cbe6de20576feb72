import type { ComponentType } from "react";
import { MDXRemote } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "./mdx-components";

/**
 * Renders a content page's Markdown body on the server: no client JavaScript. A page may add
 * components of its own, for values known only at run time (a configured address).
 */
export function MdxContent({ source, components }: { source: string; components?: Record<string, ComponentType> }) {
  return (
    <div className="prose-gov">
      <MDXRemote
        source={source}
        components={{ ...mdxComponents, ...components }}
        options={{ mdxOptions: { remarkPlugins: [remarkGfm] } }}
      />
    </div>
  );
}
