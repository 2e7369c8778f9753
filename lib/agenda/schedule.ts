// When each agenda item starts and ends: one after another from the meeting's start.

const MINUTE = 60_000;

export interface Timed {
  startsAt: Date;
  endsAt: Date;
}

/** Start and end of each item, in order, from the meeting's start and the items' planned durations. */
export function itemTimes(meetingStart: Date, durations: readonly number[]): Timed[] {
  let at = meetingStart.getTime();
  return durations.map((minutes) => {
    const startsAt = new Date(at);
    at += Math.max(0, minutes) * MINUTE;
    return { startsAt, endsAt: new Date(at) };
  });
}

export function totalMinutes(durations: readonly number[]): number {
  return durations.reduce((sum, minutes) => sum + Math.max(0, minutes), 0);
}

/** Minutes the agenda runs past the meeting's planned end (0 when it fits). */
export function overrunMinutes(meetingStart: Date, meetingEnd: Date, durations: readonly number[]): number {
  const planned = Math.round((meetingEnd.getTime() - meetingStart.getTime()) / MINUTE);
  return Math.max(0, totalMinutes(durations) - planned);
}

/** The ids with one moved up (-1) or down (+1); unchanged at either end or when the id is unknown. */
export function moveItem<T>(ids: readonly T[], id: T, direction: -1 | 1): T[] {
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** True when both lists hold the same ids, each once: a reorder must name every item and nothing else. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || new Set(a).size !== a.length) return false;
  const set = new Set(b);
  return a.every((id) => set.has(id));
}
