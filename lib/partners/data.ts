import raw from "@/content/partners/partners.json";
import { parsePartners } from "./validate";

/** Parsed on import, so a bad data file fails the build with a message naming the entry. */
export const partners = parsePartners(raw, "content/partners/partners.json");
