"use client";

import { usePathname } from "next/navigation";

interface Props {
  current: string;
  label: string;
  languages: { code: string; name: string }[];
}

/**
 * Links to the same page in every other language. A client leaf only because it needs the
 * current path; it ships no messages (names and label come in as props).
 */
export function LanguageSwitcher({ current, label, languages }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {languages.map(({ code, name }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" className="font-bold">
                {name}
              </span>
            ) : (
              <a
                href={`/${code}${rest ? `/${rest}` : ""}`}
                hrefLang={code}
                lang={code}
                className="text-white visited:text-white"
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
