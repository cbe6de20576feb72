import { z } from "zod";

/** Frontmatter every content page must carry. */
export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(20).max(300),
  // YAML turns an unquoted 2026-11-28 into a Date; accept both and keep the ISO day.
  updated: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.iso.date(),
  ),
  /** Position in index lists (guidance pages, fix guides). */
  order: z.number().int().nonnegative().optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
