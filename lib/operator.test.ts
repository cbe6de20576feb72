import { describe, expect, it } from "vitest";
import { OPERATOR_DEFAULTS, parseOperator } from "./operator";

describe("parseOperator", () => {
  it("reads the three settings", () => {
    expect(parseOperator({ OPERATOR_NAME: " CERT-RO ", CONTACT_EMAIL: "c@cert.ro", ACCESSIBILITY_CONTACT_EMAIL: "a@cert.ro" })).toEqual({
      ok: true,
      operator: { name: "CERT-RO", contactEmail: "c@cert.ro", accessibilityEmail: "a@cert.ro" },
    });
  });

  it("falls back to no name and reserved example addresses", () => {
    expect(parseOperator({ OPERATOR_NAME: "" })).toEqual({
      ok: true,
      operator: { name: null, contactEmail: OPERATOR_DEFAULTS.contactEmail, accessibilityEmail: OPERATOR_DEFAULTS.accessibilityEmail },
    });
  });

  it("names the variable of an address that is not one", () => {
    const parsed = parseOperator({ CONTACT_EMAIL: "nobody", ACCESSIBILITY_CONTACT_EMAIL: "a@cert.ro" });
    expect(parsed).toEqual({ ok: false, errors: [expect.stringMatching(/^CONTACT_EMAIL: must be an e-mail address/)] });
  });
});
