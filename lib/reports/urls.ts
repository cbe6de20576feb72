import { siteUrl } from "../site-url";

/** Absolute addresses of a saved report and of its delete page, in the given locale. */
export function reportUrls(locale: string, id: string, deleteToken?: string): { url: string; deleteUrl: string | null } {
  const path = `/${locale}/reports/${id}`;
  return {
    url: new URL(path, siteUrl).href,
    deleteUrl: deleteToken ? new URL(`${path}/delete/${deleteToken}`, siteUrl).href : null,
  };
}
