// The placeholders a minutes skeleton may use are the minutes generator's (lib/minutes/placeholders).
// A template naming anything else is refused, so a typo ("{{chair.nmae}}") cannot reach the minutes.
import { PLACEHOLDERS } from "@/lib/minutes/placeholders";

export { PLACEHOLDERS, type Placeholder } from "@/lib/minutes/placeholders";

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/gu;

/** Every {{name}} in the text, in order of appearance, without duplicates. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** The names in the text that are not placeholders the generator knows. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return placeholdersIn(text).filter((name) => !known.has(name));
}
