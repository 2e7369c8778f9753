import { describe, expect, it } from "vitest";
import { demoProblem, isSecureTransport, listenHost, mayShowDemoPassword, transportProblem } from "./serving";

describe("the public address npm start serves", () => {
  it("accepts https, and http on this machine (the default http://localhost:3000, the end-to-end tests)", () => {
    for (const url of [
      "https://hoinghi.nghean.gov.vn",
      "http://localhost:3000",
      "http://127.0.0.1:3200",
      "http://[::1]:3000",
    ])
      expect(transportProblem({ NEXTAUTH_URL: url }), url).toBeNull();
  });

  it("refuses plain http to the network, unless a TLS proxy in front is declared", () => {
    expect(transportProblem({ NEXTAUTH_URL: "http://hoinghi.nghean.gov.vn" })).toMatch(
      /^NEXTAUTH_URL is http:\/\/hoinghi\.nghean\.gov\.vn: over plain http, passwords and session cookies/,
    );
    expect(transportProblem({ NEXTAUTH_URL: "http://192.168.1.20:3000" })).toMatch(/HOINGHI_TLS_PROXY=on/);
    expect(transportProblem({ NEXTAUTH_URL: "http://10.0.0.5:3000", HOINGHI_TLS_PROXY: "on" })).toBeNull();
    expect(transportProblem({ NEXTAUTH_URL: "ftp://x" })).toMatch(/must be the app's public address/);
    expect(transportProblem({})).toMatch(/must be the app's public address/);
  });

  it("makes cookies Secure and sends HSTS behind https, or behind a declared TLS proxy", () => {
    expect(isSecureTransport({ NEXTAUTH_URL: "https://hoinghi.nghean.gov.vn" })).toBe(true);
    expect(isSecureTransport({ NEXTAUTH_URL: "http://10.0.0.5:3000", HOINGHI_TLS_PROXY: "on" })).toBe(true);
    expect(isSecureTransport({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
  });
});

describe("the demo", () => {
  it("is refused in production at an https address, where real users sign in", () => {
    expect(demoProblem({ NODE_ENV: "production", NEXTAUTH_URL: "https://hoinghi.nghean.gov.vn" })).toMatch(
      /^Refusing demo data/,
    );
    expect(demoProblem({ NEXTAUTH_URL: "https://demo.example" })).toBeNull();
    expect(demoProblem({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
  });

  it("listens on loopback only, unless HOINGHI_DEMO=on asks for the network", () => {
    expect(listenHost({}, true)).toBe("127.0.0.1");
    expect(listenHost({ HOINGHI_DEMO: "on" }, true)).toBeUndefined();
    expect(listenHost({}, false)).toBeUndefined();
  });

  it("prints its password only when nobody but this machine can read it", () => {
    const local = { HOINGHI_LISTEN_HOST: "127.0.0.1", NEXTAUTH_URL: "http://localhost:3000" };
    expect(mayShowDemoPassword(local)).toBe(true);
    expect(mayShowDemoPassword({ ...local, HOINGHI_LISTEN_HOST: "" })).toBe(false);
    expect(mayShowDemoPassword({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    // Loopback behind a proxy that publishes it: the public address says so.
    expect(mayShowDemoPassword({ ...local, NEXTAUTH_URL: "https://demo.example" })).toBe(false);
  });
});
