import "server-only";
import { connect, type Db } from "./connect";
import { resolveDatabaseUrl } from "./url";

export type { Db };

// One client per process: Next's dev server re-evaluates modules, so keep it on globalThis and read it back.
const cache = globalThis as unknown as { hoinghiDb?: Db };
export const db: Db = cache.hoinghiDb ?? (cache.hoinghiDb = connect(resolveDatabaseUrl(process.env)));

/** Which database this process runs on, for the few places that must differ (locks). */
export const provider = resolveDatabaseUrl(process.env).provider;
