// An official's posts over time (OfficialPost): a meeting, letter or minutes names its chair with the
// title they held on the meeting's day, not the one they hold now. No server-only imports: pure.

export interface Post {
  title: string;
  validFrom: Date | null;
  validTo: Date | null; // exclusive
}

/** What a query adds to an official's select so that officialOn can date the title. */
export const POSTS_SELECT = { select: { title: true, validFrom: true, validTo: true } } as const;

const start = (p: Post) => p.validFrom?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * The official as of `at`: the title of the post held then. Before the first recorded post that post's
 * title, after the last one ended the last title; an official without recorded posts keeps `title`.
 */
export function officialOn<T extends { title: string; posts: Post[] }>(
  official: T,
  at: Date,
): Omit<T, "posts"> & { title: string } {
  const { posts, ...rest } = official;
  const t = at.getTime();
  const ordered = [...posts].sort((a, b) => start(a) - start(b));
  const held =
    ordered.findLast((p) => start(p) <= t && (p.validTo === null || p.validTo.getTime() > t)) ??
    ordered.findLast((p) => start(p) <= t) ??
    ordered[0];
  return { ...rest, title: held?.title ?? official.title };
}
