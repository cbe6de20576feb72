import { describe, expect, it } from "vitest";
import { isPlaceholderEmail, isPlaceholderHost, placeholderMessage, placeholderProblems } from "./placeholder-config";

const real = {
  SITE_URL: "https://secure-your-server.eu",
  OPERATOR_NAME: "Romanian CERT",
  PRESS_CONTACT_EMAIL: "press@secure-your-server.eu",
  CONTACT_EMAIL: "contact@secure-your-server.eu",
  ACCESSIBILITY_CONTACT_EMAIL: "a11y@secure-your-server.eu",
};

describe("isPlaceholderHost", () => {
  it.each(["localhost", "app.localhost", "127.0.0.1", "127.3.4.5", "::1", "[::1]", "0.0.0.0", "::ffff:127.0.0.1",
    "site.example", "secure-your-server.example", "a.test", "x.invalid", "example.com", "www.example.org", "mail.example.net", "EXAMPLE.COM."])(
    "%s is a placeholder",
    (host) => expect(isPlaceholderHost(host)).toBe(true),
  );
  it.each(["secure-your-server.eu", "example.co.uk", "myexample.com", "testing.ro", "examples.net", "10.0.0.5", "2001:db8::25", "8.8.8.8"])(
    "%s is not",
    (host) => expect(isPlaceholderHost(host)).toBe(false),
  );
});

describe("isPlaceholderEmail", () => {
  it("looks at the domain", () => {
    expect(isPlaceholderEmail("press@secure-your-server.example")).toBe(true);
    expect(isPlaceholderEmail("root@localhost")).toBe(true);
    expect(isPlaceholderEmail("example.com@cert.ro")).toBe(false);
  });
});

describe("placeholderProblems", () => {
  it("accepts a real configuration", () => {
    expect(placeholderProblems(real)).toEqual([]);
  });

  it("names every placeholder or missing variable and what to set", () => {
    const problems = placeholderProblems({});
    expect(problems.map((p) => p.split(" ")[0])).toEqual(["SITE_URL", "OPERATOR_NAME", "PRESS_CONTACT_EMAIL", "CONTACT_EMAIL", "ACCESSIBILITY_CONTACT_EMAIL"]);
    for (const p of problems) expect(p).toMatch(/: set it to /);
  });

  it.each([
    ["SITE_URL", "http://localhost:3000"],
    ["SITE_URL", "http://127.0.0.1:3100"],
    ["SITE_URL", "http://[::1]:3000"],
    ["SITE_URL", "https://secure.example"],
    ["SITE_URL", "https://www.example.com"],
    ["PRESS_CONTACT_EMAIL", "press@secure-your-server.example"],
    ["CONTACT_EMAIL", "me@example.org"],
    ["ACCESSIBILITY_CONTACT_EMAIL", "a11y@site.test"],
    ["OPERATOR_NAME", "  "],
  ])("refuses %s=%s", (name, value) => {
    const problems = placeholderProblems({ ...real, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} `));
  });

  it("lets tests and local trials opt out explicitly", () => {
    expect(placeholderProblems({ ALLOW_PLACEHOLDER_CONFIG: "true" })).toEqual([]);
    expect(placeholderProblems({ ALLOW_PLACEHOLDER_CONFIG: "1" })).toEqual([]);
    expect(placeholderProblems({ ALLOW_PLACEHOLDER_CONFIG: "false" })).toHaveLength(5);
  });

  it("ends its message with the opt-out", () => {
    const message = placeholderMessage("server", placeholderProblems({ ...real, SITE_URL: "http://localhost:3000" }));
    expect(message).toMatch(/^Placeholder configuration, the server stopped:\n  SITE_URL is http:\/\/localhost:3000/);
    expect(message).toMatch(/ALLOW_PLACEHOLDER_CONFIG=true/);
  });
});
