// Runs before `next build`: every content file of every locale must have valid frontmatter.
// Prerender errors hide the message, so we validate up front and name each bad file.
// The build also bakes SITE_URL and the press address into static pages, so a placeholder
// configuration stops it here, with the same message as `npm start` (lib/placeholder-config.ts).
import { routing } from "../i18n/routing";
import { ContentError, getPage, listSlugs } from "../lib/content/load";
import { parseOperator } from "../lib/operator";
import { placeholderMessage, placeholderProblems } from "../lib/placeholder-config";

const operator = parseOperator(process.env);
if (!operator.ok) {
  console.error(`Configuration error, the build stopped:\n  ${operator.errors.join("\n  ")}`);
  process.exit(1);
}
const placeholders = placeholderProblems(process.env);
if (placeholders.length > 0) {
  console.error(placeholderMessage("build", placeholders));
  process.exit(1);
}

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
