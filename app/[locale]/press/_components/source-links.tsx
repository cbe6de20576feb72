import { getTranslations } from "next-intl/server";
import { SOURCES, type SourceId } from "./press-data";
import { sourceLabel } from "./source-label";

/** "Sources: A; B", each source a link whose text names it (never a bare "source"). */
export async function SourceLinks({ locale, ids }: { locale: string; ids: readonly SourceId[] }) {
  const t = await getTranslations({ locale, namespace: "Press" });
  return (
    <span className="block text-sm text-muted" data-testid="press-sources">
      {t("sourcesLabel", { count: ids.length })}{" "}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && "; "}
          <a href={SOURCES[id]} rel="external">
            {sourceLabel(t, id, locale)}
          </a>
        </span>
      ))}
    </span>
  );
}
