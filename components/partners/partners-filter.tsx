"use client";

import { useRef, type FormEvent } from "react";
import { foldForSearch } from "@/lib/partners/search-text";

interface Props {
  action: string;
  region: string;
  query: string;
  regions: { id: string; name: string }[];
  labels: { region: string; allRegions: string; query: string; hint: string; submit: string };
  /** Status sentence with "{shown}" left in for this leaf to fill. */
  statusTemplate: string;
  initialStatus: string;
}

/**
 * A GET form that the server answers on its own (no JavaScript needed). With JavaScript, the
 * same inputs hide and show the already rendered list at once and keep the URL in step.
 */
export function PartnersFilter({
  action,
  region,
  query,
  regions,
  labels,
  statusTemplate,
  initialStatus,
}: Props) {
  const status = useRef<HTMLParagraphElement>(null);

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const wanted = String(data.get("region") ?? "");
    const needle = foldForSearch(String(data.get("q") ?? ""));
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>("[data-region-group]")) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>("[data-partner]")) {
        const hit =
          (!wanted || item.dataset.region === wanted) &&
          (item.dataset.search ?? "").includes(needle);
        item.hidden = !hit;
        if (hit) visible++;
      }
      group.hidden = visible === 0;
      shown += visible;
    }
    const empty = document.querySelector<HTMLElement>("[data-partners-empty]");
    if (empty) empty.hidden = shown > 0;
    if (status.current)
      status.current.textContent = statusTemplate.replace("{shown}", String(shown));
    const params = new URLSearchParams();
    if (wanted) params.set("region", wanted);
    if (needle) params.set("q", String(data.get("q")));
    history.replaceState(null, "", `${location.pathname}${params.size ? `?${params}` : ""}`);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };

  return (
    <form
      method="get"
      action={action}
      role="search"
      onSubmit={onSubmit}
      onInput={(event) => apply(event.currentTarget)}
      className="mb-6 flex flex-wrap items-end gap-4 bg-panel p-4"
    >
      <div>
        <label htmlFor="partners-region" className="mb-1 block font-bold">
          {labels.region}
        </label>
        <select
          id="partners-region"
          name="region"
          defaultValue={region}
          className="border-2 border-ink bg-white p-2"
        >
          <option value="">{labels.allRegions}</option>
          {regions.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 grow">
        <label htmlFor="partners-q" className="mb-1 block font-bold">
          {labels.query}
        </label>
        <p id="partners-q-hint" className="mb-1 text-sm text-muted">
          {labels.hint}
        </p>
        <input
          id="partners-q"
          name="q"
          type="search"
          defaultValue={query}
          aria-describedby="partners-q-hint"
          autoComplete="off"
          className="w-full border-2 border-ink p-2"
        />
      </div>
      <button
        type="submit"
        className="bg-ok px-5 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
      >
        {labels.submit}
      </button>
      <p ref={status} role="status" className="w-full font-bold" data-partners-status>
        {initialStatus}
      </p>
    </form>
  );
}
