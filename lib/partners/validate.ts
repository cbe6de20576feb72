import { partnersSchema, type PartnersData } from "./schema";

export class PartnersDataError extends Error {}

/** "agencies[5] (oft)" or "countries[20] (CS)": names the entry a reviewer has to fix. */
function describeEntry(raw: unknown, path: PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || typeof index !== "number") return path.map(String).join(".");
  const entry = (raw as Record<string, unknown[]> | null)?.[list]?.[index] as
    Record<string, unknown> | undefined;
  const label = entry?.id ?? entry?.code ?? entry?.name;
  const where = `${list}[${index}]${typeof label === "string" ? ` (${label})` : ""}`;
  return rest.length ? `${where}.${rest.map(String).join(".")}` : where;
}

/** Validates the partner data file; the error lists every bad entry by name and field. */
export function parsePartners(raw: unknown, file: string): PartnersData {
  const result = partnersSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${describeEntry(raw, issue.path)}: ${issue.message}`,
  );
  throw new PartnersDataError(`Invalid partner data in ${file}:\n${lines.join("\n")}`);
}
