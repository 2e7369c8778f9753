// The low-level rules of RFC 5545 §3.1 and §3.3, kept apart from the calendar's shape so they can be
// tested on their own.

export const CRLF = "\r\n";

/** Octets per physical line, the CRLF excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

function octets(text: string): number {
  return encoder.encode(text).length;
}

/**
 * TEXT values (§3.3.11): backslash first so the escapes added next are not escaped again; every kind of
 * line break becomes "\n"; other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/(?!\t)\p{Cc}/gu, "");
}

/** 20270111T003000Z: UTC, so no VTIMEZONE is needed and every client agrees on the instant. */
export function formatUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in calendar event");
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

// A grapheme longer than a whole line (only in pathological input) is cut by code points instead: a
// code point is never split, which is all the RFC requires.
function pieces(line: string): string[] {
  const out: string[] = [];
  for (const { segment } of graphemes.segment(line)) {
    if (octets(segment) < MAX_LINE_OCTETS) out.push(segment);
    else out.push(...Array.from(segment));
  }
  return out;
}

/**
 * Folds one content line into physical lines of at most 75 octets (§3.1). Vietnamese letters take 2–3
 * octets in UTF-8, so counting characters would overshoot; we count octets and cut only between
 * graphemes, so no UTF-8 sequence (nor a letter and its tone mark in NFD text) is split.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const piece of pieces(line)) {
    const n = octets(piece);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + n > limit) {
      lines.push(current);
      current = "";
      size = 0;
    }
    current += piece;
    size += n;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** A content line "NAME:value", folded. */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}
