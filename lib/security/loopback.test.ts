import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./loopback";

describe("isLoopbackHost", () => {
  it("knows this machine by name and address", () => {
    for (const host of [
      "localhost",
      "LOCALHOST",
      "app.localhost",
      "127.0.0.1",
      "127.1.2.3",
      "::1",
      "[::1]",
      "::ffff:127.0.0.1",
    ])
      expect(isLoopbackHost(host), host).toBe(true);
  });

  it("does not take another machine, or a name that only looks local, for it", () => {
    for (const host of [
      "mail.cualo.gov.vn",
      "10.0.0.5",
      "192.168.1.1",
      "0.0.0.0",
      "::",
      "localhost.evil.vn",
      "127.0.0.1.nip.io",
    ])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
