import { searchKey } from "./normalize";

/** The words of a search, accent-free: "Lao động thương binh" → ["lao", "dong", "thuong", "binh"]. */
export function searchWords(query: string): string[] {
  return searchKey(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * A Prisma `where` matching rows whose accent-free column holds every word of the query, in any
 * order and across punctuation ("lao dong thuong binh" finds "Sở Lao động - Thương binh và Xã hội").
 */
export function matchAllWords<F extends string>(field: F, query: string): { AND: Record<F, { contains: string }>[] } {
  return {
    AND: searchWords(query).map((word) => ({ [field]: { contains: word } }) as Record<F, { contains: string }>),
  };
}
