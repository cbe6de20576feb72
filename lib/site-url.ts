import { z } from "zod";

// The public origin of the site, used for canonical links, hreflang alternates and the sitemap.
const siteUrlSchema = z.url({ protocol: /^https?$/ }).default("http://localhost:3000");

export const siteUrl = new URL(siteUrlSchema.parse(process.env.SITE_URL || undefined));
