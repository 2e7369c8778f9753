// A readable comparison of two saved versions: section by section, word by word.
import { diffWords } from "diff";

export interface SectionText {
  heading: string;
  body: string;
}

export interface DiffPart {
  text: string;
  change: "added" | "removed" | "same";
}

export interface SectionDiff {
  heading: string;
  change: "added" | "removed" | "changed" | "same";
  parts: DiffPart[];
  /** Changed beyond what one comparison works out word by word: the page says so instead. */
  tooLarge?: true;
}

/**
 * What one comparison may cost. A word diff grows with the text's length times the number of words
 * changed, and any reader of the minutes may ask for any two versions (the first draft against a
 * rewritten one of megabytes): without a bound one request could hold the server's one thread.
 */
export interface DiffLimits {
  /** Words added or removed, over all the sections of one comparison. */
  maxEdits: number;
  /** A backstop for very long texts, over the whole comparison. */
  timeoutMs: number;
}

export const DIFF_LIMITS: DiffLimits = { maxEdits: 2_000, timeoutMs: 1_000 };

/**
 * The word diff and the number of words it adds or removes, or null once that would exceed `maxEdits`
 * or the comparison would run past `deadline`.
 */
function words(before: string, after: string, maxEdits: number, deadline: number) {
  const timeout = deadline - Date.now();
  if (maxEdits <= 0 || timeout <= 0) return null;
  const changes = diffWords(before, after, { maxEditLength: maxEdits, timeout });
  if (!changes) return null;
  return {
    edits: changes.reduce((sum, part) => sum + (part.added || part.removed ? part.count : 0), 0),
    parts: changes.map((part): DiffPart => ({
      text: part.value,
      change: part.added ? "added" : part.removed ? "removed" : "same",
    })),
  };
}

/**
 * Sections are compared by position: the minutes keep their agenda order, only the text changes. The
 * word diffs share one budget (`limits`): sections past it are marked `tooLarge`, with no parts.
 */
export function diffRevisions(
  before: SectionText[],
  after: SectionText[],
  limits: DiffLimits = DIFF_LIMITS,
): SectionDiff[] {
  const length = Math.max(before.length, after.length);
  const deadline = Date.now() + limits.timeoutMs;
  let edits = 0;
  return Array.from({ length }, (_, i): SectionDiff => {
    const a = before[i];
    const b = after[i];
    if (!a) return { heading: b!.heading, change: "added", parts: [{ text: b!.body, change: "added" }] };
    if (!b) return { heading: a.heading, change: "removed", parts: [{ text: a.body, change: "removed" }] };
    const heading = a.heading === b.heading ? b.heading : `${a.heading} → ${b.heading}`;
    if (a.heading === b.heading && a.body === b.body)
      return { heading, change: "same", parts: [{ text: b.body, change: "same" }] };
    const diff = words(a.body, b.body, limits.maxEdits - edits, deadline);
    if (!diff) return { heading, change: "changed", parts: [], tooLarge: true };
    edits += diff.edits;
    return { heading, change: "changed", parts: diff.parts };
  });
}
