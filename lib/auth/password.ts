import bcrypt from "bcryptjs";

// Cost 11 ≈ 0.15 s in pure JS on this class of server: slow for guessing, fine for signing in.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let decoy: Promise<string> | undefined;

/** Spend the same time as a real check, so a wrong address cannot be told from a wrong password. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await bcrypt.compare(password, await (decoy ??= hashPassword("decoy-password")));
  return false;
}
