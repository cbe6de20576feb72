import { describe, expect, it } from "vitest";
import { parseContentFile } from "./load";

const file = "/repo/content/en/guidance/example.mdx";
const page = (frontmatter: string) => `---\n${frontmatter}\n---\n\nBody text.\n`;

describe("content frontmatter", () => {
  it("accepts a complete page and keeps the ISO date", () => {
    const parsed = parseContentFile(
      file,
      page("title: Close your open relay\ndescription: Steps to stop strangers sending mail through your server.\nupdated: 2026-11-28\norder: 2"),
      "guidance/example",
    );
    expect(parsed.frontmatter).toEqual({
      title: "Close your open relay",
      description: "Steps to stop strangers sending mail through your server.",
      updated: "2026-11-28",
      order: 2,
    });
    expect(parsed.body.trim()).toBe("Body text.");
  });

  it("rejects a missing title and names the file and the field", () => {
    expect(() =>
      parseContentFile(file, page("description: A description that is long enough.\nupdated: 2026-11-28"), "x"),
    ).toThrow(/example\.mdx[\s\S]*title/);
  });

  it("rejects an impossible date", () => {
    expect(() =>
      parseContentFile(
        file,
        page('title: Title\ndescription: A description that is long enough.\nupdated: "2026-13-45"'),
        "x",
      ),
    ).toThrow(/updated/);
  });

  it("rejects unknown fields, so typos do not pass silently", () => {
    expect(() =>
      parseContentFile(
        file,
        page("title: Title\ndescription: A description that is long enough.\nupdated: 2026-11-28\ntitel: x"),
        "x",
      ),
    ).toThrow(/titel/);
  });
});
