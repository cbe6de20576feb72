import { describe, expect, it } from "vitest";
import { parseApiQuery } from "./request-schema";

const parse = (query: string, format: "text" | "json" | "ndjson" = "json") => parseApiQuery(new URLSearchParams(query), format);

describe("parseApiQuery", () => {
  it("saves only with save=1", () => {
    expect(parse("")).toMatchObject({ ok: true, save: false });
    expect(parse("save=0")).toMatchObject({ ok: true, save: false });
    expect(parse("save=1&groups=mail")).toMatchObject({ ok: true, save: true, groups: ["mail"] });
    expect(parse("save=1", "text")).toMatchObject({ ok: true, save: true });
  });

  it("names the parameter that is wrong", () => {
    expect(parse("save=yes")).toMatchObject({ ok: false, error: "invalid-save" });
    expect(parse("save=1", "ndjson")).toMatchObject({ ok: false, error: "invalid-save", allowed: expect.stringMatching(/application\/json/) });
    expect(parse("groups=ftp&save=1")).toMatchObject({ ok: false, error: "invalid-groups" });
  });
});
