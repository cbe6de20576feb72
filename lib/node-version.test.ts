import { describe, expect, it } from "vitest";
import { unsupportedRuntime } from "./node-version";

describe("runtime", () => {
  it("refuses Node 20 and accepts Node 24", () => {
    expect(unsupportedRuntime("20.20.2")).toMatch(/not supported/);
    expect(unsupportedRuntime("24.21.0")).toBeNull();
  });

  it("the tests themselves run on Node 24 (the project's own node package)", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
  });
});
