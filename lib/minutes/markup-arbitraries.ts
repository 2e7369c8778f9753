// fast-check generators of minutes markup, shared by the tests of the markup and of the editor's document.
import fc from "fast-check";
import type { Segment } from "@/lib/documents/parts";
import { type Block, CONCLUSIONS_TOKEN, tableCell } from "./markup";

const tricky = fc.constantFrom("a", "đ", " ", "\u00a0", "*", "\\", "|", "-", "•", "1", ".", ")", ":", "{", "}");
const piece = fc.string({ unit: tricky, minLength: 1, maxLength: 6 });
const styled: fc.Arbitrary<Segment> = fc.oneof(
  fc.record({ text: piece }),
  fc.record({ text: piece, bold: fc.constant(true) }),
  fc.record({ text: piece, italic: fc.constant(true) }),
  fc.record({ text: piece, bold: fc.constant(true), italic: fc.constant(true) }),
);
const styleKey = (s: Segment) => `${!!s.bold}${!!s.italic}`;

/**
 * Runs as a parsed line holds them: none empty, neighbours differ in style, no white space the parser
 * trims (before the first marker of a line, or of an item after "- ", and after the last).
 */
const runsOf = (opensLine: boolean): fc.Arbitrary<Segment[]> =>
  fc.array(styled, { minLength: 1, maxLength: 4 }).filter((segments) => {
    const first = segments[0]!;
    const last = segments.at(-1)!;
    return (
      segments.every((s, i) => i === 0 || styleKey(s) !== styleKey(segments[i - 1]!)) &&
      (first.bold || (first.italic && !opensLine) || first.text.trimStart() === first.text) &&
      (last.bold || last.italic || last.text.trimEnd() === last.text)
    );
  });

const cell = fc.string({ unit: tricky, maxLength: 5 }).map(tableCell);
// A row of only dashes, colons and blanks reads as the rule under a header, not as cells.
const rowOf = (width: fc.Arbitrary<number>) =>
  width
    .chain((n) => fc.array(cell, { minLength: n, maxLength: n }))
    .filter((cells) => cells.some((c) => /[^\s:|-]/u.test(c)));

/** Any block the parser can return; tables rectangular when `rectangular` (as the editor keeps them). */
export const canonicalBlock = (rectangular: boolean): fc.Arbitrary<Block> =>
  fc.oneof(
    runsOf(true)
      .filter(
        (text) => !(text.length === 1 && !text[0]!.bold && !text[0]!.italic && text[0]!.text === CONCLUSIONS_TOKEN),
      )
      .map((text) => ({ kind: "paragraph" as const, text })),
    fc.record({
      kind: fc.constant("list" as const),
      ordered: fc.boolean(),
      items: fc.array(runsOf(false), { minLength: 1, maxLength: 3 }),
    }),
    fc.integer({ min: 1, max: 4 }).chain((width) => {
      const row = rowOf(rectangular ? fc.constant(width) : fc.integer({ min: 1, max: 4 }));
      return fc.record({ kind: fc.constant("table" as const), header: row, rows: fc.array(row, { maxLength: 3 }) });
    }),
    fc.constant({ kind: "conclusions" as const }),
  );

const line = fc.oneof(
  fc.string({ unit: tricky, maxLength: 12 }),
  fc.constantFrom(
    "",
    "- a",
    "1. b",
    "* c",
    "| a | b |",
    "| c |",
    "|---|---|",
    CONCLUSIONS_TOKEN,
    "\\- d",
    "\\1. e",
    "***f***",
  ),
);
/** Any text a secretary could have typed into the old textarea, heavy in markup characters. */
export const markupText = fc.array(line, { maxLength: 8 }).map((lines) => lines.join("\n"));
