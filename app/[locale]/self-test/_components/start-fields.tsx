import { getTranslations } from "next-intl/server";
import { CHECK_GROUPS, type CheckGroup } from "@/lib/selftest/groups";
import type { FieldError } from "../schema";

interface Props {
  locale: string;
  errors: FieldError[];
  checked: CheckGroup[];
}

const CHECKBOX = "mt-1 h-6 w-6 shrink-0 accent-ink";

/** GOV.UK checkboxes with error messages inside the field group, tied by aria-describedby. */
export async function StartFields({ locale, errors, checked }: Props) {
  const t = await getTranslations({ locale, namespace: "SelfTest" });
  const groupsError = errors.includes("groups");
  const consentError = errors.includes("consent");
  return (
    <>
      <div className={`mb-6 ${groupsError ? "border-s-4 border-bad ps-4" : ""}`}>
        <fieldset aria-describedby={`groups-hint${groupsError ? " groups-error" : ""}`}>
          <legend className="mb-1 text-xl font-bold">{t("form.groupsLegend")}</legend>
          <p id="groups-hint" className="mb-2 text-muted">
            {t("form.groupsHint")}
          </p>
          {groupsError && (
            <p id="groups-error" className="mb-2 font-bold text-bad">
              <span className="sr-only">{t("errors.titlePrefix")} </span>
              {t("errors.groups")}
            </p>
          )}
          {CHECK_GROUPS.map((group) => (
            <div key={group} className="mb-2 flex items-start gap-3">
              <input
                id={`groups-${group}`}
                type="checkbox"
                name="groups"
                value={group}
                defaultChecked={checked.includes(group)}
                className={CHECKBOX}
              />
              <label htmlFor={`groups-${group}`}>{t(`form.group.${group}`)}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <div className={`mb-6 ${consentError ? "border-s-4 border-bad ps-4" : ""}`}>
        <fieldset aria-describedby={consentError ? "consent-error" : undefined}>
          <legend className="mb-2 text-xl font-bold">{t("form.consentLegend")}</legend>
          {consentError && (
            <p id="consent-error" className="mb-2 font-bold text-bad">
              <span className="sr-only">{t("errors.titlePrefix")} </span>
              {t("errors.consent")}
            </p>
          )}
          <div className="flex items-start gap-3">
            <input id="consent" type="checkbox" name="consent" value="yes" className={CHECKBOX} />
            <label htmlFor="consent">{t("form.consent")}</label>
          </div>
        </fieldset>
      </div>
      <StartButton label={t("form.start")} />
    </>
  );
}

export function StartButton({ label }: { label: string }) {
  return (
    <button
      type="submit"
      className="bg-ok px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]"
    >
      {label}
    </button>
  );
}

