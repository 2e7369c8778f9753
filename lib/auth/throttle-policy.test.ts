import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountKey, addressKey, minutesToWait, waitAfter } from "./throttle-policy";

describe("the wait after failed sign-ins", () => {
  it("lets the first few failures through, then doubles from 30 seconds to at most 15 minutes", () => {
    expect([1, 5].map((n) => waitAfter(n, ACCOUNT_LIMIT))).toEqual([0, 0]);
    expect([6, 7, 8, 9, 10, 11].map((n) => waitAfter(n, ACCOUNT_LIMIT) / 1000)).toEqual([30, 60, 120, 240, 480, 900]);
    expect(waitAfter(1_000_000, ACCOUNT_LIMIT)).toBe(15 * 60_000);
  });

  it("allows an office behind one address more failures than one account", () => {
    expect(waitAfter(30, ADDRESS_LIMIT)).toBe(0);
    expect(waitAfter(31, ADDRESS_LIMIT)).toBe(30_000);
  });

  it("tells the wait in whole minutes, at least one", () => {
    const now = new Date("2027-01-04T01:00:00Z");
    expect(minutesToWait(new Date(now.getTime() + 30_000), now)).toBe(1);
    expect(minutesToWait(new Date(now.getTime() + 61_000), now)).toBe(2);
    expect(minutesToWait(now, now)).toBe(1);
  });
});

describe("the keys counted", () => {
  it("counts an account by its e-mail as typed, whatever the case", () => {
    expect(accountKey(" VanPhong@HoiNghi.local ")).toBe("account:vanphong@hoinghi.local");
  });

  it("takes the address the nearest proxy saw, the last X-Forwarded-For entry", () => {
    expect(addressKey("203.113.1.5")).toBe("address:203.113.1.5");
    expect(addressKey("1.2.3.4, 203.113.1.5")).toBe("address:203.113.1.5");
    expect(addressKey(["1.2.3.4", "203.113.1.5"])).toBe("address:203.113.1.5");
    expect(addressKey("::ffff:127.0.0.1")).toBe("address:127.0.0.1");
  });

  it("counts an IPv6 client by its /64 network, however it is written", () => {
    expect(addressKey("2001:db8:0:1:aaaa::1")).toBe("address:2001:db8:0:1::/64");
    expect(addressKey("2001:0db8:0000:0001:bbbb:cccc:dddd:eeee")).toBe("address:2001:db8:0:1::/64");
    expect(addressKey("::1")).toBe("address:0:0:0:0::/64");
  });

  it("has no address key for nothing or nonsense", () => {
    for (const value of [undefined, null, "", "unknown", "1.2.3.4, <script>", "999.1.1.1"])
      expect(addressKey(value)).toBeNull();
  });
});
