// The PKCS#12 files of signers are stored encrypted: AES-256-GCM under HOINGHI_SIGNING_KEY (32 bytes,
// base64 or hex; `openssl rand -base64 32`). Without it, a demo database or a development server uses a
// key derived from a fixed label and NEXTAUTH_SECRET, which is no protection at all against anyone who can
// read the source and the environment: fine for the demo, refused for a real installation.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { DomainError } from "@/lib/errors";

export type KeySource = "environment" | "derived";

export function signingKey(
  options: { demo: boolean },
  env: Record<string, string | undefined> = process.env,
): { key: Buffer; source: KeySource } {
  const raw = env.HOINGHI_SIGNING_KEY?.trim();
  if (raw) {
    const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
    if (key.length !== 32) throw new DomainError("signatures.errors.badSigningKey");
    return { key, source: "environment" };
  }
  if (!options.demo && env.NODE_ENV === "production") throw new DomainError("signatures.errors.noSigningKey");
  const derived = hkdfSync("sha256", env.NEXTAUTH_SECRET ?? "", "hoinghi", "hoinghi demo signing key", 32);
  return { key: Buffer.from(derived), source: "derived" };
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function seal(plain: Buffer, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function unseal(sealed: string, key: Buffer): Buffer {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined)
    throw new DomainError("signatures.errors.secretUnreadable");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]);
  } catch {
    // Another key than the one it was stored with (HOINGHI_SIGNING_KEY changed), or a damaged value.
    throw new DomainError("signatures.errors.secretUnreadable");
  }
}

/** The PKCS#12 file and its password, sealed together. */
export function sealPkcs12(file: Buffer, password: string, key: Buffer): string {
  return seal(Buffer.from(JSON.stringify({ p12: file.toString("base64"), password }), "utf8"), key);
}

export function unsealPkcs12(sealed: string, key: Buffer): { file: Buffer; password: string } {
  const { p12, password } = JSON.parse(unseal(sealed, key).toString("utf8")) as { p12: string; password: string };
  return { file: Buffer.from(p12, "base64"), password };
}
