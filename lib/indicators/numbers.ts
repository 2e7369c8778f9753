// Figures as Vietnamese users type them: "45.000" (dot groups thousands), "80,7" (comma is the decimal
// mark), "1.234,5". A single dot followed by other than three digits is read as a decimal point ("1.5"),
// since nobody writes a thousands group of one or two digits.

/** The number typed, or null for an empty field; NaN when it is not a number at all. */
export function parseVietnameseNumber(input: string): number | null {
  const text = input.normalize("NFC").replace(/[\s\u00a0]/gu, "");
  if (text === "") return null;
  if (!/^[+-]?[\d.,]+$/u.test(text)) return Number.NaN;
  let normal: string;
  if (text.includes(",")) {
    if (text.indexOf(",") !== text.lastIndexOf(",")) return Number.NaN;
    const [whole, fraction] = text.split(",") as [string, string];
    if (!groupedOrPlain(whole)) return Number.NaN;
    normal = `${whole.replaceAll(".", "")}.${fraction}`;
  } else if (text.includes(".")) {
    normal = groupedOrPlain(text) && /\.\d{3}$/u.test(text) ? text.replaceAll(".", "") : text;
  } else {
    normal = text;
  }
  if (!/^[+-]?\d+(\.\d+)?$/u.test(normal)) return Number.NaN;
  return Number(normal);
}

/** "45.000", "1.234.567" or "45": dots only between groups of three. */
function groupedOrPlain(whole: string): boolean {
  return /^[+-]?\d+$/u.test(whole) || /^[+-]?\d{1,3}(\.\d{3})+$/u.test(whole);
}

/** Actual as a percentage of plan (104.9 for 45,000 of 42,900), one decimal; null without a positive plan or an actual. */
export function percentOfPlan(plan: number | null | undefined, actual: number | null | undefined): number | null {
  if (plan == null || actual == null || plan <= 0) return null;
  return Math.round((actual / plan) * 1000) / 10;
}
