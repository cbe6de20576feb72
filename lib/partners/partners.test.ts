import { describe, expect, it } from "vitest";
import raw from "@/content/partners/partners.json";
import { partners } from "./data";
import { parsePartners, PartnersDataError } from "./validate";
import { countryViews, matches, parseFilter } from "./view";

const clone = () => structuredClone(raw) as typeof raw;

describe("partner data", () => {
  it("holds the 26 countries and the 8 confirmed agencies", () => {
    expect(partners.countries).toHaveLength(26);
    expect(partners.agencies.map((a) => a.id)).toEqual([
      "ftc",
      "accc",
      "aca",
      "dti",
      "ico",
      "oft",
      "samferdselsdepartementet",
      "npt",
    ]);
  });

  it("never lists the unconfirmed candidates", () => {
    const names = JSON.stringify(partners.agencies);
    for (const candidate of [
      "Industry Canada",
      "SERNAC",
      "KISA",
      "Forbrugerombudsmanden",
      "Infocomm",
    ])
      expect(names).not.toContain(candidate);
  });

  it("rejects a bad agency with a message naming the entry and the field", () => {
    const data = clone();
    (data.agencies[5] as { url: string }).url = "not a web address";
    expect(() => parsePartners(data, "partners.json")).toThrow(PartnersDataError);
    expect(() => parsePartners(data, "partners.json")).toThrow(/agencies\[5\] \(oft\)\.url/);
  });

  it("rejects an agency whose country is not listed, naming it", () => {
    const data = clone();
    (data.agencies[0] as { country: string }).country = "ZZ";
    expect(() => parsePartners(data, "partners.json")).toThrow(
      /agencies\[0\] \(ftc\)\.country: country ZZ is not in the country list/,
    );
  });

  it("rejects a country with a bad code or a missing translation, naming it", () => {
    const data = clone();
    (data.countries[0] as { code: string }).code = "usa";
    const cs = data.countries.find((c) => c.code === "CS") as {
      localizedName: Record<string, string>;
    };
    delete cs.localizedName.ro;
    expect(() => parsePartners(data, "partners.json")).toThrow(/countries\[0\] \(usa\)\.code/);
    expect(() => parsePartners(data, "partners.json")).toThrow(
      /countries\[20\] \(CS\)\.localizedName\.ro/,
    );
  });
});

describe("country views", () => {
  it("names Serbia and Montenegro from the data, not from Intl", () => {
    expect(countryViews("ro").find((c) => c.code === "CS")?.name).toBe("Serbia și Muntenegru");
    expect(countryViews("en").find((c) => c.code === "CS")?.name).toBe("Serbia and Montenegro");
  });

  it("sorts with the locale's collation", () => {
    const names = countryViews("de").map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));
  });

  it("filters by region and by accent-insensitive name", () => {
    const views = countryViews("ro");
    const hit = (q: string, region?: string) =>
      views.filter((v) => matches(v, parseFilter({ q, region }))).map((v) => v.code);
    expect(hit("romania")).toEqual(["RO"]);
    expect(hit("", "asia-pacific").sort()).toEqual(["AU", "JP", "KR", "SG", "TW"]);
    expect(hit("samferdsel")).toEqual(["NO"]);
    expect(parseFilter({ region: "nowhere" }).region).toBeNull();
  });
});
