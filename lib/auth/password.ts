import { BcryptPool } from "./bcrypt-pool";

// Cost 11 ≈ 0.15 s in pure JS on this class of server: slow for guessing, fine for signing in. The work
// runs on worker threads (lib/auth/bcrypt-pool.ts), so other users' requests are not stalled behind it.
// The hashes are bcryptjs' own ($2b$, salt and cost inside), so every stored hash keeps working.
const COST = 11;

// One pool per process, kept across the module's reloads in development.
const holder = globalThis as typeof globalThis & { hoinghiBcryptPool?: BcryptPool };
const pool = () => (holder.hoinghiBcryptPool ??= new BcryptPool());

export function hashPassword(password: string): Promise<string> {
  return pool().run({ op: "hash", password, cost: COST });
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return pool().run({ op: "compare", password, hash });
}

let decoy: Promise<string> | undefined;

/** Spend the same time as a real check, so a wrong address cannot be told from a wrong password. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(password, await (decoy ??= hashPassword("decoy-password")));
  return false;
}
