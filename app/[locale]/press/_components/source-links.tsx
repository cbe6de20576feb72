import { getTranslations } from "next-intl/server";
import { SOURCES, type SourceId } from "./press-data";

/** "Sources: A; B" with links where the source is online. */
export async function SourceLinks({ locale, ids }: { locale: string; ids: readonly SourceId[] }) {
  const t = await getTranslations({ locale, namespace: "Press" });
  return (
    <span className="block text-sm text-muted">
      {t("sourcesLabel", { count: ids.length })}{" "}
      {ids.map((id, index) => {
        const url = SOURCES[id];
        return (
          <span key={id}>
            {index > 0 && "; "}
            {url ? (
              <a href={url} rel="external">
                {t(`sources.${id}`)}
              </a>
            ) : (
              t(`sources.${id}`)
            )}
          </span>
        );
      })}
    </span>
  );
}
