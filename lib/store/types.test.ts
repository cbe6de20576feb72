// StoreUnavailableError must be recognised across module copies (server.ts and Next's bundles).
import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "./types";

describe("StoreUnavailableError", () => {
  it("is recognised by instanceof when another copy of the class made it, and nothing else is", () => {
    const fromOtherCopy = Object.assign(new Error("store unavailable: down"), { [Symbol.for("secure-your-server.store-unavailable")]: true });
    expect(fromOtherCopy instanceof StoreUnavailableError).toBe(true);
    expect(new StoreUnavailableError(new Error("down")) instanceof StoreUnavailableError).toBe(true);
    expect(new Error("store unavailable: down") instanceof StoreUnavailableError).toBe(false);
    expect((null as unknown) instanceof StoreUnavailableError).toBe(false);
  });
});
