import type { Post } from "./post-on-date";

// The rules of an official's appointment over time: the record's title and unit are the current post,
// the posts (OfficialPost) its history. No server-only imports: pure.

export interface Appointment {
  title: string;
  unitId: string;
  validFrom: Date | null; // took up the current post
  validTo: Date | null; // the appointment ended
  posts: (Post & { id: string; unitId: string })[];
}

/** The post held now: the latest recorded one, or, for an official recorded before posts were kept, the record itself. */
export function currentPostOf(official: Appointment): { id: string | null; validFrom: Date | null } {
  const latest = [...official.posts].sort(
    (a, b) => (a.validFrom?.getTime() ?? -Infinity) - (b.validFrom?.getTime() ?? -Infinity),
  )[official.posts.length - 1];
  return latest ? { id: latest.id, validFrom: latest.validFrom } : { id: null, validFrom: official.validFrom };
}

/**
 * Why the current post cannot end on `at` (for a move to another post or the end of the appointment),
 * as a catalogue key; null when it can. The history only grows forward: a post ends after it began.
 */
export function postEndRefusal(official: Appointment, at: Date): string | null {
  if (official.validTo) return "officialAdmin.errors.appointmentEnded";
  const since = currentPostOf(official).validFrom;
  return since && at <= since ? "officialAdmin.validation.notAfterCurrentPost" : null;
}
