// Skeleton text with {{placeholders}} → minutes text. An unknown placeholder stays as typed, so the
// secretary sees what the template asked for instead of a silent gap.
import { CONCLUSIONS_TOKEN } from "./markup";

export type PlaceholderValues = Record<string, string>;

export function fillPlaceholders(skeleton: string, values: PlaceholderValues): string {
  return skeleton.replace(/\{\{\s*([\w.]+)\s*\}\}/gu, (token, key: string) => {
    // The conclusions stay a token: they are structured records, drawn where the token stands.
    if (`{{${key}}}` === CONCLUSIONS_TOKEN) return CONCLUSIONS_TOKEN;
    return values[key] ?? token;
  });
}
