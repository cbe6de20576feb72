// Right after saving, the saver's browser holds the delete secret for an hour in this cookie, so
// the report page can show them their private delete link once (the store keeps only its hash).
// Never in a URL: the saver copies the report's address to share it.
import { siteUrl } from "../site-url";

export const SAVED_COOKIE = "saved-report";

export const savedCookieOptions = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure: siteUrl.protocol === "https:",
  path: "/",
  maxAge: 3600,
};

export const savedCookieValue = (id: string, deleteToken: string) => `${id}.${deleteToken}`;

/** The delete secret the cookie holds for report `id`, or null. */
export function deleteTokenFor(cookie: string | undefined, id: string): string | null {
  const [cookieId, token] = cookie?.split(".") ?? [];
  return cookieId === id && token ? token : null;
}
