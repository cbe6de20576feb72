"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A summary row with the time in the reader's own time zone. Only the browser knows that zone,
 * so without JavaScript (and in the server render) the row is left out; the UTC row stays.
 */
export function LocalTimeRow({ label, iso, locale }: { label: string; iso: string; locale: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "long" }).format(new Date(iso)),
    () => null,
  );
  if (!text) return null;
  return (
    <div className="contents">
      <dt className="font-bold">{label}</dt>
      <dd>
        <time dateTime={iso}>{text}</time>
      </dd>
    </div>
  );
}
