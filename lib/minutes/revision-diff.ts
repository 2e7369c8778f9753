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
}

function words(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

/** Sections are compared by position: the minutes keep their agenda order, only the text changes. */
export function diffRevisions(before: SectionText[], after: SectionText[]): SectionDiff[] {
  const length = Math.max(before.length, after.length);
  return Array.from({ length }, (_, i) => {
    const a = before[i];
    const b = after[i];
    if (!a) return { heading: b!.heading, change: "added", parts: [{ text: b!.body, change: "added" }] };
    if (!b) return { heading: a.heading, change: "removed", parts: [{ text: a.body, change: "removed" }] };
    const same = a.heading === b.heading && a.body === b.body;
    const heading = a.heading === b.heading ? b.heading : `${a.heading} → ${b.heading}`;
    return {
      heading,
      change: same ? "same" : "changed",
      parts: same ? [{ text: b.body, change: "same" }] : words(a.body, b.body),
    };
  });
}
