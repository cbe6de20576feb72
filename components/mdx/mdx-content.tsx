import { MDXRemote } from "next-mdx-remote/rsc";
import remarkGfm from "remark-gfm";
import { mdxComponents } from "./mdx-components";

/** Renders a content page's Markdown body on the server: no client JavaScript. */
export function MdxContent({ source }: { source: string }) {
  return (
    <div className="prose-gov">
      <MDXRemote
        source={source}
        components={mdxComponents}
        options={{ mdxOptions: { remarkPlugins: [remarkGfm] } }}
      />
    </div>
  );
}
