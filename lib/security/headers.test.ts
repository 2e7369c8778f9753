import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

const directives = (policy: string): Record<string, string> =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d]));

describe("the Content-Security-Policy", () => {
  it("runs only scripts with the response's nonce, never inline ones, and cannot be framed", () => {
    const policy = directives(contentSecurityPolicy("bm9uY2U=", { secure: false, dev: false }));
    expect(policy["script-src"]).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(Object.values(policy).filter((d) => d.startsWith("script-src") && d.includes("unsafe"))).toEqual([]);
    expect(policy["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(policy["object-src"]).toBe("object-src 'none'");
    expect(policy["form-action"]).toBe("form-action 'self'");
    expect(policy["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("upgrades every request behind https, and lets next dev evaluate code", () => {
    expect(contentSecurityPolicy("n", { secure: true, dev: false })).toMatch(/; upgrade-insecure-requests$/);
    expect(directives(contentSecurityPolicy("n", { secure: false, dev: true }))["script-src"]).toContain(
      "'unsafe-eval'",
    );
  });
});

describe("the other headers", () => {
  it("forbid sniffing and framing, keep addresses to the site, switch off device features", () => {
    expect(securityHeaders({ secure: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });

  it("add HSTS only behind https", () => {
    expect(securityHeaders({ secure: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("make a new nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
