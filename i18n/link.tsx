import type { ComponentPropsWithoutRef } from "react";
import { getLocale } from "next-intl/server";

type Props = Omit<ComponentPropsWithoutRef<"a">, "href"> & {
  /** locale-free path ("/guidance"), or an absolute URL */
  href: string;
  locale?: string;
};

/**
 * A plain link to a page in the current locale, rendered on the server. It ships no client
 * JavaScript: on a mostly static site, full page loads cost slow links less than the client
 * router's runtime and prefetching would.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const current = locale ?? (await getLocale());
  const localized = href.startsWith("/") ? `/${current}${href === "/" ? "" : href}` : href;
  return <a href={localized} {...rest} />;
}
