import { describe, expect, it } from "vitest";
import { seal, sealPkcs12, signingKey, unseal, unsealPkcs12 } from "./secret";

const KEY = Buffer.alloc(32, 7);

describe("the sealed PKCS#12 files", () => {
  it("come back only with the key they were sealed with", () => {
    const sealed = sealPkcs12(Buffer.from("p12 bytes"), "mật khẩu", KEY);
    expect(sealed).not.toContain("mật khẩu");
    expect(unsealPkcs12(sealed, KEY)).toEqual({ file: Buffer.from("p12 bytes"), password: "mật khẩu" });
    expect(() => unseal(sealed, Buffer.alloc(32, 8))).toThrow("signatures.errors.secretUnreadable");
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => unseal(tampered, KEY)).toThrow("signatures.errors.secretUnreadable");
    expect(seal(Buffer.from("x"), KEY)).not.toBe(seal(Buffer.from("x"), KEY)); // a fresh IV each time
  });

  it("use HOINGHI_SIGNING_KEY, refuse a real installation without it, derive one for the demo", () => {
    const hex = KEY.toString("hex");
    expect(signingKey({ demo: false }, { HOINGHI_SIGNING_KEY: hex, NODE_ENV: "production" })).toEqual({
      key: KEY,
      source: "environment",
    });
    expect(signingKey({ demo: false }, { HOINGHI_SIGNING_KEY: KEY.toString("base64") }).key).toEqual(KEY);
    expect(() => signingKey({ demo: false }, { HOINGHI_SIGNING_KEY: "short" })).toThrow(
      "signatures.errors.badSigningKey",
    );
    expect(() => signingKey({ demo: false }, { NODE_ENV: "production" })).toThrow("signatures.errors.noSigningKey");
    expect(signingKey({ demo: true }, { NODE_ENV: "production" }).source).toBe("derived");
    expect(signingKey({ demo: false }, { NODE_ENV: "development" }).key).toHaveLength(32);
  });
});
