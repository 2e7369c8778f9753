import { createHash, randomBytes } from "node:crypto";

// Secrets handed to a user once — API tokens, calendar feed addresses, set-password links — are 32
// random bytes in base64url (43 characters). The database keeps only their SHA-256, so a leaked
// database cannot be replayed; the secret is random, so a fast unsalted hash is enough and allows a
// unique-index lookup.

export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Hex SHA-256 of the secret. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
