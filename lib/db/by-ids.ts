// Loads rows by id in slices: SQLite refuses queries with more bound parameters than its limit, and a
// conference of a thousand points reaches it. Prisma's nested relation loading binds one per parent,
// so large lists are loaded flat and joined in memory through these.
const SLICE = 500;

export async function findByIds<T extends { id: string }>(ids: Iterable<string>, load: (slice: string[]) => Promise<T[]>): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, T>();
  for (let i = 0; i < unique.length; i += SLICE) {
    for (const row of await load(unique.slice(i, i + SLICE))) out.set(row.id, row);
  }
  return out;
}
