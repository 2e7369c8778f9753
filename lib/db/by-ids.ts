// Loads rows by id in slices: SQLite refuses queries with more bound parameters than its limit, and a
// conference of a thousand points reaches it. Prisma's nested relation loading binds one per parent,
// so large lists are loaded flat and joined in memory through these.
const SLICE = 500;

/** Every row `load` returns for the ids, one query per slice of them. */
export async function loadInSlices<T>(ids: Iterable<string>, load: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += SLICE) out.push(...(await load(unique.slice(i, i + SLICE))));
  return out;
}

export async function findByIds<T extends { id: string }>(
  ids: Iterable<string>,
  load: (slice: string[]) => Promise<T[]>,
): Promise<Map<string, T>> {
  return new Map((await loadInSlices(ids, load)).map((row) => [row.id, row]));
}
