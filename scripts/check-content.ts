// Runs before `next build`: every content file of every locale must have valid frontmatter.
// Prerender errors hide the message, so we validate up front and name each bad file.
import { routing } from "../i18n/routing";
import { ContentError, getPage, listSlugs } from "../lib/content/load";

const errors: string[] = [];
let checked = 0;
for (const locale of routing.locales) {
  for (const slug of listSlugs(locale)) {
    try {
      getPage(locale, slug);
      checked++;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error.message);
    }
  }
}
if (errors.length > 0) {
  console.error(errors.join("\n\n"));
  process.exit(1);
}
console.log(`content: ${checked} pages with valid frontmatter`);
