"use client";

import { usePathname } from "next/navigation";

interface Props {
  current: string;
  label: string;
  languages: { code: string; name: string }[];
}

/**
 * Links to the same page in every other language, each name in its own language. A native
 * disclosure keeps 20+ languages out of the way and works without JavaScript; this is a client
 * leaf only because it needs the current path (it ships no messages: words come in as props).
 * It keeps the order it is given: switcherLanguages() in i18n/locale-meta.ts sorts on the
 * server, so every page in every locale lists the languages alike.
 */
export function LanguageSwitcher({ current, label, languages }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.split("/").slice(2).join("/");
  const currentName = languages.find((l) => l.code === current)?.name ?? current;
  return (
    <nav aria-label={label} className="w-full text-sm sm:w-auto">
      <details className="group relative">
        <summary className="cursor-pointer list-none border-2 border-white px-3 py-1 font-bold">
          {label}: <span lang={current}>{currentName}</span>{" "}
          <span aria-hidden="true" className="inline-block group-open:rotate-180">
            ▾
          </span>
        </summary>
        <ul data-testid="language-list" className="z-20 mt-2 grid grid-cols-2 gap-x-4 gap-y-1 border-2 border-ink bg-white p-4 text-ink shadow-lg sm:absolute sm:end-0 sm:w-[32rem] sm:grid-cols-3">
          {languages.map(({ code, name }) => (
            <li key={code}>
              {code === current ? (
                <span aria-current="true" lang={code} className="font-bold">
                  {name}
                </span>
              ) : (
                <a href={`/${code}${rest ? `/${rest}` : ""}`} hrefLang={code} lang={code}>
                  {name}
                </a>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
