import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { v6Groups } from "./v6-groups";

describe("v6Groups", () => {
  it("reads every spelling as ipaddr.js does", () => {
    for (const text of ["2a00:1450:4001:80b::200e", "2A00:1450:4001:080B:0:0:0:200E", "::ffff:93.184.216.34", "64:ff9b::5db8:d822", "::1", "1::", "1:2:3:4:5:6:7:8", "0::0:1"]) {
      expect(v6Groups(text)).toEqual(ipaddr.IPv6.parse(text).parts);
    }
  });

  it("refuses what is not one IPv6 address", () => {
    for (const text of ["1:2:3", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "12345::1", "::1.2.3", "::256.1.1.1", "1.2.3.4::1", "g::1", ":1:2:3:4:5:6:7"]) {
      expect(v6Groups(text)).toBeNull();
    }
  });
});
